package uk.gov.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.gov.vigil.support.IntegrationTestBase;

/**
 * The error page shows what went wrong in plain words and a reference, never the exception or a stack trace. The
 * tests call {@code /error} as the container's error dispatch would, with the error's request attributes set.
 */
class ErrorPageIT extends IntegrationTestBase {

    @Test
    void anUnexpectedErrorShowsOnlyAReferenceToQuote() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("offender Zzsecretname not found")))
                .andReturn().getResponse();
        String page = response.getContentAsString();
        String reference = response.getHeader("X-Correlation-Id");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page).contains("Sorry, there is a problem with the service", "Quote this reference:", reference)
                .doesNotContain("Zzsecretname", "IllegalStateException", "at uk.gov", "Whitelabel");
    }

    @Test
    void aMissingPageSaysSo() throws Exception {
        String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Page not found", "If you typed the web address");
    }
}
