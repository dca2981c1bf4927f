package uk.gov.vigil.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.audit.domain.AuditChain;
import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.AuditEvents;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditCategory;
import uk.gov.vigil.shared.audit.AuditOutcome;
import uk.gov.vigil.shared.persistence.BatchWriter;
import uk.gov.vigil.shared.persistence.Databases;

@Repository
class JdbcAuditEvents implements AuditEvents {

    private static final String COLUMNS = "seq, occurred_at, actor, actor_agency, action, category, object_type,"
            + " object_id, offender_id, outcome, reason, recipient_agency, correlation_id, client_address,"
            + " previous_hash, hash";
    private static final String[] PARAMETERS = {"seq", "occurredAt", "actor", "actorAgency", "action", "category",
        "objectType", "objectId", "offenderId", "outcome", "reason", "recipientAgency", "correlationId",
        "clientAddress", "previousHash", "hash"};
    private static final String INSERT = "insert into audit_event (" + COLUMNS + ") values ("
            + Arrays.stream(PARAMETERS).map(p -> ":" + p).collect(Collectors.joining(", ")) + ")";
    /** Up to this many rows go in one statement with the head's update on PostgreSQL; more go as a batch. */
    private static final int ONE_STATEMENT = 50;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batchJdbc;
    private final boolean postgres;

    @Autowired
    JdbcAuditEvents(JdbcClient jdbc, NamedParameterJdbcOperations batchJdbc, DataSource dataSource)
            throws SQLException {
        this(jdbc, batchJdbc, Databases.isPostgres(dataSource));
    }

    JdbcAuditEvents(JdbcClient jdbc, NamedParameterJdbcOperations batchJdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.postgres = postgres;
    }

