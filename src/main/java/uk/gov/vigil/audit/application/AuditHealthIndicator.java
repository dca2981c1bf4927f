package uk.gov.vigil.audit.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code audit} component of {@code /actuator/health}: DOWN while audit writes fail on this instance or the
 * chain was found broken, and for {@code vigil.audit.alarm-hold} afterwards. Administrators see the details.
 */
@Component
class AuditHealthIndicator implements HealthIndicator {

    private final AuditFailureAlarm alarm;

    AuditHealthIndicator(AuditFailureAlarm alarm) {
        this.alarm = alarm;
    }

    @Override
    public Health health() {
        AuditFailureAlarm.Report report = alarm.report();
        Health.Builder health = report.raised() ? Health.down() : Health.up();
        if (report.writes() != null) {
            AuditFailureAlarm.WriteIncident w = report.writes();
            Map<String, Object> writes = new LinkedHashMap<>();
            writes.put("state", w.failing() ? "FAILING" : "RECOVERED");
            writes.put("failedWrites", w.failedWrites());
            writes.put("firstFailure", w.firstFailure().toString());
            writes.put("lastFailure", w.lastFailure().toString());
            if (!w.failing()) {
                writes.put("recoveredAt", w.recoveredAt().toString());
            }
            writes.put("cause", w.cause());
            health.withDetail("writes", writes);
        }
        if (report.chain() != null) {
            AuditFailureAlarm.ChainBreak c = report.chain();
            health.withDetail("chain", Map.of("state", c.current() ? "BROKEN" : "WAS_BROKEN",
                    "brokenAt", c.brokenAt(), "problem", c.problem(), "firstFound", c.firstFound().toString(),
                    "lastFound", c.lastFound().toString()));
        }
        if (report.lastChainCheck() != null) {
            health.withDetail("lastChainCheck", report.lastChainCheck().toString());
        }
        return health.build();
    }
}
