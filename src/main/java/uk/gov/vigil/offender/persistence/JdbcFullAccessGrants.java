package uk.gov.vigil.offender.persistence;

import static uk.gov.vigil.shared.persistence.SqlTimes.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.offender.domain.FullAccessGrant;
import uk.gov.vigil.offender.domain.FullAccessGrants;
import uk.gov.vigil.offender.domain.FullAccessReason;
import uk.gov.vigil.offender.domain.OffenderId;

@Repository
class JdbcFullAccessGrants implements FullAccessGrants {

    private final JdbcClient jdbc;

    JdbcFullAccessGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(FullAccessGrant g) {
        jdbc.sql("""
                insert into full_access_grant (id, offender_id, username, agency_code, reason, explanation,
                    granted_at, expires_at)
                values (:id, :offender, :username, :agency, :reason, :explanation, :granted, :expires)""")
                .param("id", g.id()).param("offender", g.offenderId().value()).param("username", g.username())
                .param("agency", g.agencyCode()).param("reason", g.reason().name())
                .param("explanation", g.explanation()).param("granted", utc(g.grantedAt()))
                .param("expires", utc(g.expiresAt()))
                .update();
    }

    @Override
    public boolean holds(String username, OffenderId offenderId, Instant at) {
        return jdbc.sql("""
                select count(*) from full_access_grant where username = :username and offender_id = :offender
                and granted_at <= :at and expires_at > :at""")
                .param("username", username).param("offender", offenderId.value()).param("at", utc(at))
                .query(Long.class).single() > 0;
    }

    @Override
    public List<FullAccessGrant> of(OffenderId offenderId) {
        return jdbc.sql("select * from full_access_grant where offender_id = :offender order by granted_at desc")
                .param("offender", offenderId.value())
                .query((rs, n) -> new FullAccessGrant(rs.getObject("id", UUID.class), offenderId,
                        rs.getString("username"), rs.getString("agency_code"),
                        FullAccessReason.valueOf(rs.getString("reason")), rs.getString("explanation"),
                        rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

}
