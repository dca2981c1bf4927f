package uk.gov.vigil.access.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Per-client throttling of failed sign-ins: after 20 failures from one address within a minute, that address gets
 * 429 until the minute has passed. It stops one client from locking many accounts (5 failures each) before
 * anyone notices. Counts are kept per instance, in memory.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.isEmpty()) {
                failures.remove(address, recent);
            }
            return recent.size() >= MAX_FAILURES;
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            Deque<Instant> recent = failures.computeIfAbsent(details.getRemoteAddress(), k -> new ArrayDeque<>());
            synchronized (recent) {
                prune(recent);
                recent.addLast(clock.instant());
            }
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
