package uk.gov.vigil.access.persistence;

import static uk.gov.vigil.shared.persistence.SqlTimes.instant;
import static uk.gov.vigil.shared.persistence.SqlTimes.utc;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccountStore;
import uk.gov.vigil.access.application.TotpSecretCipher;

@Repository
class JdbcUserDirectory implements UserDirectory, AccountStore {

    private record AccountRow(String username, String displayName, String agencyCode, String passwordHash,
            boolean enabled) {
    }

    /** Mapped by column name: a property mapper throws and catches an exception per row for each camel-case name. */
    private static final RowMapper<AccountRow> ACCOUNT_ROW = (rs, n) -> new AccountRow(rs.getString("username"),
            rs.getString("display_name"), rs.getString("agency_code"), rs.getString("password_hash"),
            rs.getBoolean("enabled"));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TotpSecretCipher totpSecrets;

    JdbcUserDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock, TotpSecretCipher totpSecrets) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.totpSecrets = totpSecrets;
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        Set<Role> roles = rolesOf(username);
        return jdbc.sql("""
                select username, display_name, agency_code, password_hash, enabled, totp_secret, totp_last_step,
                    failed_attempts, first_failure_at, locked_at, must_change_password
                from user_account where username = :username""")
                .param("username", username)
                .query((rs, n) -> new Credentials(toUser(rs.getString("username"), rs.getString("display_name"),
                                rs.getString("agency_code"), roles),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getString("totp_secret"),
                        rs.getLong("totp_last_step"), rs.getInt("failed_attempts"),
                        instant(rs, "first_failure_at"),
                        instant(rs, "locked_at"), rs.getBoolean("must_change_password")))
                .optional();
    }

    @Override
    public void recordFailures(String username, int failedAttempts, Instant firstFailureAt, Instant lockedAt) {
        jdbc.sql("""
                update user_account set failed_attempts = :failures, first_failure_at = :since,
                    locked_at = coalesce(locked_at, :locked)
                where username = :username""")
                .param("username", username).param("failures", failedAttempts).param("since", utc(firstFailureAt))
                .param("locked", utc(lockedAt))
                .update();
    }

    @Override
    public boolean signedIn(String username, long totpStep, Instant at) {
        return jdbc.sql("""
                update user_account set failed_attempts = 0, first_failure_at = null, last_sign_in_at = :at,
                    totp_last_step = :step
                where username = :username and (totp_last_step is null or totp_last_step < :step)""")
                .param("username", username).param("step", totpStep).param("at", utc(at))
                .update() == 1;
    }

    @Override
    public boolean acceptTotpStep(String username, long totpStep) {
        return jdbc.sql("update user_account set totp_last_step = :step where username = :username"
                        + " and (totp_last_step is null or totp_last_step < :step)")
                .param("username", username).param("step", totpStep).update() == 1;
    }

    @Override
    public void replaceRoles(String username, Set<Role> roles) {
        jdbc.sql("delete from user_role where username = :username").param("username", username).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (username, role) values (:username, :role)")
                    .param("username", username).param("role", role.name()).update();
        }
    }

    @Override
    public void signedInWithoutSecondFactor(String username, Instant at) {
        jdbc.sql("""
                update user_account set failed_attempts = 0, first_failure_at = null, last_sign_in_at = :at
                where username = :username""")
                .param("username", username).param("at", utc(at))
                .update();
    }

    @Override
    @Transactional
    public Optional<VigilUser> provisionExternal(String username, String displayName, String agencyCode,
            Set<Role> roles) {
        if (accountRow(username).isEmpty()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            createIfAbsent(username, displayName, agencyCode, roles, HexFormat.of().formatHex(random));
        } else if (!isActive(username)) {
            return Optional.empty();
        }
        jdbc.sql("update user_account set display_name = :name, agency_code = :agency, last_sign_in_at = :now"
                        + " where username = :username")
                .param("username", username).param("name", displayName).param("agency", agencyCode)
                .param("now", utc(clock.instant())).update();
        replaceRoles(username, roles);
        return find(username);
    }

    @Override
    public void setUpSecondFactorIfAbsent(String username, String base32Secret) {
        jdbc.sql("update user_account set totp_secret = :secret where username = :username and totp_secret is null")
                .param("username", username).param("secret", totpSecrets.seal(username, base32Secret)).update();
    }

    @Override
    public void enrolTotp(String username, String sealedSecret) {
        jdbc.sql("update user_account set totp_secret = :secret where username = :username")
                .param("username", username).param("secret", sealedSecret).update();
    }

    @Override
    public Map<String, String> totpSecrets() {
        return jdbc.sql("select username, totp_secret from user_account where totp_secret is not null")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public boolean replaceTotpSecret(String username, String expected, String replacement) {
        return jdbc.sql("update user_account set totp_secret = :replacement where username = :username"
                        + " and totp_secret = :expected")
                .param("username", username).param("expected", expected).param("replacement", replacement)
                .update() == 1;
    }

    @Override
    public boolean unlock(String username) {
        return jdbc.sql("""
                update user_account set locked_at = null, failed_attempts = 0, first_failure_at = null
                where username = :username and locked_at is not null""")
                .param("username", username).update() == 1;
    }

    @Override
    public void changePassword(String username, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash, must_change_password = false"
                        + " where username = :username")
                .param("username", username).param("hash", passwordHash).update();
    }

    @Override
    public void upgradePasswordHash(String username, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where username = :username")
                .param("username", username).param("hash", passwordHash).update();
    }

    @Override
    public void requirePasswordChange(String username) {
        jdbc.sql("update user_account set must_change_password = true where username = :username")
                .param("username", username).update();
    }

    @Override
    public Standing standing(String username) {
        return jdbc.sql("select enabled and locked_at is null, must_change_password from user_account"
                        + " where username = :username")
                .param("username", username)
                .query((rs, n) -> standing(rs.getBoolean(1), rs.getBoolean(2)))
                .optional()
                .orElse(Standing.INACTIVE);
    }

    static Standing standing(boolean active, boolean mustChangePassword) {
        return !active ? Standing.INACTIVE : mustChangePassword ? Standing.MUST_CHANGE_PASSWORD : Standing.ACTIVE;
    }

    @Override
    public boolean isActive(String username) {
        return standing(username) != Standing.INACTIVE;
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update user_account set enabled = :enabled where username = :username"
                        + " and enabled <> :enabled")
                .param("username", username).param("enabled", enabled).update() == 1;
    }

    @Override
    public List<String> dormantSince(Instant cutoff) {
        return jdbc.sql("select username from user_account where enabled"
                        + " and coalesce(last_sign_in_at, created_at) < :cutoff order by username")
                .param("cutoff", utc(cutoff)).query(String.class).list();
    }

    @Override
    public Optional<VigilUser> find(String username) {
        return accountRow(username).map(row -> toUser(row, rolesOf(username)));
    }

    @Override
    public List<VigilUser> usersOf(String agencyCode, Set<Role> anyOf) {
        List<AccountRow> rows = jdbc.sql("""
                select username, display_name, agency_code, password_hash, enabled
                from user_account where agency_code = :agency and enabled order by username""")
                .param("agency", agencyCode)
                .query(ACCOUNT_ROW)
                .list();
        Map<String, Set<Role>> roles = rolesOfAgency(agencyCode);
        List<VigilUser> users = new ArrayList<>();
        for (AccountRow row : rows) {
            Set<Role> held = roles.getOrDefault(row.username(), Set.of());
            if (held.stream().anyMatch(anyOf::contains)) {
                users.add(toUser(row, held));
            }
        }
        return users;
    }

    @Override
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String agencyCode, Set<Role> roles,
            String rawPassword) {
        if (accountRow(username).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into user_account (username, display_name, agency_code, password_hash, enabled, created_at)
                values (:username, :displayName, :agency, :hash, true, :now)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("agency", agencyCode)
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        replaceRoles(username, roles);
        return true;
    }

    @Override
    public List<AccountSummary> accounts(String agencyCode) {
        String where = agencyCode == null ? "" : " where a.agency_code = :agency";
        Map<String, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select r.username, r.role from user_role r join user_account a on a.username = r.username" + where)
                .param("agency", agencyCode)
                .query((rs, n) -> Map.entry(rs.getString(1), Role.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> roles.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Role.class)).add(e.getValue()));
        return jdbc.sql(SUMMARY + where + " order by a.agency_code, a.username")
                .param("agency", agencyCode)
                .query((rs, n) -> summary(rs, roles.getOrDefault(rs.getString("username"), Set.of())))
                .list();
    }

    @Override
    public boolean anyHolds(Role role) {
        return jdbc.sql("select count(*) from user_role where role = :role").param("role", role.name())
                .query(Long.class).single() > 0;
    }

    @Override
    public Optional<AccountSummary> account(String username) {
        return jdbc.sql(SUMMARY + " where a.username = :username")
                .param("username", username)
                .query((rs, n) -> summary(rs, rolesOf(username)))
                .optional();
    }

    private static final String SUMMARY = """
            select a.username, a.display_name, a.agency_code, a.enabled, a.locked_at, a.totp_secret is not null
                second_factor, a.must_change_password, a.last_sign_in_at, a.created_at
            from user_account a""";

    private static AccountSummary summary(ResultSet rs, Set<Role> roles) throws SQLException {
        return new AccountSummary(rs.getString("username"), rs.getString("display_name"),
                rs.getString("agency_code"), roles, rs.getBoolean("enabled"), rs.getObject("locked_at") != null,
                rs.getBoolean("second_factor"), rs.getBoolean("must_change_password"), instant(rs, "last_sign_in_at"),
                instant(rs, "created_at"));
    }

    private Optional<AccountRow> accountRow(String username) {
        return jdbc.sql("""
                select username, display_name, agency_code, password_hash, enabled
                from user_account where username = :username""")
                .param("username", username)
                .query(ACCOUNT_ROW)
                .optional();
    }

    private Set<Role> rolesOf(String username) {
        List<String> names = jdbc.sql("select role from user_role where username = :username")
                .param("username", username)
                .query(String.class)
                .list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private Map<String, Set<Role>> rolesOfAgency(String agencyCode) {
        return jdbc.sql("""
                select r.username, r.role from user_role r join user_account a on a.username = r.username
                where a.agency_code = :agency""")
                .param("agency", agencyCode)
                .query((rs, n) -> Map.entry(rs.getString(1), Role.valueOf(rs.getString(2))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static VigilUser toUser(AccountRow row, Set<Role> roles) {
        return toUser(row.username(), row.displayName(), row.agencyCode(), roles);
    }

    private static VigilUser toUser(String username, String displayName, String agencyCode, Set<Role> roles) {
        return new VigilUser(username, displayName, agencyCode, roles);
    }
}
