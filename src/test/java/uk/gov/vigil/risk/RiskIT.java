package uk.gov.vigil.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.risk.application.CaseloadService;
import uk.gov.vigil.support.IntegrationTestBase;

/**
 * Risk management through the API: assessments and the visit schedule they set, visits and s.96B grounds,
 * reactive management, MAPPA with optimistic locking, the priority list and tasks, agency scope, and caseloads
 * checked against counts of the offenders the test itself set up.
 */
class RiskIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseloadService caseload;

    @Autowired
    PlatformTransactionManager transactions;

    String offender(Management management, AddressType addressType, RequestPostProcessor by) throws Exception {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(1996,
                ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000)));
        b.management = management;
        if (addressType == AddressType.NO_FIXED_ABODE) {
            b.addresses = List.of(new Address(AddressType.NO_FIXED_ABODE, null, null, "London", null,
                    "Sleeps at the bus station, Walthamstow", TODAY.minusMonths(2), null));
        }
        return json.readTree(mvc.perform(post("/api/v1/offenders").with(by).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    String metOffender() throws Exception {
        return offender(new Management("MET", "it.met.om", "PR-LON", null), AddressType.HOME, as(TestUser.MET_OM));
    }

    ResultActions send(MockHttpServletRequestBuilder request, Object body, RequestPostProcessor by) throws Exception {
        return mvc.perform(request.with(by).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    ResultActions assess(String id, String level, LocalDate on, RequestPostProcessor by) throws Exception {
        return send(post("/api/v1/offenders/" + id + "/risk-assessments"), Map.of("tool", "ARMS",
                "assessedOn", on.toString(), "assessor", "DC Patel", "level", level), by);
    }

    ResultActions visit(String id, String outcome, LocalDate on, RequestPostProcessor by) throws Exception {
        return send(post("/api/v1/offenders/" + id + "/home-visits"), Map.of("visitedOn", on.toString(),
                "officers", List.of("DC Patel", "PC 4471"), "announced", false, "outcome", outcome), by);
    }

    JsonNode risk(String id, RequestPostProcessor by) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/offenders/" + id + "/risk").with(by))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void anAssessmentSetsTheScheduleAVisitMovesItAndARaisedLevelBringsItForward() throws Exception {
        String id = metOffender();
        assertThat(risk(id, as(TestUser.MET_OM)).get("schedule").get("due").get("kind").asString())
                .isEqualTo("NEEDS_REVIEW");

        assess(id, "HIGH", TODAY.minusDays(10), as(TestUser.MET_OM)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextReviewOn").value(TODAY.minusDays(10).plusYears(1).toString()));
        JsonNode view = risk(id, as(TestUser.MET_OM));
        assertThat(view.get("current").get("level").asString()).isEqualTo("HIGH");
        assertThat(view.get("schedule").get("due").get("dueOn").asString())
                .isEqualTo(TODAY.minusDays(10).plusMonths(3).toString());
        assertThat(view.get("schedule").get("ruleVersion").asString()).isEqualTo("visits/1");
        assertThat(view.get("schedule").get("inputs").asString()).contains("\"level\":\"HIGH\"");

        visit(id, "SEEN", TODAY.minusDays(1), as(TestUser.MET_OM)).andExpect(status().isCreated());
        assertThat(risk(id, as(TestUser.MET_OM)).get("schedule").get("due").get("dueOn").asString())
                .isEqualTo(TODAY.minusDays(1).plusMonths(3).toString());

        assess(id, "VERY_HIGH", TODAY, as(TestUser.MET_OM)).andExpect(status().isCreated());
        view = risk(id, as(TestUser.MET_OM));
        assertThat(view.get("schedule").get("due").get("dueOn").asString()).isEqualTo(TODAY.plusMonths(1).toString());
        assertThat(view.get("schedule").get("due").get("explanation").asString())
                .startsWith("Risk raised from high to very high");
        assertThat(view.get("assessments")).hasSize(2);
        assertThat(view.get("priority").get("version").asString()).isEqualTo("priority/1");
        assertThat(view.get("priority").get("factors").get(0).get("explanation").asString())
                .isEqualTo("Very high risk of serious harm");

        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RISK_ASSESSMENT_RECORDED' "
                + "and offender_id = :id").param("id", java.util.UUID.fromString(id)).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RISK_VIEWED' and offender_id = :id")
                .param("id", java.util.UUID.fromString(id)).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() throws Exception {
        String id = metOffender();
        Map<String, Object> bad = new HashMap<>();
        bad.put("tool", "OTHER");
        bad.put("assessedOn", TODAY.plusDays(1).toString());
        bad.put("nextReviewOn", TODAY.toString());
        send(post("/api/v1/offenders/" + id + "/risk-assessments"), bad, as(TestUser.MET_OM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("toolName",
                        "assessedOn", "assessor", "level", "nextReviewOn")));
        send(post("/api/v1/offenders/" + id + "/home-visits"), Map.of("visitedOn", TODAY.toString(),
                "officers", List.of(" "), "outcome", "SEEN"), as(TestUser.MET_OM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("officers",
                        "announced")));
        JsonNode view = risk(id, as(TestUser.MET_OM));
        assertThat(view.get("assessments")).isEmpty();
        assertThat(view.get("visits")).isEmpty();
    }

    @Test
    void twoFailedAttemptsToGetInFlagGroundsForAWarrant() throws Exception {
        String id = metOffender();
        assess(id, "MEDIUM", TODAY.minusMonths(8), as(TestUser.MET_OM));
        visit(id, "SEEN", TODAY.minusMonths(7), as(TestUser.MET_OM));
        visit(id, "NOT_SEEN", TODAY.minusDays(9), as(TestUser.MET_OM));
        assertThat(risk(id, as(TestUser.MET_OM)).get("warrantGrounds").isNull()).isTrue();
        visit(id, "REFUSED_ENTRY", TODAY.minusDays(2), as(TestUser.MET_OM));
        JsonNode view = risk(id, as(TestUser.MET_OM));
        assertThat(view.get("warrantGrounds")).hasSize(2);
        assertThat(view.get("visitOverdue").asBoolean()).isTrue();
        assertThat(view.get("priority").toString()).contains("found: refused entry");
    }

    @Test
    void reactiveManagementNeedsThreeStableLowYearsASupervisorAndEndsWhenRiskRises() throws Exception {
        String stable = metOffender();
        assess(stable, "LOW", TODAY.minusYears(4), as(TestUser.MET_OM));
        String recent = metOffender();
        assess(recent, "LOW", TODAY.minusYears(1), as(TestUser.MET_OM));
        Map<String, String> reason = Map.of("reason", "Stable address and employment; no concerns at 4 visits");

        send(post("/api/v1/offenders/" + stable + "/reactive-management"), reason, as(TestUser.MET_OM))
                .andExpect(status().isForbidden());
        send(post("/api/v1/offenders/" + recent + "/reactive-management"), reason, as(TestUser.MET_SUPERVISOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("low risk only since")));
        send(post("/api/v1/offenders/" + stable + "/reactive-management"), Map.of("reason", " "),
                as(TestUser.MET_SUPERVISOR))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post("/api/v1/offenders/" + stable + "/reactive-management"), reason, as(TestUser.MET_SUPERVISOR))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvedBy").value("it.met.supervisor"));
        JsonNode view = risk(stable, as(TestUser.MET_OM));
        assertThat(view.get("schedule").get("due").get("kind").asString()).isEqualTo("REACTIVE");
        assertThat(view.get("reactive").get("reason").asString()).startsWith("Stable address");

        assess(stable, "MEDIUM", TODAY, as(TestUser.MET_OM));
        view = risk(stable, as(TestUser.MET_OM));
        assertThat(view.get("reactive").isNull()).isTrue();
        assertThat(view.get("reactiveHistory").get(0).get("endReason").asString())
                .isEqualTo("Risk assessed as medium");
        assertThat(view.get("schedule").get("due").get("kind").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void mappaChangesNeedTheVersionSeenAndAMeetingIsStoredWholeOrNotAtAll() throws Exception {
        String id = metOffender();
        Map<String, Object> level1 = Map.of("category", "CATEGORY_1", "level", "LEVEL_1", "leadAgency", "MET",
                "since", TODAY.minusMonths(1).toString());
        send(put("/api/v1/offenders/" + id + "/mappa"), level1, as(TestUser.MET_OM)).andExpect(status().isForbidden());
        send(put("/api/v1/offenders/" + id + "/mappa"), level1, as(TestUser.MAPPA))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        Map<String, Object> meeting = new HashMap<>(Map.of("heldOn", TODAY.toString(),
                "attendees", List.of(Map.of("agencyCode", "MET", "name", "DS Jones, MOSOVO"),
                        Map.of("agencyCode", "PR-LON", "name", "Ms Okafor, probation officer")),
                "minutes", "Reviewed the plan; agreed an unannounced visit."));
        send(post("/api/v1/offenders/" + id + "/mappa-meetings"), meeting, as(TestUser.MAPPA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));

        Map<String, Object> level2 = new HashMap<>(level1);
        level2.put("level", "LEVEL_2");
        send(put("/api/v1/offenders/" + id + "/mappa"), level2, as(TestUser.MAPPA))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/offenders/" + id + "/mappa").with(as(TestUser.MAPPA)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(level2)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(put("/api/v1/offenders/" + id + "/mappa").with(as(TestUser.MET_SUPERVISOR)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(level1)))
                .andExpect(status().isPreconditionFailed());

        Map<String, Object> goodAction = Map.of("description", "Unannounced home visit", "owner", "DC Test",
                "ownerAgency", "MET", "ownerUsername", "it.met.om", "dueOn", TODAY.plusDays(3).toString());
        meeting.put("actions", List.of(goodAction, Map.of("description", "Check employment", "owner", "Ms Okafor",
                "ownerAgency", "PR-LON")));
        send(post("/api/v1/offenders/" + id + "/mappa-meetings"), meeting, as(TestUser.MAPPA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[1].dueOn"));
        assertThat(risk(id, as(TestUser.MET_OM)).get("meetings")).isEmpty();
        assertThat(risk(id, as(TestUser.MET_OM)).get("actions")).isEmpty();

        meeting.put("actions", List.of(goodAction));
        send(post("/api/v1/offenders/" + id + "/mappa-meetings"), meeting, as(TestUser.MAPPA))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.level").value("LEVEL_2"));
        JsonNode view = risk(id, as(TestUser.MET_OM));
        assertThat(view.get("meetings").get(0).get("attendees")).hasSize(2);
        String actionId = view.get("actions").get(0).get("id").asString();

        mvc.perform(get("/api/v1/risk-tasks").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[?(@.actionId == '" + actionId + "')].title").value(hasItem(
                        "Unannounced home visit")));
        mvc.perform(post("/api/v1/risk-actions/" + actionId + "/status").with(as(TestUser.MET_OM))
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(post("/api/v1/risk-actions/" + actionId + "/status").with(as(TestUser.MET_OM))
                        .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/risk-tasks").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[?(@.actionId == '" + actionId + "')]").isEmpty());
    }

    @Test
    void onlyTheAgenciesResponsibleSeeRiskAndOnlyThoseWithThePermissionChangeIt() throws Exception {
        String met = metOffender();
        mvc.perform(get("/api/v1/offenders/" + met + "/risk").with(as(TestUser.HERTS_OM)))
                .andExpect(status().isForbidden());
        assess(met, "HIGH", TODAY, as(TestUser.HERTS_OM)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + met + "/risk").with(as(TestUser.PRISON)))
                .andExpect(status().isForbidden());
        // Probation supervises this offender (PR-LON): it shares the risk data and records its own assessments.
        assess(met, "HIGH", TODAY, as(TestUser.PROBATION)).andExpect(status().isCreated());
        risk(met, as(TestUser.PROBATION));

        String prisoner = offender(new Management("MET", "it.met.om", null, "HMP-WANDSWORTH"), AddressType.HOME,
                as(TestUser.MET_OM));
        risk(prisoner, as(TestUser.PRISON));
        assess(prisoner, "HIGH", TODAY, as(TestUser.PRISON)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + met + "/risk").with(as(TestUser.PROBATION)))
                .andExpect(status().isOk());
        // A read-only full-access grant shows another force the risk data, but does not let it record any.
        send(post("/api/v1/offenders/" + met + "/full-access"), Map.of("reason", "MAPPA_MEETING",
                "explanation", "Joint meeting about a cross-border case"), as(TestUser.HERTS_OM))
                .andExpect(status().is2xxSuccessful());
        risk(met, as(TestUser.HERTS_OM));
        assess(met, "LOW", TODAY, as(TestUser.HERTS_OM)).andExpect(status().isForbidden());
        visit(met, "SEEN", TODAY, as(TestUser.HERTS_OM)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_REFUSED' and offender_id = :id "
                        + "and actor = 'it.herts.om'").param("id", java.util.UUID.fromString(met)).query(Long.class)
                .single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void myPrioritiesPutTheUnsettledFirstAndExplainEveryPoint() throws Exception {
        String settled = metOffender();
        assess(settled, "LOW", TODAY.minusMonths(2), as(TestUser.MET_OM));
        visit(settled, "SEEN", TODAY.minusDays(3), as(TestUser.MET_OM));
        String unsettled = offender(new Management("MET", "it.met.om", null, null), AddressType.NO_FIXED_ABODE,
                as(TestUser.MET_OM));
        assess(unsettled, "HIGH", TODAY.minusMonths(2), as(TestUser.MET_OM));
        visit(unsettled, "NOT_SEEN", TODAY.minusDays(3), as(TestUser.MET_OM));

        JsonNode list = json.readTree(mvc.perform(get("/api/v1/priorities").with(as(TestUser.MET_OM)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> order = new ArrayList<>();
        int previous = Integer.MAX_VALUE;
        for (JsonNode p : list) {
            int score = p.get("priority").get("score").asInt();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
            int sum = 0;
            for (JsonNode f : p.get("priority").get("factors")) {
                sum += f.get("points").asInt();
            }
            assertThat(sum).isEqualTo(score);
            order.add(p.get("line").get("offenderId").asString());
        }
        assertThat(order.indexOf(unsettled)).isLessThan(order.indexOf(settled));
        JsonNode top = list.get(order.indexOf(unsettled));
        assertThat(top.get("priority").get("factors").toString()).contains("No fixed abode", "High risk",
                "found: not seen");
        mvc.perform(get("/api/v1/priorities?scope=AGENCY").with(as(TestUser.MET_OM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/priorities?scope=AGENCY").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].line.offenderId").value(hasItem(unsettled)));
    }

    @Test
    void postgresDoesNotCompileTheAgencyWideListAndTheSettingEndsWithItsTransaction() throws Exception {
        Assumptions.assumeTrue(System.getProperty("vigil.test.database", "h2").equals("postgres"),
                "JIT is PostgreSQL's");
        String flagged = metOffender();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String before = transaction.execute(s -> jdbc.sql("show jit").query(String.class).single());
        Assumptions.assumeTrue(before.equals("on"), "the server has JIT switched off already");

        String during = transaction.execute(s -> {
            assertThat(caseload.priorities(CaseloadService.Scope.AGENCY, TestUser.MET_SUPERVISOR.vigilUser()))
                    .extracting(p -> p.line().offenderId().toString()).contains(flagged);
            return jdbc.sql("show jit").query(String.class).single();
        });
        String after = transaction.execute(s -> jdbc.sql("show jit").query(String.class).single());

        assertThat(during).isEqualTo("off");
        assertThat(after).isEqualTo("on");
    }

    @Test
    void aMergeBringsTheOtherRecordsRiskManagementToTheKeptOne() throws Exception {
        String kept = metOffender();
        String merged = metOffender();
        assess(kept, "MEDIUM", TODAY.minusMonths(6), as(TestUser.MET_OM));
        assess(merged, "HIGH", TODAY.minusMonths(1), as(TestUser.MET_OM));
        visit(merged, "SEEN", TODAY.minusDays(3), as(TestUser.MET_OM));
        mvc.perform(post("/api/v1/offenders/" + kept + "/merge").with(as(TestUser.ADMIN)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "mergedId", merged, "mergedVersion", 1, "reason", "Same PNC record"))))
                .andExpect(status().isOk());
        JsonNode view = risk(kept, as(TestUser.MET_OM));
        assertThat(view.get("assessments")).hasSize(2);
        assertThat(view.get("current").get("level").asString()).isEqualTo("HIGH");
        assertThat(view.get("visits")).hasSize(1);
        assertThat(view.get("schedule").get("due").get("dueOn").asString())
                .isEqualTo(TODAY.minusDays(3).plusMonths(3).toString());
        assertThat(jdbc.sql("select count(*) from current_risk where offender_id = :id")
                .param("id", java.util.UUID.fromString(merged)).query(Long.class).single()).isZero();
    }

    @Test
    void caseloadFiguresMatchTheOffendersSetUpAndReassignmentIsAudited() throws Exception {
        // Dyfed-Powys: no other test registers offenders there, so every figure is the test's own.
        users.createIfAbsent("it.dyp.sup", "DYP supervisor", "DYP", EnumSet.of(Role.SUPERVISOR), "unused-password-1");
        users.createIfAbsent("it.dyp.om1", "DYP manager one", "DYP", EnumSet.of(Role.OFFENDER_MANAGER),
                "unused-password-1");
        users.createIfAbsent("it.dyp.om2", "DYP manager two", "DYP", EnumSet.of(Role.OFFENDER_MANAGER),
                "unused-password-1");
        VigilUser sup = users.find("it.dyp.sup").orElseThrow();
        VigilUser om1 = users.find("it.dyp.om1").orElseThrow();
        RequestPostProcessor bySup = as(sup);

        // om1: visit overdue and review overdue; review due soon; never assessed. om2: visit due soon.
        String overdue = offender(new Management("DYP", "it.dyp.om1", null, null), AddressType.HOME, bySup);
        send(post("/api/v1/offenders/" + overdue + "/risk-assessments"), Map.of("tool", "RISK_MATRIX_2000",
                "score", "/S High", "assessedOn", TODAY.minusDays(100).toString(), "assessor", "DC Evans",
                "level", "HIGH", "nextReviewOn", TODAY.minusDays(5).toString()), bySup)
                .andExpect(status().isCreated());
        String reviewSoon = offender(new Management("DYP", "it.dyp.om1", null, null), AddressType.HOME, bySup);
        send(post("/api/v1/offenders/" + reviewSoon + "/risk-assessments"), Map.of("tool", "ARMS",
                "assessedOn", TODAY.minusDays(10).toString(), "assessor", "DC Evans", "level", "MEDIUM",
                "nextReviewOn", TODAY.plusDays(7).toString()), bySup).andExpect(status().isCreated());
        String neverAssessed = offender(new Management("DYP", "it.dyp.om1", null, null), AddressType.HOME, bySup);
        String visitSoon = offender(new Management("DYP", "it.dyp.om2", null, null), AddressType.HOME, bySup);
        assess(visitSoon, "VERY_HIGH", TODAY.minusDays(20), bySup).andExpect(status().isCreated());
        offender(new Management("DYP", null, null, null), AddressType.HOME, bySup);

        JsonNode caseload = json.readTree(mvc.perform(get("/api/v1/caseload").with(bySup))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(caseload.get("target").asInt()).isEqualTo(50);
        Map<String, JsonNode> rows = new HashMap<>();
        caseload.get("managers").forEach(r -> rows.put(r.get("manager").asString(), r));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("it.dyp.sup", "it.dyp.om1", "it.dyp.om2");
        assertRow(rows.get("it.dyp.om1"), 3, 0, 1, 1, 1, 1);
        assertRow(rows.get("it.dyp.om2"), 1, 1, 0, 0, 0, 0);
        assertRow(rows.get("it.dyp.sup"), 0, 0, 0, 0, 0, 0);
        assertRow(caseload.get("unassigned"), 1, 0, 0, 0, 0, 1);
        for (String manager : List.of("it.dyp.om1", "it.dyp.om2")) {
            assertThat(rows.get(manager).get("offenders").asLong()).isEqualTo(jdbc.sql(
                    "select count(*) from offender where managing_agency_code = 'DYP' and offender_manager = :m")
                    .param("m", manager).query(Long.class).single());
        }

        mvc.perform(get("/api/v1/risk-tasks").with(as(om1)))
                .andExpect(jsonPath("$[?(@.offenderId == '" + overdue + "')].kind").value(
                        org.hamcrest.Matchers.containsInAnyOrder("HOME_VISIT", "RISK_REVIEW")))
                .andExpect(jsonPath("$[?(@.offenderId == '" + reviewSoon + "')].kind").value(
                        org.hamcrest.Matchers.contains("RISK_REVIEW")))
                .andExpect(jsonPath("$[?(@.offenderId == '" + neverAssessed + "')]").isEmpty());
        mvc.perform(get("/api/v1/caseload").with(as(om1))).andExpect(status().isForbidden());

        String reassign = "/api/v1/offenders/" + neverAssessed + "/offender-manager";
        mvc.perform(put(reassign).with(as(om1)).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"offenderManager\":\"it.dyp.om2\"}")).andExpect(status().isForbidden());
        mvc.perform(put(reassign).with(bySup).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offenderManager\":\"it.met.om\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offenderManager"));
        mvc.perform(put(reassign).with(bySup).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offenderManager\":\"it.dyp.om2\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.management.offenderManager").value("it.dyp.om2"));
        mvc.perform(put(reassign).with(bySup).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"offenderManager\":\"it.dyp.om1\"}")).andExpect(status().isPreconditionFailed());
        caseload = json.readTree(mvc.perform(get("/api/v1/caseload").with(bySup))
                .andReturn().getResponse().getContentAsString());
        caseload.get("managers").forEach(r -> rows.put(r.get("manager").asString(), r));
        assertRow(rows.get("it.dyp.om1"), 2, 0, 1, 1, 1, 0);
        assertRow(rows.get("it.dyp.om2"), 2, 1, 0, 0, 0, 1);
        assertThat(jdbc.sql("select reason from audit_event where action = 'OFFENDER_REASSIGNED' and offender_id = :id")
                .param("id", java.util.UUID.fromString(neverAssessed)).query(String.class).list())
                .containsExactly("to it.dyp.om2");
    }

    private static void assertRow(JsonNode row, int offenders, int visitsDue, int visitsOverdue, int reviewsDue,
            int reviewsOverdue, int notAssessed) {
        assertThat(List.of(row.get("offenders").asInt(), row.get("visitsDue").asInt(),
                row.get("visitsOverdue").asInt(), row.get("reviewsDue").asInt(), row.get("reviewsOverdue").asInt(),
                row.get("notAssessed").asInt()))
                .as(row.toString())
                .containsExactly(offenders, visitsDue, visitsOverdue, reviewsDue, reviewsOverdue, notAssessed);
    }
}
