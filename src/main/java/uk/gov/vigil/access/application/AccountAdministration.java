package uk.gov.vigil.access.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Disabling and re-enabling accounts, by an administrator or, for accounts unused for 90 days, automatically (CJIS
 * AC-2(3)). A disabled account's live sessions end at their next request.
 */
@Service
public class AccountAdministration {

    public static final Duration DORMANCY = Duration.ofDays(90);

    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdministration(AccountStore accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public boolean setEnabled(String username, boolean enabled, VigilUser administrator) {
        boolean changed = accounts.setEnabled(username, enabled);
        if (changed) {
            audit.allowed(administrator, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    AuditObject.of("account", username), null);
        }
        return changed;
    }

    /** Disables every enabled account with no sign-in for 90 days (or, never used, created 90 days ago). */
    @Transactional
    public List<String> disableDormantAccounts() {
        List<String> dormant = accounts.dormantSince(clock.instant().minus(DORMANCY));
        for (String username : dormant) {
            accounts.setEnabled(username, false);
            audit.allowed(AuditActor.named("system"), AuditAction.ACCOUNT_DISABLED,
                    AuditObject.of("account", username), "dormant " + DORMANCY.toDays() + " days");
        }
        return dormant;
    }
}
