package uk.gov.vigil.access.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.web.AccountPrincipal;

@Repository
class JdbcUserDirectory implements UserDirectory, UserDetailsService {

    private record AccountRow(String username, String displayName, String agencyCode, String passwordHash,
            boolean enabled) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    JdbcUserDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRow row = account(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new AccountPrincipal(toUser(row, rolesOf(username)), row.passwordHash(), row.enabled());
    }

    @Override
    public Optional<VigilUser> find(String username) {
        return account(username).map(row -> toUser(row, rolesOf(username)));
    }

    @Override
    public List<VigilUser> usersOf(String agencyCode, Set<Role> anyOf) {
        List<AccountRow> rows = jdbc.sql("""
                select username, display_name, agency_code, password_hash, enabled
                from user_account where agency_code = :agency and enabled order by username""")
                .param("agency", agencyCode)
                .query(AccountRow.class)
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
        if (account(username).isPresent()) {
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
        for (Role role : roles) {
            jdbc.sql("insert into user_role (username, role) values (:username, :role)")
                    .param("username", username)
                    .param("role", role.name())
                    .update();
        }
        return true;
    }

    private Optional<AccountRow> account(String username) {
        return jdbc.sql("""
                select username, display_name, agency_code, password_hash, enabled
                from user_account where username = :username""")
                .param("username", username)
                .query(AccountRow.class)
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
        return new VigilUser(row.username(), row.displayName(), row.agencyCode(), roles);
    }
}
