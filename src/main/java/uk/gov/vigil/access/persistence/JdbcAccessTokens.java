package uk.gov.vigil.access.persistence;

import static uk.gov.vigil.shared.persistence.SqlTimes.instant;
import static uk.gov.vigil.shared.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccessTokenStore;
import uk.gov.vigil.access.application.AccountStore.Standing;
import uk.gov.vigil.access.application.AccountStore.StandingUser;

@Repository
class JdbcAccessTokens implements AccessTokenStore {

    private final JdbcClient jdbc;

    JdbcAccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(StoredToken t, String tokenHash) {
        jdbc.sql("""
                insert into access_token (id, username, name, token_hash, scopes, created_at, expires_at)
                values (:id, :username, :name, :hash, :scopes, :created, :expires)""")
                .param("id", t.id()).param("username", t.username()).param("name", t.name())
                .param("hash", tokenHash)
                .param("scopes", t.scopes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("created", utc(t.createdAt())).param("expires", utc(t.expiresAt()))
                .update();
    }

    @Override
    public Optional<TokenWithHolder> findWithHolder(String tokenHash) {
        // One row per role of the account, or one with a null role.
        record Row(StoredToken token, String displayName, String agencyCode, Standing standing, String role) {
        }
        List<Row> rows = jdbc.sql("""
                select t.*, a.display_name, a.agency_code, a.enabled and a.locked_at is null active,
                    a.must_change_password, r.role
                from access_token t join user_account a on a.username = t.username
                    left join user_role r on r.username = a.username
                where t.token_hash = :hash""")
                .param("hash", tokenHash)
                .query((rs, n) -> new Row(map(rs), rs.getString("display_name"), rs.getString("agency_code"),
                        JdbcUserDirectory.standing(rs.getBoolean("active"), rs.getBoolean("must_change_password")),
                        rs.getString("role")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(Row::role).filter(Objects::nonNull).forEach(role -> roles.add(Role.valueOf(role)));
        Row first = rows.get(0);
        VigilUser user = new VigilUser(first.token().username(), first.displayName(), first.agencyCode(), roles);
        return Optional.of(new TokenWithHolder(first.token(), new StandingUser(user, first.standing())));
    }

    @Override
    public List<StoredToken> ofUser(String username) {
        return jdbc.sql("select * from access_token where username = :username order by created_at desc")
                .param("username", username).query((rs, n) -> map(rs)).list();
    }

    @Override
    public boolean revoke(UUID id, String username, Instant at) {
        return jdbc.sql("update access_token set revoked_at = :at where id = :id and username = :username"
                        + " and revoked_at is null")
                .param("id", id).param("username", username).param("at", utc(at)).update() == 1;
    }

    @Override
    public void used(UUID id, Instant at) {
        jdbc.sql("update access_token set last_used_at = :at where id = :id").param("id", id).param("at", utc(at))
                .update();
    }

    private static StoredToken map(ResultSet rs) throws SQLException {
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank())
                .forEach(s -> scopes.add(Permission.valueOf(s)));
        return new StoredToken(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"),
                scopes, instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

}
