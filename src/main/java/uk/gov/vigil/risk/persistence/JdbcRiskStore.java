package uk.gov.vigil.risk.persistence;

import static uk.gov.vigil.shared.persistence.SqlTimes.instant;
import static uk.gov.vigil.shared.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.RecordVisibility;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.risk.domain.ActionStatus;
import uk.gov.vigil.risk.domain.HomeVisit;
import uk.gov.vigil.risk.domain.MappaArrangement;
import uk.gov.vigil.risk.domain.MappaCategory;
import uk.gov.vigil.risk.domain.MappaLevel;
import uk.gov.vigil.risk.domain.MappaMeeting;
import uk.gov.vigil.risk.domain.PrioritySignals;
import uk.gov.vigil.risk.domain.ReactivePeriod;
import uk.gov.vigil.risk.domain.RiskAction;
import uk.gov.vigil.risk.domain.RiskAssessment;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.RiskStore;
import uk.gov.vigil.risk.domain.RiskTool;
import uk.gov.vigil.risk.domain.VisitDue;
import uk.gov.vigil.risk.domain.VisitOutcome;
import uk.gov.vigil.shared.persistence.BatchWriter;
import uk.gov.vigil.shared.persistence.Databases;

@Repository
class JdbcRiskStore implements RiskStore {

    /** The statuses under which an offender counts in a caseload, as in compliance's workload. */
    private static final String MANAGED = "o.status in ('ACTIVE', 'IN_CUSTODY', 'IN_HOSPITAL', 'ABROAD')";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batchJdbc;
    private final JsonMapper json;
    private final boolean postgres;

    JdbcRiskStore(JdbcClient jdbc, NamedParameterJdbcOperations batchJdbc, JsonMapper json, DataSource dataSource)
            throws SQLException {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.json = json;
        this.postgres = Databases.isPostgres(dataSource);
    }

    private static final String INSERT_ASSESSMENT = """
            insert into risk_assessment (id, offender_id, tool, tool_name, assessed_on, assessor, score, level,
                next_review_on, notes, recorded_at, recorded_by)
            values (:id, :offender, :tool, :toolName, :assessedOn, :assessor, :score, :level, :review, :notes,
                :recordedAt, :recordedBy)""";

    private static Map<String, Object> params(RiskAssessment a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("offender", a.offenderId());
        p.put("tool", a.tool().name());
        p.put("toolName", a.toolName());
        p.put("assessedOn", a.assessedOn());
        p.put("assessor", a.assessor());
        p.put("score", a.score());
        p.put("level", a.level().name());
        p.put("review", a.nextReviewOn());
        p.put("notes", a.notes());
        p.put("recordedAt", utc(a.recordedAt()));
        p.put("recordedBy", a.recordedBy());
        return p;
    }

    @Override
    public void addAssessment(RiskAssessment a) {
        jdbc.sql(INSERT_ASSESSMENT).params(params(a)).update();
    }

