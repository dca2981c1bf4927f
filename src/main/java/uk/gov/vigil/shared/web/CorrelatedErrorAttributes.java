package uk.gov.vigil.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The attributes of Spring Boot's error responses and error page, plus the request's correlation id, so a user
 * can quote it; never a stack trace or exception message ({@code server.error.include-*: never}).
 */
@Component
public class CorrelatedErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object id = request.getAttribute(CorrelationIdFilter.MDC_KEY, RequestAttributes.SCOPE_REQUEST);
        if (id != null) {
            attributes.put("correlationId", id);
        }
        return attributes;
    }
}
