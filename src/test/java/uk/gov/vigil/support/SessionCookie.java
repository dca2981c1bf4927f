package uk.gov.vigil.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie for MockMvc. Sessions live in the database (Spring Session JDBC) and are found by
 * their cookie, so MockMvc's {@code MockHttpSession} does not carry them. Send it with {@code .with(cookie)} and
 * keep it up to date with {@code .andDo(cookie)}: a response that sets a new one (at sign-in the id changes)
 * replaces it, and one that expires it clears it.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

    /** Spring Session's cookie name where {@code server.servlet.session.cookie.name} is not set, as in tests. */
    public static final String NAME = "SESSION";

    private Cookie cookie;

    /** A cookie naming a session that does not exist, as a browser sends after its session has expired. */
    public static SessionCookie forSessionId(String id) {
        SessionCookie expired = new SessionCookie();
        expired.cookie = new Cookie(NAME, Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
        return expired;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.add(cookie);
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
    }

    /** The session id, or null when there is no session cookie. */
    public String sessionId() {
        return cookie == null ? null
                : new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }
}