    @Override
    public List<RiskAssessment> assessments(UUID offenderId) {
        return jdbc.sql("select * from risk_assessment where offender_id = :offender order by assessed_on, recorded_at")
                .param("offender", offenderId)
                .query((rs, n) -> new RiskAssessment(rs.getObject("id", UUID.class),
                        rs.getObject("offender_id", UUID.class), RiskTool.valueOf(rs.getString("tool")),
                        rs.getString("tool_name"), rs.getObject("assessed_on", LocalDate.class),
                        rs.getString("assessor"), rs.getString("score"), RiskLevel.valueOf(rs.getString("level")),
                        rs.getObject("next_review_on", LocalDate.class), rs.getString("notes"),
                        instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    private static final String INSERT_CURRENT = """
            insert into current_risk (offender_id, assessment_id, level, assessed_on, next_review_on)
            values (:offender, :id, :level, :assessedOn, :review)""";

    @Override
    public void setCurrent(RiskAssessment latest) {
        jdbc.sql("delete from current_risk where offender_id = :offender").param("offender", latest.offenderId())
                .update();
        jdbc.sql(INSERT_CURRENT).params(params(latest)).update();
    }

    private static final String INSERT_VISIT = """
            insert into home_visit (id, offender_id, visited_on, officers, announced, outcome, concerns,
                photographs_taken, recorded_at, recorded_by)
            values (:id, :offender, :visitedOn, :officers, :announced, :outcome, :concerns, :photographs,
                :recordedAt, :recordedBy)""";

    private static Map<String, Object> params(HomeVisit v) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", v.id());
        p.put("offender", v.offenderId());
        p.put("visitedOn", v.visitedOn());
        p.put("officers", String.join("\n", v.officers()));
        p.put("announced", v.announced());
        p.put("outcome", v.outcome().name());
        p.put("concerns", v.concerns());
        p.put("photographs", v.photographsTaken());
        p.put("recordedAt", utc(v.recordedAt()));
        p.put("recordedBy", v.recordedBy());
        return p;
    }

    @Override
    public void addVisit(HomeVisit v) {
        jdbc.sql(INSERT_VISIT).params(params(v)).update();
    }

    @Override
    public List<HomeVisit> visits(UUID offenderId) {
        return jdbc.sql("select * from home_visit where offender_id = :offender order by visited_on, recorded_at")
                .param("offender", offenderId)
                .query((rs, n) -> new HomeVisit(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class),
                        Arrays.asList(rs.getString("officers").split("\n")), rs.getBoolean("announced"),
                        VisitOutcome.valueOf(rs.getString("outcome")), rs.getString("concerns"),
                        rs.getBoolean("photographs_taken"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    private static final String INSERT_REACTIVE = """
            insert into reactive_management (id, offender_id, started_on, reason, approved_by, approved_at)
            values (:id, :offender, :startedOn, :reason, :approvedBy, :approvedAt)""";

    private static Map<String, Object> params(ReactivePeriod r) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("offender", r.offenderId());
        p.put("startedOn", r.startedOn());
        p.put("reason", r.reason());
        p.put("approvedBy", r.approvedBy());
        p.put("approvedAt", utc(r.approvedAt()));
        return p;
    }

    @Override
    public void addReactive(ReactivePeriod p) {
        jdbc.sql(INSERT_REACTIVE).params(params(p)).update();
    }

    @Override
    public List<ReactivePeriod> reactivePeriods(UUID offenderId) {
        return jdbc.sql("select * from reactive_management where offender_id = :offender order by started_on, "
                        + "approved_at")
                .param("offender", offenderId)
                .query((rs, n) -> new ReactivePeriod(rs.getObject("id", UUID.class),
                        rs.getObject("offender_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                        rs.getString("reason"), rs.getString("approved_by"), instant(rs, "approved_at"),
                        rs.getObject("ended_on", LocalDate.class), rs.getString("ended_by"),
                        rs.getString("end_reason")))
                .list();
    }

    @Override
    public boolean endReactive(UUID id, LocalDate endedOn, String endedBy, String reason) {
        return jdbc.sql("""
                update reactive_management set ended_on = :endedOn, ended_by = :endedBy, end_reason = :reason
                where id = :id and ended_on is null""")
                .param("id", id).param("endedOn", endedOn).param("endedBy", endedBy).param("reason", reason)
                .update() == 1;
    }

    private static final String INSERT_SCHEDULE = """
            insert into visit_schedule (offender_id, kind, due_on, explanation, rule_version, inputs, computed_at)
            values (:offender, :kind, :dueOn, :explanation, :version, :inputs, :computedAt)""";

    private static Map<String, Object> params(StoredSchedule s) {
        Map<String, Object> p = new HashMap<>();
        p.put("offender", s.offenderId());
        p.put("kind", s.due().kind().name());
        p.put("dueOn", s.due().dueOn());
        p.put("explanation", s.due().explanation());
        p.put("version", s.ruleVersion());
        p.put("inputs", s.inputs());
        p.put("computedAt", utc(s.computedAt()));
        return p;
    }

    @Override
    public void saveSchedule(StoredSchedule s) {
        jdbc.sql("delete from visit_schedule where offender_id = :offender").param("offender", s.offenderId())
                .update();
        jdbc.sql(INSERT_SCHEDULE).params(params(s)).update();
    }

    @Override
    public Optional<StoredSchedule> schedule(UUID offenderId) {
        return jdbc.sql("select * from visit_schedule where offender_id = :offender").param("offender", offenderId)
                .query((rs, n) -> new StoredSchedule(rs.getObject("offender_id", UUID.class),
                        new VisitDue(VisitDue.Kind.valueOf(rs.getString("kind")),
                                rs.getObject("due_on", LocalDate.class), rs.getString("explanation")),
                        rs.getString("rule_version"), rs.getString("inputs"), instant(rs, "computed_at")))
                .optional();
    }

    @Override
    public Optional<MappaArrangement> arrangement(UUID offenderId) {
        return jdbc.sql("select * from mappa_arrangement where offender_id = :offender").param("offender", offenderId)
                .query((rs, n) -> new MappaArrangement(rs.getObject("offender_id", UUID.class), rs.getLong("version"),
                        MappaCategory.valueOf(rs.getString("category")), MappaLevel.valueOf(rs.getString("level")),
                        rs.getString("lead_agency_code"), rs.getObject("since", LocalDate.class),
                        instant(rs, "updated_at"), rs.getString("updated_by")))
                .optional();
    }

    private static final String INSERT_ARRANGEMENT = """
            insert into mappa_arrangement (offender_id, version, category, level, lead_agency_code, since,
                updated_at, updated_by)
            values (:offender, :version, :category, :level, :lead, :since, :updatedAt, :updatedBy)""";

    @Override
    public void addArrangement(MappaArrangement a) {
        jdbc.sql(INSERT_ARRANGEMENT).params(arrangementParams(a)).update();
    }

    @Override
    public boolean replaceArrangement(MappaArrangement a, long expectedVersion) {
        return jdbc.sql("""
                update mappa_arrangement set version = :version, category = :category, level = :level,
                    lead_agency_code = :lead, since = :since, updated_at = :updatedAt, updated_by = :updatedBy
                where offender_id = :offender and version = :expected""")
                .params(arrangementParams(a)).param("expected", expectedVersion)
                .update() == 1;
    }

    private static Map<String, Object> arrangementParams(MappaArrangement a) {
        Map<String, Object> p = new HashMap<>();
        p.put("offender", a.offenderId());
        p.put("version", a.version());
        p.put("category", a.category().name());
        p.put("level", a.level().name());
        p.put("lead", a.leadAgency());
        p.put("since", a.since());
        p.put("updatedAt", utc(a.updatedAt()));
        p.put("updatedBy", a.updatedBy());
        return p;
    }

    private static final String INSERT_MEETING = """
            insert into mappa_meeting (id, offender_id, held_on, level, attendees, minutes, recorded_at, recorded_by)
            values (:id, :offender, :heldOn, :level, :attendees, :minutes, :recordedAt, :recordedBy)""";

    private Map<String, Object> params(MappaMeeting m) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", m.id());
        p.put("offender", m.offenderId());
        p.put("heldOn", m.heldOn());
        p.put("level", m.level().name());
        p.put("attendees", json.writeValueAsString(m.attendees()));
        p.put("minutes", m.minutes());
        p.put("recordedAt", utc(m.recordedAt()));
        p.put("recordedBy", m.recordedBy());
        return p;
    }

    @Override
    public void addMeeting(MappaMeeting m) {
        jdbc.sql(INSERT_MEETING).params(params(m)).update();
    }

    @Override
    public List<MappaMeeting> meetings(UUID offenderId) {
        return jdbc.sql("select * from mappa_meeting where offender_id = :offender order by held_on, recorded_at")
                .param("offender", offenderId).query((rs, n) -> mapMeeting(rs)).list();
    }

    @Override
    public Optional<MappaMeeting> meeting(UUID id) {
        return jdbc.sql("select * from mappa_meeting where id = :id").param("id", id)
                .query((rs, n) -> mapMeeting(rs)).optional();
    }

    private MappaMeeting mapMeeting(ResultSet rs) throws SQLException {
        return new MappaMeeting(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                rs.getObject("held_on", LocalDate.class), MappaLevel.valueOf(rs.getString("level")),
                json.readValue(rs.getString("attendees"), new TypeReference<List<MappaMeeting.Attendee>>() {
                }), rs.getString("minutes"), instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static final String INSERT_ACTION = """
            insert into risk_action (id, offender_id, meeting_id, description, owner, owner_agency_code,
                owner_username, due_on, status, version, updated_at, updated_by)
            values (:id, :offender, :meeting, :description, :owner, :ownerAgency, :ownerUsername, :dueOn,
                :status, :version, :updatedAt, :updatedBy)""";

    @Override
    public void addAction(RiskAction a) {
        jdbc.sql(INSERT_ACTION).params(actionParams(a)).update();
    }

    @Override
    public void addAll(Imported rows) {
        BatchWriter batch = new BatchWriter();
        rows.assessments().forEach(a -> batch.add(INSERT_ASSESSMENT, params(a)));
        rows.currents().forEach(a -> batch.add(INSERT_CURRENT, params(a)));
        rows.visits().forEach(v -> batch.add(INSERT_VISIT, params(v)));
        rows.arrangements().forEach(a -> batch.add(INSERT_ARRANGEMENT, arrangementParams(a)));
        rows.meetings().forEach(m -> batch.add(INSERT_MEETING, params(m)));
        rows.actions().forEach(a -> batch.add(INSERT_ACTION, actionParams(a)));
        rows.reactive().forEach(r -> batch.add(INSERT_REACTIVE, params(r)));
        rows.schedules().forEach(s -> batch.add(INSERT_SCHEDULE, params(s)));
        batch.write(batchJdbc);
    }

    @Override
    public Optional<RiskAction> action(UUID id) {
        return jdbc.sql("select * from risk_action where id = :id").param("id", id)
                .query((rs, n) -> mapAction(rs)).optional();
    }

    @Override
    public boolean replaceAction(RiskAction a, long expectedVersion) {
        return jdbc.sql("""
                update risk_action set description = :description, owner = :owner, owner_agency_code = :ownerAgency,
                    owner_username = :ownerUsername, due_on = :dueOn, status = :status, version = :version,
                    updated_at = :updatedAt, updated_by = :updatedBy
                where id = :id and version = :expected""")
                .params(actionParams(a)).param("expected", expectedVersion)
                .update() == 1;
    }

    @Override
    public List<RiskAction> actions(UUID offenderId) {
        return jdbc.sql("select * from risk_action where offender_id = :offender order by due_on, id")
                .param("offender", offenderId).query((rs, n) -> mapAction(rs)).list();
    }

    private static Map<String, Object> actionParams(RiskAction a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("offender", a.offenderId());
        p.put("meeting", a.meetingId());
        p.put("description", a.description());
        p.put("owner", a.owner());
        p.put("ownerAgency", a.ownerAgency());
        p.put("ownerUsername", a.ownerUsername());
        p.put("dueOn", a.dueOn());
        p.put("status", a.status().name());
        p.put("version", a.version());
        p.put("updatedAt", utc(a.updatedAt()));
        p.put("updatedBy", a.updatedBy());
        return p;
    }

    private static RiskAction mapAction(ResultSet rs) throws SQLException {
        return new RiskAction(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                rs.getObject("meeting_id", UUID.class), rs.getString("description"), rs.getString("owner"),
                rs.getString("owner_agency_code"), rs.getString("owner_username"),
                rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    @Override
    public void moveToKeptRecord(UUID mergedId, UUID keptId) {
        for (String table : List.of("risk_assessment", "home_visit", "reactive_management", "mappa_meeting",
                "risk_action")) {
            jdbc.sql("update " + table + " set offender_id = :kept where offender_id = :merged")
                    .param("kept", keptId).param("merged", mergedId).update();
        }
        // The kept record keeps its own MAPPA arrangement; it takes the merged one's only if it had none.
        if (arrangement(keptId).isEmpty()) {
            jdbc.sql("update mappa_arrangement set offender_id = :kept where offender_id = :merged")
                    .param("kept", keptId).param("merged", mergedId).update();
        } else {
            jdbc.sql("delete from mappa_arrangement where offender_id = :merged").param("merged", mergedId).update();
        }
        jdbc.sql("delete from current_risk where offender_id = :merged").param("merged", mergedId).update();
        jdbc.sql("delete from visit_schedule where offender_id = :merged").param("merged", mergedId).update();
    }

    @Override
    public void eraseOffender(UUID offenderId) {
        // Children first: the current risk names an assessment, and an action may name a meeting.
        for (String table : List.of("current_risk", "visit_schedule", "risk_action", "mappa_meeting",
                "mappa_arrangement", "reactive_management", "home_visit", "risk_assessment")) {
            jdbc.sql("delete from " + table + " where offender_id = :id").param("id", offenderId).update();
        }
    }

    @Override
    public List<UUID> offendersWithSchedules(UUID after, int limit) {
        return jdbc.sql("select offender_id from visit_schedule where offender_id > :after order by offender_id "
                        + "limit :limit")
                .param("after", after).param("limit", limit).query(UUID.class).list();
    }

    @Override
    public List<OffenderLine> lines(String agencyCode, String manager, boolean unassignedOnly, LocalDate today,
            String viewer) {
        String who = manager != null ? " and o.offender_manager = :manager"
                : unassignedOnly ? " and o.offender_manager is null" : "";
        if (manager == null && postgres) {
            // A whole agency's lines are costed high enough for PostgreSQL to compile the query (JIT) on every
            // call, which took 0.5 s of the 0.9 s the Metropolitan Police's list took at 70,000 offenders; the query
            // is thousands of small index lookups, which compiling does not speed up. For this transaction only.
            jdbc.sql("set local jit = off").update();
        }
        return lineQuery("o.managing_agency_code = :agency and " + MANAGED + who + " and "
                + RecordVisibility.visibleTo("o.id"), today)
                .param("agency", agencyCode).param("manager", manager).param("viewer", viewer)
                .query((rs, n) -> mapLine(rs, today))
                .list();
    }

    @Override
    public Optional<OffenderLine> line(UUID offenderId, LocalDate today) {
        return lineQuery("o.id = :id", today).param("id", offenderId).query((rs, n) -> mapLine(rs, today))
                .optional();
    }

    /** Read-only joins to the offender, compliance and whereabouts tables, as compliance's due list does. */
    private JdbcClient.StatementSpec lineQuery(String condition, LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        return jdbc.sql("""
                select o.id, o.version, o.given_names, o.family_name, o.offender_manager, cr.level, cr.next_review_on,
                    vs.kind, vs.due_on,
                    (select count(*) from offender_address a where a.offender_id = o.id and a.to_date is null
                        and a.type = 'NO_FIXED_ABODE') nfa,
                    (select count(*) from offender_address a where a.offender_id = o.id
                        and a.from_date > :yearAgo) address_changes,
                    (select count(*) from notification n where n.offender_id = o.id and n.late = true
                        and n.received_at >= :yearAgoAt
                        and not exists (select 1 from notification c where c.corrects = n.id)) late,
                    (select count(*) from obligation ob where ob.offender_id = o.id and ob.state = 'MISSED'
                        and (ob.met_by is null or ob.last_day > :yearAgo)) missed,
                    lv.outcome last_outcome, lv.visited_on last_visited,
                    (select max(hv.visited_on) from home_visit hv where hv.offender_id = o.id
                        and hv.outcome = 'SEEN') last_seen_visit,
                    (select max(n.received_at) from notification n where n.offender_id = o.id) last_notification,
                    (select count(*) from whereabouts_case w where w.offender_id = o.id
                        and w.state <> 'CLOSED') open_cases
                from offender o
                left join current_risk cr on cr.offender_id = o.id
                left join visit_schedule vs on vs.offender_id = o.id
                left join home_visit lv on lv.id = (select hv.id from home_visit hv where hv.offender_id = o.id
                    order by hv.visited_on desc, hv.recorded_at desc limit 1)
                where\s""" + condition)
                .param("yearAgo", yearAgo)
                .param("yearAgoAt", utc(yearAgo.atStartOfDay(EnglandAndWales.ZONE).toInstant()));
    }

    private static OffenderLine mapLine(ResultSet rs, LocalDate today) throws SQLException {
        String level = rs.getString("level");
        String lastOutcome = rs.getString("last_outcome");
        LocalDate seenAtVisit = rs.getObject("last_seen_visit", LocalDate.class);
        Instant notified = instant(rs, "last_notification");
        LocalDate seenAtNotification = notified == null ? null : LocalDate.ofInstant(notified, EnglandAndWales.ZONE);
        LocalDate lastSeen = seenAtVisit == null ? seenAtNotification
                : seenAtNotification == null || seenAtVisit.isAfter(seenAtNotification) ? seenAtVisit
                        : seenAtNotification;
        PrioritySignals signals = new PrioritySignals(today, level == null ? null : RiskLevel.valueOf(level),
                rs.getInt("nfa") > 0, rs.getInt("address_changes"), rs.getInt("late"), rs.getInt("missed"),
                lastOutcome == null ? null : VisitOutcome.valueOf(lastOutcome),
                rs.getObject("last_visited", LocalDate.class), lastSeen, rs.getInt("open_cases") > 0);
        String kind = rs.getString("kind");
        return new OffenderLine(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("given_names"),
                rs.getString("family_name"), rs.getString("offender_manager"), signals,
                kind == null ? null : VisitDue.Kind.valueOf(kind), rs.getObject("due_on", LocalDate.class),
                rs.getObject("next_review_on", LocalDate.class));
    }

    @Override
    public List<ActionLine> openActionsFor(String username) {
        return jdbc.sql("""
                select a.*, o.given_names o_given_names, o.family_name o_family_name
                from risk_action a join offender o on o.id = a.offender_id
                where a.status = 'OPEN'
                  and (a.owner_username = :viewer or (a.owner_username is null and o.offender_manager = :viewer))
                  and """ + RecordVisibility.visibleTo("o.id") + """
                order by a.due_on, a.id""")
                .param("viewer", username)
                .query((rs, n) -> new ActionLine(mapAction(rs), rs.getString("o_given_names"),
                        rs.getString("o_family_name")))
                .list();
    }

    @Override
    public List<ManagerCaseload> caseload(String agencyCode, LocalDate today, LocalDate soon) {
        // Counts only, no identities; read-only joins as in compliance's workload.
        List<ManagerCaseload> rows = new ArrayList<>(jdbc.sql("""
                select o.offender_manager, max(u.display_name) display_name, count(*) offenders,
                    count(case when vs.kind = 'SCHEDULED' and vs.due_on >= :today and vs.due_on <= :soon
                        then 1 end) visits_due,
                    count(case when vs.kind = 'SCHEDULED' and vs.due_on < :today then 1 end) visits_overdue,
                    count(case when cr.next_review_on >= :today and cr.next_review_on <= :soon then 1 end) reviews_due,
                    count(case when cr.next_review_on < :today then 1 end) reviews_overdue,
                    count(case when cr.offender_id is null then 1 end) not_assessed
                from offender o
                left join user_account u on u.username = o.offender_manager
                left join current_risk cr on cr.offender_id = o.id
                left join visit_schedule vs on vs.offender_id = o.id
                where o.managing_agency_code = :agency and\s""" + MANAGED + """
                group by o.offender_manager
                order by o.offender_manager""")
                .param("agency", agencyCode).param("today", today).param("soon", soon)
                .query((rs, n) -> new ManagerCaseload(rs.getString("offender_manager"), rs.getString("display_name"),
                        rs.getInt("offenders"), rs.getInt("visits_due"), rs.getInt("visits_overdue"),
                        rs.getInt("reviews_due"), rs.getInt("reviews_overdue"), rs.getInt("not_assessed")))
                .list());
        return rows;
    }
}
