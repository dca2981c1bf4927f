package uk.gov.vigil.compliance.persistence;

import static uk.gov.vigil.shared.persistence.SqlTimes.instant;
import static uk.gov.vigil.shared.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.compliance.domain.ComplianceCase;
import uk.gov.vigil.compliance.domain.ComplianceStore;
import uk.gov.vigil.compliance.domain.Notification;
import uk.gov.vigil.compliance.domain.NotificationFacts;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.NotifiedChanges;
import uk.gov.vigil.compliance.domain.Obligation;
import uk.gov.vigil.compliance.domain.ObligationKind;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.compliance.domain.Requirement;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.compliance.domain.Verification;
import uk.gov.vigil.offender.RecordVisibility;
import uk.gov.vigil.rules.Outcome;
import uk.gov.vigil.rules.PeriodCase;
import uk.gov.vigil.rules.PeriodDecision;
import uk.gov.vigil.shared.persistence.BatchWriter;

@Repository
class JdbcComplianceStore implements ComplianceStore {

    private static final String OBLIGATION_COLUMNS = "id, offender_id, kind, state, last_day, deadline_at, citation,"
            + " explanation, rule_version, inputs, created_at, closed_at, met_by";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batchJdbc;
    private final JsonMapper json;

    JdbcComplianceStore(JdbcClient jdbc, NamedParameterJdbcOperations batchJdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.json = json;
    }

    @Override
    public void saveRequirement(Requirement r) {
        jdbc.sql("delete from notification_requirement where offender_id = :id").param("id", r.offenderId()).update();
        addRequirements(List.of(r));
    }

    @Override
    public void addRequirements(List<Requirement> requirements) {
        BatchWriter batch = new BatchWriter();
        for (Requirement r : requirements) {
            PeriodDecision d = r.decision();
            Map<String, Object> p = new HashMap<>();
            p.put("id", r.offenderId());
            p.put("jurisdiction", r.jurisdiction());
            p.put("version", d.ruleVersion());
            p.put("outcome", d.outcome().name());
            p.put("indefinite", d.indefinite());
            p.put("period", d.period() == null ? null : d.period().toString());
            p.put("lastDay", d.lastDay());
            p.put("halved", d.halved());
            p.put("citation", d.citation());
            p.put("reasons", json.writeValueAsString(d.reasons()));
            p.put("inputs", json.writeValueAsString(r.inputs()));
            p.put("at", utc(r.computedAt()));
            batch.add("""
                    insert into notification_requirement (offender_id, jurisdiction, rule_version, outcome, indefinite,
                        period, last_day, halved, citation, reasons, inputs, computed_at)
                    values (:id, :jurisdiction, :version, :outcome, :indefinite, :period, :lastDay, :halved,
                        :citation, :reasons, :inputs, :at)""", p);
        }
        batch.write(batchJdbc);
    }

    @Override
    public Optional<Requirement> requirement(UUID offenderId) {
        return jdbc.sql("select * from notification_requirement where offender_id = :id")
                .param("id", offenderId)
                .query((rs, n) -> new Requirement(offenderId, rs.getString("jurisdiction"),
                        new PeriodDecision(Outcome.valueOf(rs.getString("outcome")), rs.getBoolean("indefinite"),
                                rs.getString("period") == null ? null : Period.parse(rs.getString("period")),
                                rs.getObject("last_day", LocalDate.class), rs.getBoolean("halved"),
                                rs.getString("citation"),
                                json.readValue(rs.getString("reasons"), new TypeReference<List<String>>() { }),
                                rs.getString("rule_version")),
                        json.readValue(rs.getString("inputs"), new TypeReference<List<PeriodCase>>() { }),
                        instant(rs, "computed_at")))
                .optional();
    }

