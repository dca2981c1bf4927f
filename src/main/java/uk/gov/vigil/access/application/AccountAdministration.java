package uk.gov.vigil.access.application;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.shared.ConflictException;
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

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final UserDirectory users;
    private final SignInService signIn;
    private final Agencies agencies;

    AccountAdministration(AccountStore accounts, AuditLog audit, Clock clock, UserDirectory users,
            SignInService signIn, Agencies agencies) {
        this.users = users;
        this.signIn = signIn;
        this.agencies = agencies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an administrator enters to create an account. */
    public record NewAccount(String username, String displayName, String agencyCode, Set<Role> roles) {
    }

    /** The accounts of one agency, or of every agency when {@code agencyCode} is null. */
    @Transactional(readOnly = true)
    public List<AccountStore.AccountSummary> accounts(String agencyCode, VigilUser administrator) {
        mayAdminister(administrator);
        audit.allowed(administrator, AuditAction.ACCOUNTS_LISTED,
                AuditObject.of("account-list", agencyCode == null ? "all" : agencyCode), null);
        return accounts.accounts(agencyCode);
    }

    @Transactional(readOnly = true)
    public AccountStore.AccountSummary account(String username, VigilUser administrator) {
        mayAdminister(administrator);
        AccountStore.AccountSummary account = accounts.account(username)
                .orElseThrow(() -> new NotFoundException("No user " + username));
        audit.allowed(administrator, AuditAction.ACCOUNT_VIEWED, AuditObject.of("account", username), null);
        return account;
    }

    /**
     * Creates a local account, after a step-up check of the administrator's second factor. The account gets a
     * random one-time password to hand to the user, who must set up their authenticator app at first sign-in and
     * then choose their own password before doing anything else.
     *
     * @return the one-time password, shown once and never stored in clear
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public String createAccount(NewAccount account, String code, VigilUser administrator) {
        mayAdminister(administrator);
        Violations v = new Violations();
        if (v.require("username", account.username(), "is required")
                && !USERNAME.matcher(account.username()).matches()) {
            v.add("username", "must be 3 to 64 lower-case letters, digits, dots, hyphens or underscores");
        }
        v.require("displayName", account.displayName(), "is required");
        v.maxLength("displayName", account.displayName(), 120);
        if (v.require("agencyCode", account.agencyCode(), "is required")
                && agencies.byCode(account.agencyCode()).isEmpty()) {
            v.add("agencyCode", "is not a known agency");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            v.add("roles", "must include at least one role");
        }
        v.throwIfAny();
        if (accounts.account(account.username()).isPresent()) {
            throw new ConflictException("username", "is already taken");
        }
        signIn.stepUp(administrator, code);
        String password = OneTimePasswords.generate();
        users.createIfAbsent(account.username(), account.displayName().strip(), account.agencyCode(),
                account.roles(), password);
        accounts.requirePasswordChange(account.username());
        audit.allowed(administrator, AuditAction.ACCOUNT_CREATED, AuditObject.of("account", account.username()),
                "roles " + new TreeSet<>(account.roles()) + " in " + account.agencyCode());
        return password;
    }

    /**
     * Creates the first administrator of a new installation, from the command line of someone who can reach the
     * database, with a one-time password to replace at first sign-in. Refused once any administrator exists: from
     * then on, administrators add accounts.
     *
     * @return the one-time password, shown once and never stored in clear
     */
    @Transactional
    public String createFirstAdministrator(String username, String displayName, String agencyCode,
            String operator) {
        Violations v = new Violations();
        if (v.require("username", username, "is required") && !USERNAME.matcher(username).matches()) {
            v.add("username", "must be 3 to 64 lower-case letters, digits, dots, hyphens or underscores");
        }
        v.require("displayName", displayName, "is required");
        v.maxLength("displayName", displayName, 120);
        if (v.require("agencyCode", agencyCode, "is required") && agencies.byCode(agencyCode).isEmpty()) {
            v.add("agencyCode", "is not a known agency");
        }
        v.throwIfAny();
        if (accounts.anyHolds(Role.ADMIN)) {
            throw new ConflictException("username", "an administrator already exists: add accounts on the"
                    + " Administration page");
        }
        String password = OneTimePasswords.generate();
        users.createIfAbsent(username, displayName.strip(), agencyCode, EnumSet.of(Role.ADMIN), password);
        accounts.requirePasswordChange(username);
        audit.allowed(AuditActor.named(operator), AuditAction.ACCOUNT_CREATED, AuditObject.of("account", username),
                "first administrator, from the command line, in " + agencyCode);
        return password;
    }

    private static void mayAdminister(VigilUser administrator) {
        if (!administrator.can(Permission.USER_ADMIN)) {
            throw new AccessDeniedException("Your role cannot administer accounts");
        }
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
