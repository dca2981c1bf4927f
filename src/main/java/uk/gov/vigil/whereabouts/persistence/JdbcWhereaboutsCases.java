package uk.gov.vigil.whereabouts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.offender.RecordVisibility;
import uk.gov.vigil.whereabouts.domain.CaseEvent;
import uk.gov.vigil.whereabouts.domain.CaseState;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.UnknownCase;

@Repository
class JdbcWhereaboutsCases implements WhereaboutsCases {

    private final JdbcClient jdbc;

    JdbcWhereaboutsCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(WhereaboutsCase c) {
        jdbc.sql("""
                insert into whereabouts_case (id, version, offender_id, agency_code, state, opened_on, opened_by,
                    opening_reason, compliance_case_id, unknown_since, last_known_address, circumstance,
                    believed_country, warrant_date, pnc_circulation, international_notice, located_on, located_place,
                    located_by_agency, located_how, closed_on, outcome, updated_at, updated_by)
                values (:id, :version, :offender, :agency, :state, :openedOn, :openedBy, :reason, :complianceCase,
                    :unknownSince, :lastKnownAddress, :circumstance, :country, :warrantDate, :pnc, :international,
                    :locatedOn, :locatedPlace, :locatedBy, :locatedHow, :closedOn, :outcome, :updatedAt, :updatedBy)""")
                .params(parameters(c))
                .param("offender", c.offenderId())
                .param("agency", c.agencyCode())
                .param("openedOn", c.openedOn())
                .param("openedBy", c.openedBy())
                .param("reason", c.reason().name())
                .param("complianceCase", c.complianceCaseId())
                .update();
    }

    @Override
    public boolean replace(WhereaboutsCase c) {
        return jdbc.sql("""
                update whereabouts_case set version = version + 1, state = :state, unknown_since = :unknownSince,
                    last_known_address = :lastKnownAddress, circumstance = :circumstance, believed_country = :country,
                    warrant_date = :warrantDate, pnc_circulation = :pnc, international_notice = :international,
                    located_on = :locatedOn, located_place = :locatedPlace, located_by_agency = :locatedBy,
                    located_how = :locatedHow, closed_on = :closedOn, outcome = :outcome, updated_at = :updatedAt,
                    updated_by = :updatedBy
                where id = :id and version = :version""")
                .params(parameters(c))
                .update() == 1;
    }

