package uk.gov.vigil.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.domain.ComplianceStore;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.offender.FullAccessGranted;
import uk.gov.vigil.offender.domain.FullAccessReason;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.Ids;

/**
 * Tells the managing agency's supervisors, through a task each in their queue, that an officer of another agency
 * has opened one of their offenders' records in full. With no supervisor on record, the task goes to the agency's
 * queue. Runs in the same transaction as the grant.
 */
@Component
class FullAccessAlerts {

    private final ComplianceStore store;
    private final UserDirectory users;
    private final Clock clock;

    FullAccessAlerts(ComplianceStore store, UserDirectory users, Clock clock) {
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(FullAccessGranted event) {
        String title = "Review out-of-area access: " + event.username() + " (" + event.userAgency()
                + ") opened this record in full until " + event.expiresAt().truncatedTo(ChronoUnit.MINUTES)
                + ", for: " + FullAccessReason.valueOf(event.reason()).description();
        LocalDate today = LocalDate.ofInstant(clock.instant(), EnglandAndWales.ZONE);
        List<String> supervisors = users.usersOf(event.managingAgency(), EnumSet.of(Role.SUPERVISOR)).stream()
                .map(VigilUser::username).toList();
        for (String assignee : supervisors.isEmpty() ? Collections.<String>singletonList(null) : supervisors) {
            store.addTask(new Task(Ids.next(), event.offenderId(), null, event.managingAgency(), assignee, title,
                    today, Task.TaskState.OPEN, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
    }
}