    @Override
    public void append(List<AuditEvent> unsealed) {
        if (unsealed.isEmpty()) {
            return;
        }
        if (postgres && unsealed.size() == 1) {
            sealInOneStatement(unsealed.get(0));
            return;
        }
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEvent e : unsealed) {
            seq++;
            AuditEvent numbered = new AuditEvent(seq, e.occurredAt(), e.actor(), e.actorAgency(), e.action(),
                    e.category(), e.objectType(), e.objectId(), e.offenderId(), e.outcome(), e.reason(), e.recipientAgency(),
                    e.correlationId(), e.clientAddress(), previous, null);
            String hash = AuditChain.hash(numbered, previous);
            rows.add(parameters(numbered, hash));
            previous = hash;
        }
        if (postgres && rows.size() <= ONE_STATEMENT) {
            insertWithHead(rows, seq, previous);
            return;
        }
        BatchWriter batch = new BatchWriter();
        rows.forEach(row -> batch.add(INSERT, row));
        batch.write(batchJdbc);
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", previous).update();
    }

    /**
     * A lone event, as most requests write, takes the head, is sealed and is stored in one statement: the head's
     * lock is then held for that statement and the commit, not for three round trips, and appends are serialised
     * on that lock. The database finishes the hash from the fields' canonical form, which Java computes
     * ({@link AuditChain#body}); the chain check recomputes every hash in Java, so any difference would be found.
     */
    private void sealInOneStatement(AuditEvent e) {
        Map<String, Object> p = parameters(e, null);
        p.put("body", AuditChain.body(e));
        jdbc.sql("""
                        with head as (
                            update audit_chain_head set last_seq = last_seq + 1, previous_hash = last_hash,
                                last_hash = encode(sha256(convert_to(length(cast(last_seq + 1 as varchar)) || ':'
                                    || cast(last_seq + 1 as varchar) || ';' || :body || length(last_hash) || ':'
                                    || last_hash || ';', 'UTF8')), 'hex')
                            where id = 1
                            returning last_seq, previous_hash, last_hash)
                        insert into audit_event (""" + COLUMNS + """
                        ) values ((select last_seq from head), :occurredAt, :actor, :actorAgency, :action, :category,
                            :objectType, :objectId, :offenderId, :outcome, :reason, :recipientAgency, :correlationId,
                            :clientAddress, (select previous_hash from head), (select last_hash from head))""")
                .params(p).update();
    }

    /**
     * The rows and the head's new position in one statement, so a request's audit costs one round trip to the
     * database after the head's lock, not two. PostgreSQL runs the update in the {@code WITH} though nothing reads
     * it; H2 has no such statement, so it takes the batch and the update.
     */
    private void insertWithHead(List<Map<String, Object>> rows, long seq, String hash) {
        Map<String, Object> p = new HashMap<>();
        p.put("headSeq", seq);
        p.put("headHash", hash);
        StringBuilder sql = new StringBuilder("with head as (update audit_chain_head set last_seq = :headSeq,"
                + " last_hash = :headHash where id = 1) insert into audit_event (" + COLUMNS + ") values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 0; c < PARAMETERS.length; c++) {
                sql.append(c == 0 ? ":" : ", :").append(PARAMETERS[c]).append(i);
                p.put(PARAMETERS[c] + i, rows.get(i).get(PARAMETERS[c]));
            }
            sql.append(')');
        }
        jdbc.sql(sql.toString()).params(p).update();
    }

    @Override
    public List<AuditEvent> after(long afterSeq, int limit) {
        return jdbc.sql("select * from audit_event where seq > :after order by seq limit :limit")
                .param("after", afterSeq).param("limit", limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    @Override
    public Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    @Override
    public Checkpoint checkpoint() {
        return jdbc.sql("select through_seq, through_hash from audit_purge order by through_seq desc limit 1")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Checkpoint(0, AuditChain.GENESIS));
    }

    @Override
    public int purgeThrough(Checkpoint through, Instant cutOff, Instant purgedAt, int rows) {
        jdbc.sql("""
                        insert into audit_purge (through_seq, through_hash, cut_off, purged_at, rows_purged)
                        values (:seq, :hash, :cutOff, :purgedAt, :rows)""")
                .param("seq", through.throughSeq()).param("hash", through.throughHash())
                .param("cutOff", cutOff.atOffset(ZoneOffset.UTC)).param("purgedAt", purgedAt.atOffset(ZoneOffset.UTC))
                .param("rows", rows).update();
        return jdbc.sql("delete from audit_event where seq <= :seq").param("seq", through.throughSeq()).update();
    }

    @Override
    public List<AuditEvent> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder(
                "select * from audit_event where occurred_at >= :from and occurred_at < :to");
        Map<String, Object> p = new HashMap<>();
        p.put("from", q.from().atOffset(ZoneOffset.UTC));
        p.put("to", q.to().atOffset(ZoneOffset.UTC));
        p.put("limit", q.limit());
        if (q.offenderId() != null) {
            sql.append(" and offender_id = :offenderId");
            p.put("offenderId", q.offenderId());
        }
        if (q.actor() != null) {
            sql.append(" and actor = :actor");
            p.put("actor", q.actor());
        }
        if (q.actorAgency() != null) {
            sql.append(" and actor_agency = :actorAgency");
            p.put("actorAgency", q.actorAgency());
        }
        if (q.actions() != null) {
            sql.append(" and action in (:actions)");
            p.put("actions", q.actions().stream().map(Enum::name).toList());
        }
        sql.append(" order by seq limit :limit");
        return jdbc.sql(sql.toString()).params(p).query((rs, n) -> map(rs)).list();
    }

    private static Map<String, Object> parameters(AuditEvent e, String hash) {
        Map<String, Object> p = new HashMap<>();
        p.put("seq", e.seq());
        p.put("occurredAt", e.occurredAt().atOffset(ZoneOffset.UTC));
        p.put("actor", e.actor());
        p.put("actorAgency", e.actorAgency());
        p.put("action", e.action().name());
        p.put("category", e.category().name());
        p.put("objectType", e.objectType());
        p.put("objectId", e.objectId());
        p.put("offenderId", e.offenderId());
        p.put("outcome", e.outcome().name());
        p.put("reason", e.reason());
        p.put("recipientAgency", e.recipientAgency());
        p.put("correlationId", e.correlationId());
        p.put("clientAddress", e.clientAddress());
        p.put("previousHash", e.previousHash());
        p.put("hash", hash);
        return p;
    }

    private static AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("actor_agency"), AuditAction.valueOf(rs.getString("action")),
                AuditCategory.valueOf(rs.getString("category")), rs.getString("object_type"),
                rs.getString("object_id"), rs.getObject("offender_id", UUID.class), AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
                rs.getString("recipient_agency"), rs.getString("correlation_id"), rs.getString("client_address"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