    @Override
    public void addNotifications(List<Notification> notifications) {
        BatchWriter batch = new BatchWriter();
        for (Notification n : notifications) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", n.id());
            p.put("offender", n.offenderId());
            p.put("type", n.type().name());
            p.put("receivedAt", utc(n.receivedAt()));
            p.put("station", n.policeStation());
            p.put("receivedBy", n.receivedBy());
            p.put("eventDate", n.eventDate());
            p.put("changes", json.writeValueAsString(n.changes()));
            p.put("documents", n.verification().documentsSeen());
            p.put("photograph", n.verification().photographTaken());
            p.put("fingerprints", n.verification().fingerprintsTaken());
            p.put("late", n.late());
            p.put("lateReason", n.lateReason());
            p.put("corrects", n.corrects());
            p.put("correctionReason", n.correctionReason());
            p.put("recordedAt", utc(n.recordedAt()));
            p.put("recordedBy", n.recordedBy());
            batch.add("""
                    insert into notification (id, offender_id, type, received_at, police_station, received_by,
                        event_date, changes, documents_seen, photograph_taken, fingerprints_taken, late, late_reason,
                        corrects, correction_reason, recorded_at, recorded_by)
                    values (:id, :offender, :type, :receivedAt, :station, :receivedBy, :eventDate, :changes,
                        :documents, :photograph, :fingerprints, :late, :lateReason, :corrects, :correctionReason,
                        :recordedAt, :recordedBy)""", p);
        }
        batch.write(batchJdbc);
    }

    @Override
    public Optional<Notification> notification(UUID id) {
        return jdbc.sql("select * from notification where id = :id").param("id", id)
                .query((rs, n) -> mapNotification(rs)).optional();
    }

    @Override
    public List<Notification> notifications(UUID offenderId) {
        return jdbc.sql("select * from notification where offender_id = :id order by received_at, recorded_at")
                .param("id", offenderId)
                .query((rs, n) -> mapNotification(rs))
                .list();
    }

    @Override
    public List<NotificationFacts> notificationFacts(UUID offenderId) {
        return jdbc.sql("select id, type, received_at, corrects from notification where offender_id = :id"
                        + " order by received_at, recorded_at")
                .param("id", offenderId)
                .query((rs, n) -> NotificationFacts.of(rs.getObject("id", UUID.class),
                        NotificationType.valueOf(rs.getString("type")), instant(rs, "received_at"),
                        rs.getObject("corrects", UUID.class)))
                .list();
    }

    @Override
    public Optional<Obligation> currentObligation(UUID offenderId) {
        return jdbc.sql("select " + OBLIGATION_COLUMNS + " from obligation where offender_id = :id"
                        + " and state <> 'CANCELLED' order by seq desc limit 1")
                .param("id", offenderId)
                .query((rs, n) -> mapObligation(rs))
                .optional();
    }

    @Override
    public List<Obligation> obligations(UUID offenderId) {
        return jdbc.sql("select " + OBLIGATION_COLUMNS + " from obligation where offender_id = :id"
                        + " order by seq desc")
                .param("id", offenderId)
                .query((rs, n) -> mapObligation(rs))
                .list();
    }

    @Override
    public void addObligations(List<Obligation> obligations) {
        BatchWriter batch = new BatchWriter();
        for (Obligation o : obligations) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", o.id());
            p.put("offender", o.offenderId());
            p.put("kind", o.kind().name());
            p.put("state", o.state().name());
            p.put("lastDay", o.lastDay());
            p.put("deadlineAt", o.deadlineAt() == null ? null : utc(o.deadlineAt()));
            p.put("citation", o.citation());
            p.put("explanation", o.explanation());
            p.put("version", o.ruleVersion());
            p.put("inputs", o.inputs());
            p.put("createdAt", utc(o.createdAt()));
            p.put("closedAt", o.closedAt() == null ? null : utc(o.closedAt()));
            p.put("metBy", o.metBy());
            batch.add("insert into obligation (" + OBLIGATION_COLUMNS + ") values (:id, :offender, :kind, :state,"
                    + " :lastDay, :deadlineAt, :citation, :explanation, :version, :inputs, :createdAt, :closedAt,"
                    + " :metBy)", p);
        }
        batch.write(batchJdbc);
    }

    @Override
    public boolean moveObligation(UUID id, ObligationState from, ObligationState to, Instant at, UUID metBy) {
        return jdbc.sql("update obligation set state = :to, closed_at = :at, met_by = :metBy"
                        + " where id = :id and state = :from")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("at", utc(at))
                .param("metBy", metBy)
                .update() == 1;
    }

    @Override
    public boolean recordLateAnswer(UUID obligationId, UUID notificationId) {
        return jdbc.sql("update obligation set met_by = :notification where id = :id and state = 'MISSED' and met_by is null")
                .param("id", obligationId).param("notification", notificationId).update() == 1;
    }

    @Override
    public List<Obligation> openObligationsDueBy(Instant now, int limit) {
        return jdbc.sql("select " + OBLIGATION_COLUMNS + " from obligation where state = 'OPEN'"
                        + " and deadline_at <= :now order by deadline_at limit :limit")
                .param("now", utc(now)).param("limit", limit)
                .query((rs, n) -> mapObligation(rs))
                .list();
    }

    @Override
    public boolean openCase(ComplianceCase c) {
        try {
            jdbc.sql("""
                    insert into compliance_case (id, offender_id, obligation_id, type, state, opened_at)
                    values (:id, :offender, :obligation, :type, :state, :openedAt)""")
                    .param("id", c.id()).param("offender", c.offenderId()).param("obligation", c.obligationId())
                    .param("type", c.type().name()).param("state", c.state().name())
                    .param("openedAt", utc(c.openedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    @Override
    public Optional<ComplianceCase> complianceCase(UUID id) {
        return jdbc.sql("select * from compliance_case where id = :id").param("id", id)
                .query((rs, n) -> mapCase(rs)).optional();
    }

    @Override
    public List<ComplianceCase> cases(UUID offenderId) {
        return jdbc.sql("select * from compliance_case where offender_id = :id order by opened_at desc")
                .param("id", offenderId).query((rs, n) -> mapCase(rs)).list();
    }

    @Override
    public boolean closeCase(UUID id, Instant at, String by, ComplianceCase.CaseOutcome outcome, String note) {
        return jdbc.sql("update compliance_case set state = 'CLOSED', closed_at = :at, closed_by = :by,"
                        + " outcome = :outcome, note = :note where id = :id and state = 'OPEN'")
                .param("id", id).param("at", utc(at)).param("by", by).param("outcome", outcome.name())
                .param("note", note)
                .update() == 1;
    }

    @Override
    public void addTask(Task t) {
        jdbc.sql("""
                insert into task (id, offender_id, case_id, agency_code, assignee, title, due_date, state, created_at)
                values (:id, :offender, :case, :agency, :assignee, :title, :due, :state, :createdAt)""")
                .param("id", t.id()).param("offender", t.offenderId()).param("case", t.caseId())
                .param("agency", t.agencyCode()).param("assignee", t.assignee()).param("title", t.title())
                .param("due", t.dueDate()).param("state", t.state().name()).param("createdAt", utc(t.createdAt()))
                .update();
    }

    @Override
    public void completeTasksOf(UUID caseId) {
        jdbc.sql("update task set state = 'DONE' where case_id = :case and state = 'OPEN'").param("case", caseId)
                .update();
    }

    @Override
    public List<Task> openTasks(String agencyCode, String assignee, String viewer) {
        String where = assignee == null ? "agency_code = :agency" : "assignee = :assignee";
        return jdbc.sql("select * from task where " + where + " and state = 'OPEN' and (offender_id is null or "
                        + RecordVisibility.visibleTo("task.offender_id") + ") order by due_date, created_at")
                .param("agency", agencyCode).param("assignee", assignee).param("viewer", viewer)
                .query((rs, n) -> new Task(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                        rs.getObject("case_id", UUID.class), rs.getString("agency_code"), rs.getString("assignee"),
                        rs.getString("title"), rs.getObject("due_date", LocalDate.class),
                        Task.TaskState.valueOf(rs.getString("state")), instant(rs, "created_at")))
                .list();
    }

    @Override
    public List<DueItem> dueList(String agencyCode, LocalDate until, int limit, String viewer) {
        // Reads the offender table for names and the managing agency: a read-only join, not a write across modules.
        // A missed obligation's last day has passed, so "last_day <= :until" holds for every one of them; saying so
        // lets the obligation_due_by_day index (V28) be read in last-day order from its start.
        return jdbc.sql("""
                select o.id offender_id, o.given_names, o.family_name, o.offender_manager, ob.id obligation_id,
                    ob.kind, ob.state, ob.last_day
                from obligation ob join offender o on o.id = ob.offender_id
                where o.managing_agency_code = :agency and ob.last_day <= :until
                  and (ob.state = 'OPEN' or (ob.state = 'MISSED' and ob.met_by is null))
                  and """ + RecordVisibility.visibleTo("o.id") + """
                order by ob.last_day, o.family_name, o.id
                limit :limit""")
                .param("agency", agencyCode).param("until", until).param("limit", limit).param("viewer", viewer)
                .query((rs, n) -> new DueItem(rs.getObject("offender_id", UUID.class), rs.getString("given_names"),
                        rs.getString("family_name"), rs.getString("offender_manager"),
                        rs.getObject("obligation_id", UUID.class), ObligationKind.valueOf(rs.getString("kind")),
                        ObligationState.valueOf(rs.getString("state")), rs.getObject("last_day", LocalDate.class)))
                .list();
    }

    @Override
    public void moveToKeptRecord(UUID mergedId, UUID keptId) {
        for (String sql : List.of("update notification set offender_id = :kept where offender_id = :merged",
                "update compliance_case set offender_id = :kept where offender_id = :merged and state = 'OPEN'",
                "update task set offender_id = :kept where offender_id = :merged and state = 'OPEN'")) {
            jdbc.sql(sql).param("kept", keptId).param("merged", mergedId).update();
        }
    }

    @Override
    public void eraseOffender(UUID offenderId) {
        for (String sql : List.of("delete from task where offender_id = :id",
                "delete from compliance_case where offender_id = :id",
                "delete from obligation where offender_id = :id",
                "delete from notification_requirement where offender_id = :id",
                // A correction points at the notification it corrects; unlink them so each row can go.
                "update notification set corrects = null where offender_id = :id and corrects is not null",
                "delete from notification where offender_id = :id")) {
            jdbc.sql(sql).param("id", offenderId).update();
        }
    }

    @Override
    public List<ManagerWorkload> workload(String agencyCode, LocalDate until) {
        // Two queries, each bounded by the agency: the caseloads, and the counts of offenders with an obligation
        // missed or due. As one query, PostgreSQL grouped the whole register's due obligations before joining, once
        // in each parallel worker (about 130 ms at 1,000,000 offenders, against about 75 ms for these two).
        // Read-only joins to the offender and user tables, as in dueList.
        Map<String, int[]> due = new HashMap<>();
        jdbc.sql("""
                select o.offender_manager, count(distinct case when ob.state = 'MISSED' then o.id end) overdue,
                    count(distinct case when ob.state = 'OPEN' then o.id end) due_soon
                from obligation ob join offender o on o.id = ob.offender_id
                where ob.last_day <= :until and (ob.state = 'OPEN' or (ob.state = 'MISSED' and ob.met_by is null))
                  and o.managing_agency_code = :agency and\s""" + CASELOAD_STATUSES + """
                group by o.offender_manager""")
                .param("agency", agencyCode).param("until", until)
                .query(rs -> {
                    due.put(rs.getString("offender_manager"), new int[] {rs.getInt("overdue"), rs.getInt("due_soon")});
                });
        List<ManagerWorkload> lines = new ArrayList<>(jdbc.sql("""
                select c.offender_manager, u.display_name, c.offenders
                from (select o.offender_manager, count(*) offenders from offender o
                      where o.managing_agency_code = :agency and\s""" + CASELOAD_STATUSES + """
                      group by o.offender_manager) c
                left join user_account u on u.username = c.offender_manager""")
                .param("agency", agencyCode)
                .query((rs, n) -> {
                    int[] counts = due.getOrDefault(rs.getString("offender_manager"), new int[2]);
                    return new ManagerWorkload(rs.getString("offender_manager"), rs.getString("display_name"),
                            rs.getInt("offenders"), counts[0], counts[1]);
                })
                .list());
        // Most overdue first, then the largest caseloads; managers by name, the unassigned last.
        lines.sort(Comparator.comparingInt(ManagerWorkload::overdue).reversed()
                .thenComparing(Comparator.comparingInt(ManagerWorkload::offenders).reversed())
                .thenComparing(ManagerWorkload::manager, Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }

    /** The statuses under which an offender counts in a manager's caseload. */
    private static final String CASELOAD_STATUSES = "o.status in ('ACTIVE', 'IN_CUSTODY', 'IN_HOSPITAL', 'ABROAD')";

    private Notification mapNotification(ResultSet rs) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                NotificationType.valueOf(rs.getString("type")), instant(rs, "received_at"),
                rs.getString("police_station"), rs.getString("received_by"),
                rs.getObject("event_date", LocalDate.class),
                json.readValue(rs.getString("changes"), NotifiedChanges.class),
                new Verification(rs.getBoolean("documents_seen"), rs.getBoolean("photograph_taken"),
                        rs.getBoolean("fingerprints_taken")),
                rs.getBoolean("late"), rs.getString("late_reason"), rs.getObject("corrects", UUID.class),
                rs.getString("correction_reason"), instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static Obligation mapObligation(ResultSet rs) throws SQLException {
        OffsetDateTime deadline = rs.getObject("deadline_at", OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Obligation(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                ObligationKind.valueOf(rs.getString("kind")), ObligationState.valueOf(rs.getString("state")),
                rs.getObject("last_day", LocalDate.class), deadline == null ? null : deadline.toInstant(),
                rs.getString("citation"), rs.getString("explanation"), rs.getString("rule_version"),
                rs.getString("inputs"), instant(rs, "created_at"), closed == null ? null : closed.toInstant(),
                rs.getObject("met_by", UUID.class));
    }

    private static ComplianceCase mapCase(ResultSet rs) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        String outcome = rs.getString("outcome");
        return new ComplianceCase(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                rs.getObject("obligation_id", UUID.class), ComplianceCase.CaseType.valueOf(rs.getString("type")),
                ComplianceCase.CaseState.valueOf(rs.getString("state")), instant(rs, "opened_at"),
                closed == null ? null : closed.toInstant(), rs.getString("closed_by"),
                outcome == null ? null : ComplianceCase.CaseOutcome.valueOf(outcome), rs.getString("note"));
    }

}
