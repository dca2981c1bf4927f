package uk.gov.vigil.access.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.SignInService;
import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.access.application.TotpSecretCipher;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Setting up the second factor. Reached only after the right password for an account without one: the sign-in
 * failure handler leaves the username in the session, and this page shows a new secret as a QR code until the
 * user proves their app has it by entering its current code. The session, which is stored in the database, holds
 * the secret sealed, as the account will.
 */
@Controller
class MfaEnrolmentController {

    static final String ENROLLING = "vigil.mfa.enrolling";
    private static final String SECRET = "vigil.mfa.secret";

    private final SignInService signIn;
    private final AuditLog audit;
    private final TotpSecretCipher totpSecrets;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final Clock clock;

    MfaEnrolmentController(SignInService signIn, AuditLog audit, TotpSecretCipher totpSecrets, Clock clock) {
        this.clock = clock;
        this.signIn = signIn;
        this.audit = audit;
        this.totpSecrets = totpSecrets;
    }

    private Optional<String> pendingSecret(HttpSession session, String username) {
        String sealed = (String) session.getAttribute(SECRET);
        return sealed == null ? Optional.empty() : totpSecrets.open(username, sealed);
    }

    @GetMapping("/sign-in/set-up-code")
    String setUp(HttpSession session, Model model) {
        String username = (String) session.getAttribute(ENROLLING);
        if (username == null) {
            return "redirect:/sign-in";
        }
        String secret = pendingSecret(session, username).orElse(null);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(SECRET, totpSecrets.seal(username, secret));
        }
        model.addAttribute("username", username);
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("qrCode", QrCodeSvg.of(Totp.uri(secret, username)));
        return "set-up-code";
    }

    @PostMapping("/sign-in/set-up-code")
    String confirm(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        String username = (String) session.getAttribute(ENROLLING);
        Optional<String> secret = username == null ? Optional.empty() : pendingSecret(session, username);
        if (secret.isEmpty()) {
            return "redirect:/sign-in";
        }
        Optional<VigilUser> enrolled = signIn.enrol(username, secret.get(), code);
        if (enrolled.isEmpty()) {
            model.addAttribute("error", code == null || code.isBlank() ? "Enter the 6-digit code from your app"
                    : "The code is not right: enter the code your app shows now");
            return setUp(session, model);
        }
        session.removeAttribute(ENROLLING);
        session.removeAttribute(SECRET);
        request.changeSessionId();
        session.setAttribute(AccountStillValidFilter.SIGNED_IN_AT, clock.millis());
        AccountPrincipal principal = AccountPrincipal.authenticated(enrolled.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.allowed(enrolled.get(), AuditAction.SIGNED_IN, AuditObject.of("account", username), "after enrolment");
        return "redirect:/";
    }

    /** Any method: the throttle forwards the refused POST here. */
    @RequestMapping("/sign-in/too-many-attempts")
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooManyAttempts() {
        return "too-many-attempts";
    }
}
