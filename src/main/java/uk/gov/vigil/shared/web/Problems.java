package uk.gov.vigil.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import uk.gov.vigil.shared.FieldViolation;

/**
 * Builds the RFC 9457 problem details that every API error uses. Each carries a stable {@code type}, the request
 * path as {@code instance}, and the correlation id; none carries a stack trace or personal data.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:vigil:problem:" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("correlationId", CorrelationIdFilter.current(request));
        return problem;
    }

    public static ProblemDetail invalidInput(List<FieldViolation> violations, HttpServletRequest request) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail, request);
        problem.setProperty("errors", violations);
        return problem;
    }

    /**
     * Writes a problem straight to the response, for the security filters that run before Spring MVC. The JSON is
     * assembled by hand from fixed strings and a correlation id, so nothing needs escaping beyond what is done here.
     */
    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail, HttpServletRequest request) throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:vigil:problem:" + type + "\",\"title\":\"" + json(title)
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
                + json(request.getRequestURI()) + "\",\"correlationId\":\""
                + json(CorrelationIdFilter.current(request)) + "\"}");
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
