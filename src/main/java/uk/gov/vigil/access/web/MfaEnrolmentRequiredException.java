package uk.gov.vigil.access.web;

import org.springframework.security.core.AuthenticationException;

import uk.gov.vigil.access.VigilUser;

/** The password was right, but the account has no second factor yet; it gets no session until it enrols one. */
class MfaEnrolmentRequiredException extends AuthenticationException {

    private final transient VigilUser user;

    MfaEnrolmentRequiredException(VigilUser user) {
        super("A second factor must be set up first");
        this.user = user;
    }

    VigilUser user() {
        return user;
    }
}
