package uk.gov.vigil.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.GoneException;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.StaleVersionException;

/**
 * Turns every error raised under {@code /api} into an RFC 9457 problem detail. Invalid fields are always named;
 * unexpected failures expose only a correlation id, and their log line carries no exception message because
 * messages can quote the submitted values.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final RefusalAudit refusals;

    ApiExceptionHandler(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
        return respond(Problems.invalidInput(ex.violations(), request));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage(), request));
    }

    @ExceptionHandler(GoneException.class)
    ResponseEntity<ProblemDetail> gone(GoneException ex, HttpServletRequest request) {
        return respond(Problems.of(HttpStatus.GONE, "gone", "Gone", ex.getMessage(), request));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage(), request);
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldViolation(ex.field(), ex.getMessage())));
        }
        return respond(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The record has changed", ex.getMessage() + "; read it again and reapply your change", request);
        problem.setProperty("currentVersion", ex.currentVersion());
        problem.setProperty("changedBy", ex.changedBy());
        problem.setProperty("changedAt", ex.changedAt().toString());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .header(HttpHeaders.ETAG, ETags.of(ex.currentVersion()))
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException ex, HttpServletRequest request) {
        return respond(Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "If-Match required", ex.getMessage(), request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
        // Method security says only "Access Denied"; say what it means.
        String detail = "Access Denied".equals(ex.getMessage()) ? "Your role does not allow this" : ex.getMessage();
        refusals.refused(request, detail);
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        String expected = ex.getRequiredType() == null ? "a valid value" : describe(ex.getRequiredType());
        return respond(Problems.invalidInput(List.of(new FieldViolation(ex.getName(), "must be " + expected)),
                request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unhandled {} at {}", ex.getClass().getName(), firstFrame(ex));
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong",
                "Quote the correlation id " + CorrelationIdFilter.current(request) + " to the service desk", request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        JacksonException cause = findCause(ex, JacksonException.class);
        FieldViolation violation = JsonFieldErrors.of(cause, "", "body");
        return new ResponseEntity<>(Problems.invalidInput(List.of(violation), servletRequest), headers,
                HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        return new ResponseEntity<>(Problems.invalidInput(
                List.of(new FieldViolation(ex.getParameterName(), "is required")), servletRequest), headers,
                HttpStatus.BAD_REQUEST);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "LocalDate" -> "a date in the form YYYY-MM-DD";
            case "UUID" -> "a UUID";
            default -> "a valid " + type.getSimpleName();
        };
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstFrame(Throwable ex) {
        StackTraceElement[] trace = ex.getStackTrace();
        return trace.length == 0 ? "unknown" : trace[0].toString();
    }
}
