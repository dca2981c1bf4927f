package uk.gov.vigil.access.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.Violations;
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
    private final UserDirectory users;
    private final SignInService signIn;

    AccountAdministration(AccountStore accounts, AuditLog audit, Clock clock, UserDirectory users,
            SignInService signIn) {
        this.users = users;
        this.signIn = signIn;
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

    /**
     * Replaces another user's roles, after a step-up check of the administrator's second factor.
     *
     * @return the user with their new roles
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public VigilUser grantRoles(String username, Set<Role> roles, String code, VigilUser administrator) {
        if (!administrator.can(Permission.USER_ADMIN)) {
            throw new AccessDeniedException("Your role cannot grant roles");
        }
        if (administrator.username().equals(username)) {
            throw new AccessDeniedException("You cannot change your own roles");
        }
        VigilUser user = users.find(username).orElseThrow(() -> new NotFoundException("No user " + username));
        Violations v = new Violations();
        v.require("roles", roles, "is required: the roles the user should hold, possibly none");
        v.throwIfAny();
        signIn.stepUp(administrator, code);
        accounts.replaceRoles(username, roles);
        audit.allowed(administrator, AuditAction.ROLES_GRANTED, AuditObject.of("account", username),
                "from " + new TreeSet<>(user.roles()) + " to " + new TreeSet<>(roles));
        return users.find(username).orElseThrow();
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
