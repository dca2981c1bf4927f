package uk.gov.vigil.compliance;

import uk.gov.vigil.access.Role;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.compliance.application.OverdueSweep;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/**
 * The compliance engine end to end, with a clock the test moves: an offender registered on 20 May 2026 must make
 * the initial notification by 22 May; the deadline passes at midnight, 23:00 UTC in British Summer Time.
 */
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class ComplianceIT extends IntegrationTestBase {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));
    private static final LocalDate CONVICTED = LocalDate.of(2026, 5, 20);

    @Autowired
    MutableClock clock;

    @Autowired
    OverdueSweep sweep;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void startOfTheStory() {
        clock.set(TestClockConfiguration.START);
    }

    static OffenderFixtures.Builder convictedToday() {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2026,
                SERIAL.incrementAndGet()));
        b.convictions = List.of(new Conviction("SOA2003-S3", CONVICTED, "Snaresbrook Crown Court",
                Disposal.IMPRISONMENT, 24));
        b.management = new Management("MET", "it.met.om", null, null);
        return b;
    }

    String register(OffenderFixtures.Builder builder) throws Exception {
        String body = mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(builder.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    ResultActions notify(String id, Map<String, Object> notification, TestUser user) throws Exception {
        return mvc.perform(post("/api/v1/offenders/" + id + "/notifications").with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(notification)));
    }

    JsonNode compliance(String id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/offenders/" + id + "/compliance").with(as(TestUser.MET_OM)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static Map<String, Object> periodic(String type, String receivedAt) {
        return Map.of("type", type, "receivedAt", receivedAt, "policeStation", "Walthamstow Police Station",
                "verification", Map.of("documentsSeen", true, "photographTaken", true, "fingerprintsTaken", false));
    }

    @Test
    void aMissedInitialNotificationBecomesOverdueWithinOneSweepAndALateOneIsFlagged() throws Exception {
        String id = register(convictedToday());
        JsonNode before = compliance(id);
        assertThat(before.get("status").asString()).isEqualTo("DUE_SOON");
        JsonNode obligation = before.get("currentObligation");
        assertThat(obligation.get("kind").asString()).isEqualTo("INITIAL");
        assertThat(obligation.get("lastDay").asString()).isEqualTo("2026-05-22");
        assertThat(obligation.get("deadlineAt").asString()).isEqualTo("2026-05-22T23:00:00Z");
        assertThat(obligation.get("citation").asString()).isEqualTo("s.83(1) SOA 2003");
        assertThat(obligation.get("ruleVersion").asString()).isEqualTo("england-wales/1");
        assertThat(obligation.get("inputs").get("relevantDate").asString()).isEqualTo("2026-05-20");
        JsonNode requirement = before.get("requirement");
        assertThat(requirement.get("decision").get("period").asString()).isEqualTo("P10Y");
        assertThat(requirement.get("decision").get("lastDay").asString()).isEqualTo("2036-05-19");
        assertThat(requirement.get("inputs").get(0).get("termMonths").asInt()).isEqualTo(24);

        clock.set(Instant.parse("2026-05-22T22:59:59Z"));
        sweep.sweep();
        assertThat(compliance(id).get("currentObligation").get("state").asString()).isEqualTo("OPEN");

        clock.set(Instant.parse("2026-05-22T23:00:30Z"));
        sweep.sweep();
        JsonNode after = compliance(id);
        assertThat(after.get("status").asString()).isEqualTo("OVERDUE");
        assertThat(after.get("currentObligation").get("state").asString()).isEqualTo("MISSED");
        assertThat(after.get("cases")).hasSize(1);
        assertThat(after.get("cases").get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(events.stream(NotificationMissed.class).filter(e -> e.offenderId().toString().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.lastDay()).isEqualTo(LocalDate.of(2026, 5, 22)));
        mvc.perform(get("/api/v1/tasks").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].offenderId").value(hasItem(id)));
        mvc.perform(get("/api/v1/compliance/due").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[?(@.offenderId == '" + id + "')].state").value(hasItem("MISSED")));

        sweep.sweep();
        assertThat(compliance(id).get("cases")).as("a second sweep opens nothing more").hasSize(1);

        clock.set(Instant.parse("2026-05-24T11:00:00Z"));
        notify(id, periodic("INITIAL", "2026-05-24T10:30:00Z"), TestUser.MET_OM)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notification.late").value(true))
                .andExpect(jsonPath("$.notification.lateReason").value(containsString("s.83(1) SOA 2003")))
                .andExpect(jsonPath("$.nextObligation.kind").value("PERIODIC"))
                .andExpect(jsonPath("$.nextObligation.lastDay").value("2027-05-24"))
                .andExpect(jsonPath("$.status").value("COMPLIANT"));
        JsonNode answered = compliance(id);
        assertThat(answered.get("obligations").get(1).get("state").asString()).isEqualTo("MISSED");
        assertThat(answered.get("obligations").get(1).get("metBy").asString())
                .isEqualTo(answered.get("notifications").get(0).get("id").asString());

        String notificationId = answered.get("notifications").get(0).get("id").asString();
        mvc.perform(get("/api/v1/offenders/" + id + "/notifications/" + notificationId).with(as(TestUser.MET_OM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.late").value(true));

        String caseId = answered.get("cases").get(0).get("id").asString();
        mvc.perform(post("/api/v1/compliance/cases/" + caseId + "/close").with(as(TestUser.MET_SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"NOTIFIED_LATE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.closedBy").value("it.met.supervisor"));
        mvc.perform(get("/api/v1/tasks").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')]").isEmpty());
    }

    @Test
    void aNotificationInTimeMeetsTheObligationAndStartsTheYear() throws Exception {
        String id = register(convictedToday());
        clock.set(Instant.parse("2026-05-21T09:00:00Z"));
        notify(id, periodic("INITIAL", "2026-05-21T08:45:00Z"), TestUser.MET_SUPERVISOR)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notification.late").value(false))
                .andExpect(jsonPath("$.nextObligation.lastDay").value("2027-05-21"))
                .andExpect(jsonPath("$.nextObligation.citation").value("s.85(1) SOA 2003"));
        assertThat(compliance(id).get("obligations").get(1).get("state").asString()).isEqualTo("MET");
    }

    @Test
    void aSecondNotificationTheSameDayStillLeavesTheNextYearOpen() throws Exception {
        String id = register(convictedToday());
        clock.set(Instant.parse("2026-05-21T09:00:00Z"));
        notify(id, periodic("INITIAL", "2026-05-21T08:45:00Z"), TestUser.MET_OM).andExpect(status().isCreated());
        notify(id, periodic("PERIODIC", "2026-05-21T08:55:00Z"), TestUser.MET_OM)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextObligation.lastDay").value("2027-05-21"))
                .andExpect(jsonPath("$.nextObligation.state").value("OPEN"));
        JsonNode obligations = compliance(id).get("obligations");
        assertThat(obligations.get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(obligations.get(1).get("state").asString()).isEqualTo("MET");
        assertThat(obligations.get(1).get("lastDay").asString()).isEqualTo("2027-05-21");
    }

    @Test
    void withNoFixedAbodeTheNotificationIsWeekly() throws Exception {
        OffenderFixtures.Builder nfa = convictedToday();
        nfa.addresses = List.of(new Address(AddressType.NO_FIXED_ABODE, null, null, "London", null,
                "The night shelter on Hoe Street", LocalDate.of(2026, 4, 1), null));
        String id = register(nfa);
        notify(id, periodic("INITIAL", "2026-05-20T09:30:00Z"), TestUser.MET_OM)
                .andExpect(jsonPath("$.nextObligation.lastDay").value("2026-05-27"))
                .andExpect(jsonPath("$.nextObligation.citation").value(containsString("SI 2012/1876")))
                .andExpect(jsonPath("$.status").value("DUE_SOON"));
        clock.set(Instant.parse("2026-05-26T12:00:00Z"));
        notify(id, periodic("PERIODIC", "2026-05-26T11:00:00Z"), TestUser.MET_OM)
                .andExpect(jsonPath("$.nextObligation.lastDay").value("2026-06-02"));
    }

    @Test
    void aNotifiedMoveUpdatesTheRecordAndAMoveToNoFixedAbodeMakesItWeekly() throws Exception {
        String id = register(convictedToday());
        notify(id, periodic("INITIAL", "2026-05-20T09:30:00Z"), TestUser.MET_OM).andExpect(status().isCreated());
        clock.set(Instant.parse("2026-06-02T10:00:00Z"));
        Map<String, Object> move = new java.util.HashMap<>(periodic("CHANGE", "2026-06-02T09:00:00Z"));
        move.put("eventDate", "2026-06-01");
        move.put("changes", Map.of("newAddress", Map.of("type", "NO_FIXED_ABODE", "town", "London",
                "placeDescription", "The day centre on Hoe Street", "from", "2026-06-01"),
                "newName", Map.of("givenNames", "Jon", "familyName", "Smythe")));
        notify(id, move, TestUser.MET_OM)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notification.late").value(false))
                .andExpect(jsonPath("$.nextObligation.lastDay").value("2026-06-09"));
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.name.familyName").value("Smythe"))
                .andExpect(jsonPath("$.aliases[*].familyName").value(hasItem("Smith")))
                .andExpect(jsonPath("$.addresses[0].to").value("2026-05-31"))
                .andExpect(jsonPath("$.addresses[1].type").value("NO_FIXED_ABODE"))
                .andExpect(jsonPath("$.updatedBy").value("it.met.om"));

        Map<String, Object> backwards = new java.util.HashMap<>(move);
        backwards.put("changes", Map.of("newAddress", Map.of("type", "HOME", "line1", "3 Hoe Street",
                "town", "London", "postcode", "E17 4QR", "from", "2026-05-01")));
        notify(id, backwards, TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("changes.newAddress.from"));
    }

    @Test
    void aMoveNotifiedInAdvanceLeavesATaskToCheckItHappened() throws Exception {
        String id = register(convictedToday());
        Map<String, Object> advance = new java.util.HashMap<>(periodic("CHANGE", "2026-05-20T09:00:00Z"));
        advance.put("eventDate", "2026-06-10");
        advance.put("changes", Map.of("newAddress", Map.of("type", "HOME", "line1", "3 Hoe Street", "town", "London",
                "postcode", "E17 4QR", "from", "2026-06-10")));
        notify(id, advance, TestUser.MET_OM).andExpect(status().isCreated())
                .andExpect(jsonPath("$.notification.late").value(false));
        mvc.perform(get("/api/v1/tasks").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[?(@.offenderId == '" + id + "')].dueDate").value(hasItem("2026-06-15")))
                .andExpect(jsonPath("$[?(@.offenderId == '" + id + "')].title")
                        .value(hasItem(containsString("s.84(2)-(4) SOA 2003"))));
    }

    @Test
    void anIndefiniteRequirementShowsWhenItCanFirstBeReviewed() throws Exception {
        OffenderFixtures.Builder longSentence = convictedToday();
        longSentence.convictions = List.of(new Conviction("SOA2003-S1", CONVICTED, "Snaresbrook Crown Court",
                Disposal.IMPRISONMENT, 36));
        String id = register(longSentence);
        assertThat(compliance(id).get("reviewQualifyingDate").isNull()).isTrue();
        clock.set(Instant.parse("2026-05-21T09:00:00Z"));
        notify(id, periodic("INITIAL", "2026-05-21T08:30:00Z"), TestUser.MET_OM).andExpect(status().isCreated());
        JsonNode view = compliance(id);
        assertThat(view.get("requirement").get("decision").get("indefinite").asBoolean()).isTrue();
        assertThat(view.get("reviewQualifyingDate").asString()).isEqualTo("2041-05-21");
    }

    @Test
    void custodySuspendsTheDutyUntilReleaseAndReleaseStartsThreeDays() throws Exception {
        OffenderFixtures.Builder inCustody = convictedToday();
        inCustody.status = RecordStatus.IN_CUSTODY;
        inCustody.management = new Management("MET", "it.met.om", null, "HMP-WANDSWORTH");
        String id = register(inCustody);
        JsonNode suspended = compliance(id);
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("currentObligation").get("deadlineAt").isNull()).isTrue();

        clock.set(Instant.parse("2027-11-02T09:00:00Z"));
        sweep.sweep();
        assertThat(compliance(id).get("currentObligation").get("state").asString()).isEqualTo("SUSPENDED");

        inCustody.status = RecordStatus.ACTIVE;
        inCustody.management = new Management("MET", "it.met.om", null, null);
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(inCustody.build())))
                .andExpect(status().isOk());
        JsonNode released = compliance(id);
        assertThat(released.get("currentObligation").get("state").asString()).isEqualTo("OPEN");
        assertThat(released.get("currentObligation").get("lastDay").asString()).isEqualTo("2027-11-04");
        assertThat(released.get("currentObligation").get("citation").asString()).contains("s.83(1), (6)");
    }

    @Test
    void whenTheFinitePeriodHasEndedNoObligationArises() throws Exception {
        OffenderFixtures.Builder cautioned = convictedToday();
        cautioned.convictions = List.of(new Conviction("SOA2003-S3", LocalDate.of(2024, 5, 20),
                "Walthamstow Police Station", Disposal.CAUTION, null));
        String id = register(cautioned);
        JsonNode expired = compliance(id);
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("requirement").get("decision").get("lastDay").asString()).isEqualTo("2026-05-19");
        assertThat(expired.get("currentObligation").isNull()).isTrue();
    }

    @Test
    void aCorrectionIsKeptBesideTheOriginal() throws Exception {
        String id = register(convictedToday());
        String original = json.readTree(notify(id, periodic("INITIAL", "2026-05-20T09:00:00Z"), TestUser.MET_OM)
                .andReturn().getResponse().getContentAsString()).get("notification").get("id").asString();
        Map<String, Object> fixed = new java.util.HashMap<>(periodic("INITIAL", "2026-05-20T09:00:00Z"));
        fixed.put("policeStation", "Chingford Police Station");
        fixed.put("reason", "Wrong station recorded");
        mvc.perform(post("/api/v1/offenders/" + id + "/notifications/" + original + "/corrections")
                        .with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(fixed)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notification.corrects").value(original))
                .andExpect(jsonPath("$.notification.policeStation").value("Chingford Police Station"));
        JsonNode history = compliance(id).get("notifications");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("policeStation").asString()).isEqualTo("Walthamstow Police Station");
        mvc.perform(post("/api/v1/offenders/" + id + "/notifications/" + original + "/corrections")
                        .with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(fixed)))
                .andExpect(status().isConflict());
        fixed.remove("reason");
        String correction = history.get(1).get("id").asString();
        mvc.perform(post("/api/v1/offenders/" + id + "/notifications/" + correction + "/corrections")
                        .with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(fixed)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void badNotificationsNameTheirFieldsAndStoreNothing() throws Exception {
        String id = register(convictedToday());
        notify(id, Map.of("receivedAt", "2026-05-20T09:00:00Z"), TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("policeStation")));
        notify(id, periodic("PERIODIC", "2026-05-21T09:00:00Z"), TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        Map<String, Object> change = new java.util.HashMap<>(periodic("CHANGE", "2026-05-20T09:00:00Z"));
        change.put("eventDate", "2026-05-19");
        notify(id, change, TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("changes"));
        change.put("changes", Map.of("newAddress", Map.of("type", "HOME", "line1", "3 Hoe Street", "town", "London",
                "postcode", "NOT A POSTCODE", "from", "2026-05-19")));
        notify(id, change, TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("changes.newAddress.postcode"));
        assertThat(compliance(id).get("notifications")).isEmpty();
    }

    @Test
    void travelNotifiedLessThanSevenDaysAheadIsLate() throws Exception {
        String id = register(convictedToday());
        Map<String, Object> travel = new java.util.HashMap<>(periodic("TRAVEL", "2026-05-20T09:00:00Z"));
        travel.put("changes", Map.of("travel", Map.of("destinationCountry", "ES", "departureDate", "2026-05-25",
                "returnDate", "2026-06-01")));
        notify(id, travel, TestUser.MET_OM)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notification.late").value(true))
                .andExpect(jsonPath("$.notification.lateReason").value(containsString("7 days")))
                .andExpect(jsonPath("$.nextObligation.kind").value("INITIAL"));
    }

    @Test
    void aSupervisorSeesEachManagersCaseloadWithTheirMissedAndSoonDueCounts() throws Exception {
        int n = SERIAL.incrementAndGet();
        String first = "it.workload.a." + n;
        String second = "it.workload.b." + n;
        users.createIfAbsent(first, "Ada Workload", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.createIfAbsent(second, "Bo Workload", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        List<String> ids = new java.util.ArrayList<>();
        for (String manager : List.of(first, first, second)) {
            OffenderFixtures.Builder b = convictedToday();
            b.management = new Management("MET", manager, null, null);
            ids.add(register(b));
        }
        notify(ids.get(0), periodic("INITIAL", "2026-05-20T09:00:00Z"), TestUser.MET_OM)
                .andExpect(status().isCreated());

        Map<String, JsonNode> rows = workload();
        assertThat(rows.get(first).get("displayName").asString()).isEqualTo("Ada Workload");
        assertThat(List.of(rows.get(first).get("offenders").asInt(), rows.get(first).get("overdue").asInt(),
                rows.get(first).get("dueSoon").asInt())).containsExactly(2, 0, 1);
        assertThat(List.of(rows.get(second).get("offenders").asInt(), rows.get(second).get("overdue").asInt(),
                rows.get(second).get("dueSoon").asInt())).containsExactly(1, 0, 1);

        clock.set(Instant.parse("2026-05-22T23:00:30Z"));
        sweep.sweep();
        rows = workload();
        assertThat(List.of(rows.get(first).get("offenders").asInt(), rows.get(first).get("overdue").asInt(),
                rows.get(first).get("dueSoon").asInt())).containsExactly(2, 1, 0);
        assertThat(rows.get(second).get("overdue").asInt()).isEqualTo(1);
        assertThat(new java.util.ArrayList<>(rows.keySet())).as("the same overdue count: the larger caseload first")
                .containsSubsequence(first, second);
        mvc.perform(get("/api/v1/workload").with(as(TestUser.MET_OM))).andExpect(status().isForbidden());
    }

    private Map<String, JsonNode> workload() throws Exception {
        String body = mvc.perform(get("/api/v1/workload").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        json.readTree(body).forEach(row -> rows.put(row.get("manager").asString(null), row));
        return rows;
    }

    @Test
    void otherAgenciesCannotSeeOrRecordCompliance() throws Exception {
        String id = register(convictedToday());
        for (TestUser user : List.of(TestUser.HERTS_OM, TestUser.ANALYST)) {
            mvc.perform(get("/api/v1/offenders/" + id + "/compliance").with(as(user)))
                    .andExpect(status().isForbidden());
        }
        notify(id, periodic("INITIAL", "2026-05-20T09:00:00Z"), TestUser.HERTS_OM).andExpect(status().isForbidden());
        notify(id, periodic("INITIAL", "2026-05-20T09:00:00Z"), TestUser.PROBATION).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/compliance/due?agency=MET").with(as(TestUser.HERTS_OM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/00000000-0000-0000-0000-000000000009/compliance")
                .with(as(TestUser.MET_OM))).andExpect(status().isNotFound());
    }
}
