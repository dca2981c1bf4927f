package uk.gov.vigil.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The start-up check on the audit retention: a context with less than a year does not start. */
class AuditPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void withoutSettingsAuditRowsAreKeptSixYears() {
        context.run(started -> {
            AuditProperties properties = started.getBean(AuditProperties.class);
            assertThat(properties.retention()).isEqualTo(Period.ofYears(6));
            assertThat(properties.purgeBatchSize()).isEqualTo(5000);
            assertThat(properties.alarmHold()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void aRetentionOfAYearOrMoreStarts() {
        context.withPropertyValues("vigil.audit.retention=P400D")
                .run(started -> assertThat(started.getBean(AuditProperties.class).retentionPolicy().period())
                        .isEqualTo(Period.ofDays(400)));
    }

    @Test
    void aRetentionUnderAYearRefusesToStartSayingWhy() {
        context.withPropertyValues("vigil.audit.retention=P6M").run(started -> {
            assertThat(started).hasFailed();
            Throwable cause = started.getStartupFailure();
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("vigil.audit.retention must be at least one year (P1Y, P12M, P365D or longer),"
                            + " because audit records are kept for at least a year (CJIS AU-11); it is P6M");
        });
    }
}
