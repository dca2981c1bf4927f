package uk.gov.vigil.shared.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy on every response (ASVS 3.4.3): scripts only from Vigil itself or carrying this
 * response's nonce, no plugins, no base-URI changes, no framing, forms only to Vigil. Pages read the nonce from
 * the request attribute {@value #NONCE}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    public static final String NONCE = "cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce
                + "'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
                + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        chain.doFilter(request, response);
    }
}