    private static Map<String, Object> parameters(WhereaboutsCase c) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("version", c.version());
        p.put("state", c.state().name());
        p.put("unknownSince", c.unknown() == null ? null : c.unknown().since());
        p.put("lastKnownAddress", c.unknown() == null ? null : c.unknown().lastKnownAddress());
        p.put("circumstance", c.unknown() == null ? null : c.unknown().circumstance().name());
        p.put("country", c.unknown() == null ? null : c.unknown().country());
        p.put("warrantDate", c.wanted() == null ? null : c.wanted().warrantDate());
        p.put("pnc", c.wanted() == null ? null : c.wanted().pncCirculation());
        p.put("international", c.wanted() == null ? null : c.wanted().internationalNotice());
        p.put("locatedOn", c.located() == null ? null : c.located().on());
        p.put("locatedPlace", c.located() == null ? null : c.located().place());
        p.put("locatedBy", c.located() == null ? null : c.located().byAgency());
        p.put("locatedHow", c.located() == null ? null : c.located().how().name());
        p.put("closedOn", c.closure() == null ? null : c.closure().on());
        p.put("outcome", c.closure() == null ? null : c.closure().outcome().name());
        p.put("updatedAt", c.updatedAt().atOffset(ZoneOffset.UTC));
        p.put("updatedBy", c.updatedBy());
        return p;
    }

    @Override
    public Optional<WhereaboutsCase> find(UUID id) {
        return jdbc.sql("select * from whereabouts_case where id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public Optional<WhereaboutsCase> openCaseOf(UUID offenderId) {
        return jdbc.sql("select * from whereabouts_case where offender_id = :id and state <> 'CLOSED'")
                .param("id", offenderId).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<WhereaboutsCase> casesOf(UUID offenderId) {
        return jdbc.sql("select * from whereabouts_case where offender_id = :id order by opened_on desc")
                .param("id", offenderId).query((rs, n) -> map(rs)).list();
    }

    @Override
    public void moveToKeptRecord(UUID mergedId, UUID keptId) {
        jdbc.sql("update whereabouts_case set offender_id = :kept where offender_id = :merged")
                .param("kept", keptId).param("merged", mergedId).update();
    }

    @Override
    public void eraseOffender(UUID offenderId) {
        jdbc.sql("delete from whereabouts_case_event where case_id in"
                + " (select id from whereabouts_case where offender_id = :id)").param("id", offenderId).update();
        jdbc.sql("delete from whereabouts_case where offender_id = :id").param("id", offenderId).update();
    }

    @Override
    public void appendEvent(UUID caseId, String type, Instant at, String actor, String details) {
        jdbc.sql("""
                insert into whereabouts_case_event (case_id, seq, type, occurred_at, actor, details)
                values (:case, (select coalesce(max(seq), 0) + 1 from whereabouts_case_event where case_id = :case),
                    :type, :at, :actor, :details)""")
                .param("case", caseId).param("type", type).param("at", at.atOffset(ZoneOffset.UTC))
                .param("actor", actor).param("details", details)
                .update();
    }

    @Override
    public List<CaseEvent> events(UUID caseId) {
        return jdbc.sql("select * from whereabouts_case_event where case_id = :case order by seq")
                .param("case", caseId)
                .query((rs, n) -> new CaseEvent(rs.getInt("seq"), rs.getString("type"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("details")))
                .list();
    }

    @Override
    public List<UnknownCase> unknownOn(LocalDate date) {
        return jdbc.sql("""
                select agency_code, unknown_since, circumstance from whereabouts_case
                where unknown_since <= :date and (coalesce(located_on, closed_on) is null
                    or coalesce(located_on, closed_on) > :date)""")
                .param("date", date)
                .query((rs, n) -> new UnknownCase(rs.getString("agency_code"),
                        rs.getObject("unknown_since", LocalDate.class), Circumstance.valueOf(rs.getString("circumstance"))))
                .list();
    }

    @Override
    public List<OpenCase> openCases(String agencyCode, String viewer) {
        // Reads the offender table for names: a read-only join.
        return jdbc.sql("""
                select w.id, w.offender_id, o.given_names, o.family_name, w.state, w.opened_on, w.unknown_since,
                    w.circumstance
                from whereabouts_case w join offender o on o.id = w.offender_id
                where w.agency_code = :agency and w.state <> 'CLOSED' and """ + RecordVisibility.visibleTo("o.id")
                + """
                order by w.unknown_since nulls last, w.opened_on, w.id""")
                .param("agency", agencyCode).param("viewer", viewer)
                .query((rs, n) -> new OpenCase(rs.getObject("id", UUID.class), rs.getObject("offender_id", UUID.class),
                        rs.getString("given_names"), rs.getString("family_name"), CaseState.valueOf(rs.getString("state")),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("unknown_since", LocalDate.class),
                        rs.getString("circumstance") == null ? null : Circumstance.valueOf(rs.getString("circumstance"))))
                .list();
    }

    private static WhereaboutsCase map(ResultSet rs) throws SQLException {
        LocalDate since = rs.getObject("unknown_since", LocalDate.class);
        LocalDate warrant = rs.getObject("warrant_date", LocalDate.class);
        LocalDate located = rs.getObject("located_on", LocalDate.class);
        LocalDate closed = rs.getObject("closed_on", LocalDate.class);
        return new WhereaboutsCase(rs.getObject("id", UUID.class), rs.getLong("version"),
                rs.getObject("offender_id", UUID.class), rs.getString("agency_code"),
                CaseState.valueOf(rs.getString("state")), rs.getObject("opened_on", LocalDate.class),
                rs.getString("opened_by"), OpeningReason.valueOf(rs.getString("opening_reason")),
                rs.getObject("compliance_case_id", UUID.class),
                since == null ? null : new WhereaboutsCase.Unknown(since, rs.getString("last_known_address"),
                        Circumstance.valueOf(rs.getString("circumstance")), rs.getString("believed_country")),
                warrant == null ? null : new WhereaboutsCase.Wanted(warrant, rs.getString("pnc_circulation"),
                        rs.getString("international_notice")),
                located == null ? null : new WhereaboutsCase.Located(located, rs.getString("located_place"),
                        rs.getString("located_by_agency"), LocatedHow.valueOf(rs.getString("located_how"))),
                closed == null ? null : new WhereaboutsCase.Closure(closed, Outcome.valueOf(rs.getString("outcome"))),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
    }
}
