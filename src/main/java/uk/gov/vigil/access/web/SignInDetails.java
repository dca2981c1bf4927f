package uk.gov.vigil.access.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in form sends besides the username and password: the authenticator app's code. */
class SignInDetails extends WebAuthenticationDetails {

    private final String code;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    String code() {
        return code;
    }
}
