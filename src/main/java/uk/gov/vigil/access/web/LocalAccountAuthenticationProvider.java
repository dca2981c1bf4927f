package uk.gov.vigil.access.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.gov.vigil.access.application.SignInService;
import uk.gov.vigil.access.application.SignInService.EnrolmentRequired;
import uk.gov.vigil.access.application.SignInService.Failed;
import uk.gov.vigil.access.application.SignInService.SignedIn;

/**
 * Local accounts: the sign-in form needs the password and the current TOTP code; HTTP Basic, which only the demo
 * profile accepts, needs the password alone. Every failure is the same {@link BadCredentialsException}.
 */
@Component
class LocalAccountAuthenticationProvider implements AuthenticationProvider {

    static final String FAILED = "Sign-in failed";

    private final SignInService signIn;

    LocalAccountAuthenticationProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        boolean form = authentication.getDetails() instanceof SignInDetails;
        String code = form ? ((SignInDetails) authentication.getDetails()).code() : null;
        Object credentials = authentication.getCredentials();
        var outcome = signIn.signIn(authentication.getName(), credentials == null ? null : credentials.toString(),
                code, form);
        if (outcome instanceof SignedIn signedIn) {
            AccountPrincipal principal = AccountPrincipal.authenticated(signedIn.user());
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
                    null, principal.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        if (outcome instanceof EnrolmentRequired enrol) {
            throw new MfaEnrolmentRequiredException(enrol.user());
        }
        if (outcome instanceof Failed) {
            throw new BadCredentialsException(FAILED);
        }
        throw new IllegalStateException("Unknown sign-in outcome " + outcome);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
