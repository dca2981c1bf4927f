package uk.gov.vigil.access.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from the database every minute, on one instance at a time. Spring Session's own
 * cleanup, which would run on every instance, is switched off ({@code spring.session.jdbc.cleanup-cron: "-"}).
 * An expired session is refused whether or not it has been deleted yet; this only keeps the table small.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "vigil.sessions.cleanup-enabled", havingValue = "true", matchIfMissing = true)
class ExpiredSessionsSchedule {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessionsSchedule(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "expired-sessions", lockAtMostFor = "PT5M")
    void run() {
        sessions.cleanUpExpiredSessions();
    }
}
