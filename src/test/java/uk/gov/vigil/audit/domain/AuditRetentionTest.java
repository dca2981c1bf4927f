package uk.gov.vigil.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P12M", "P365D", "P11M57D", "P6Y", "P100Y"})
    void aYearOrMoreIsAccepted(String period) {
        assertThat(new AuditRetention(Period.parse(period)).period()).isEqualTo(Period.parse(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P364D", "P11M", "P11M30D", "P0D", "P1Y-1D", "P-6Y"})
    void lessThanAYearIsRefusedSayingWhy(String period) {
        assertThatThrownBy(() -> new AuditRetention(Period.parse(period)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vigil.audit.retention must be at least one year")
                .hasMessageContaining("CJIS AU-11")
                .hasMessageEndingWith(Period.parse(period).toString());
    }

    @Test
    void theCutOffIsTheRetentionBeforeNowInUtc() {
        assertThat(new AuditRetention(Period.ofYears(6)).cutOff(Instant.parse("2026-12-03T10:15:00Z")))
                .isEqualTo(Instant.parse("2020-12-03T10:15:00Z"));
        assertThat(new AuditRetention(Period.ofYears(1)).cutOff(Instant.parse("2028-02-29T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-28T00:00:00Z"));
    }
}
