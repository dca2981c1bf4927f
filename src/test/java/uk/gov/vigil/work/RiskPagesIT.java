package uk.gov.vigil.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.risk.application.RiskInputs;
import uk.gov.vigil.risk.application.RiskService;
import uk.gov.vigil.risk.application.RiskService.RiskView;
import uk.gov.vigil.risk.domain.ActionStatus;
import uk.gov.vigil.risk.domain.MappaCategory;
import uk.gov.vigil.risk.domain.MappaLevel;
import uk.gov.vigil.risk.domain.RiskAction;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.RiskTool;
import uk.gov.vigil.risk.domain.VisitOutcome;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.SessionCookie;

/** The risk management pages, through MockMvc: forms, the record's risk section, My work and the team caseload. */
class RiskPagesIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    OffenderService offenders;

    @Autowired
    RiskService risk;

    /** A Met offender manager of this test's own, so their lists hold only this test's offenders. */
    VigilUser manager;
    VigilUser supervisor;
    int n;

    @BeforeEach
    void aManagerOfTheirOwn() {
        n = ThreadLocalRandom.current().nextInt(10_000_000);
        String username = "it.risk.om." + n;
        users.createIfAbsent(username, "Risk Manager " + n, "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        manager = users.find(username).orElseThrow();
        supervisor = TestUser.MET_SUPERVISOR.vigilUser();
    }

    /** An active Met offender convicted yesterday, so no notification has been missed yet. */
    UUID offender(String familyName) {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2018,
                ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000)));
        b.name = new PersonName("Riley", familyName);
        b.convictions = List.of(new Conviction("SOA2003-S3", TODAY.minusDays(1), "Wood Green Crown Court",
                Disposal.OTHER, null));
        b.management = new Management("MET", manager.username(), null, null);
        return offenders.register(b.build(), TestUser.MET_OM.vigilUser()).id().value();
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String prefix, LocalDate d) {
        return request.param(prefix + "-day", String.valueOf(d.getDayOfMonth()))
                .param(prefix + "-month", String.valueOf(d.getMonthValue()))
                .param(prefix + "-year", String.valueOf(d.getYear()));
    }

    String page(String path, VigilUser u) throws Exception {
        return mvc.perform(get(path).with(as(u))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The text of the page from the element with the id to the next closing tag named. */
    static String part(String html, String id, String closing) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isNotNegative();
        return html.substring(start, html.indexOf(closing, start));
    }

    RiskInputs.Assessment assessment(RiskLevel level, LocalDate on, LocalDate review) {
        return new RiskInputs.Assessment(RiskTool.RISK_MATRIX_2000, null, on, "DS Assessor", "/S High", level,
                review, null);
    }

    @Test
    void aHomeVisitIsRecordedThroughTheFormAndShownOnTheRecord() throws Exception {
        UUID id = offender("Visitform" + n);
        assertThat(page("/offenders/" + id + "/home-visits/new", manager)).contains("Record a home visit",
                "name=\"_csrf\"", "id=\"visitedOn-day\"");

        mvc.perform(date(post("/offenders/" + id + "/home-visits"), "visitedOn", TODAY).with(as(manager))
                        .param("officers", "PC 123 Smith\r\nDC 45 Jones\r\n")
                        .param("announced", "no").param("outcome", "SEEN").param("photographsTaken", "true")
                        .param("concerns", "New partner with a child at the address"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));

        assertThat(risk.view(id, manager).visits()).singleElement().satisfies(v -> {
            assertThat(v.officers()).containsExactly("PC 123 Smith", "DC 45 Jones");
            assertThat(v.announced()).isFalse();
            assertThat(v.photographsTaken()).isTrue();
        });
        String visits = part(page("/offenders/" + id, manager), "visits", "</table>");
        assertThat(visits).contains("Seen, photographs taken", "PC 123 Smith, DC 45 Jones",
                "New partner with a child at the address");
    }

    @Test
    void aBadDateOrAMissingAnswerNamesTheFieldAndStoresNothing() throws Exception {
        UUID id = offender("Baddate" + n);
        String html = mvc.perform(post("/offenders/" + id + "/home-visits").with(as(manager))
                        .param("visitedOn-day", "31").param("visitedOn-month", "2").param("visitedOn-year", "2026")
                        .param("officers", "PC 1").param("announced", "yes").param("outcome", "SEEN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(part(html, "main-content", "</main>")).contains("govuk-error-summary", "href=\"#visitedOn-day\"",
                "Date of the visit must be a real date");

        html = mvc.perform(date(post("/offenders/" + id + "/home-visits"), "visitedOn", TODAY).with(as(manager))
                        .param("officers", " ").param("announced", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#officers\"", "Officers is required", "href=\"#outcome\"",
                "Outcome is required", "id=\"outcome-error\"");

        html = mvc.perform(date(post("/offenders/" + id + "/risk-assessments"), "assessedOn", TODAY)
                        .with(as(manager)).param("tool", "ARMS").param("level", "HIGH").param("assessor", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#assessor\"", "Assessor is required");

        RiskView view = risk.view(id, manager);
        assertThat(view.visits()).isEmpty();
        assertThat(view.assessments()).isEmpty();
    }

    @Test
    void anAssessmentIsRecordedAndTheRecordShowsLevelReviewVisitAndPriority() throws Exception {
        UUID id = offender("Assessed" + n);
        assertThat(page("/offenders/" + id + "/risk-assessments/new", manager)).contains("Record a risk assessment",
                "Risk Matrix 2000", "Very high");
        mvc.perform(date(date(post("/offenders/" + id + "/risk-assessments"), "assessedOn", TODAY.minusYears(2)),
                        "nextReviewOn", TODAY.minusYears(1)).with(as(manager))
                        .param("tool", "RISK_MATRIX_2000").param("assessor", "DS Assessor").param("score", "/S V High")
                        .param("level", "VERY_HIGH").param("notes", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));

        String html = page("/offenders/" + id, manager);
        assertThat(html).contains("href=\"#risk\">Risk management</a>");
        assertThat(part(html, "risk-level", "</dd>")).contains("Very high", "Risk Matrix 2000", "/S V High",
                "DS Assessor");
        assertThat(part(html, "risk-review", "</dd>")).contains("Overdue");
        assertThat(part(html, "next-visit", "</dd>")).contains("Overdue", "Very high risk: visit monthly");
        assertThat(part(html, "priority-factors", "</table>")).contains("Very high risk of serious harm", ">40<");
        assertThat(html).contains("id=\"record-visit\"", "id=\"record-assessment\"", "id=\"add-action\"")
                .doesNotContain("id=\"change-mappa\"").doesNotContain("id=\"reactive\"");
        assertThat(risk.view(id, manager).current()).hasValueSatisfying(a -> {
            assertThat(a.level()).isEqualTo(RiskLevel.VERY_HIGH);
            assertThat(a.nextReviewOn()).isEqualTo(TODAY.minusYears(1));
        });
    }

    @Test
    void twoFailedAttemptsToGetInWarnOfWarrantGrounds() throws Exception {
        UUID id = offender("Warrant" + n);
        risk.recordAssessment(id, assessment(RiskLevel.HIGH, TODAY.minusMonths(6), null), manager);
        assertThat(page("/offenders/" + id, manager)).doesNotContain("id=\"warrant-grounds\"");
        for (VisitOutcome outcome : List.of(VisitOutcome.NOT_SEEN, VisitOutcome.REFUSED_ENTRY)) {
            risk.recordVisit(id, new RiskInputs.Visit(TODAY.minusDays(3), List.of("PC 1"), false, outcome, null,
                    false), manager);
        }
        assertThat(part(page("/offenders/" + id, manager), "warrant-grounds", "</strong>")).contains(
                "2 failed attempts to gain entry since the last completed visit: grounds to apply for a warrant "
                        + "under s.96B SOA 2003");
    }

    @Test
    void theMappaArrangementIsSetAndAChangeMadeMeanwhileIsShownNotOverwritten() throws Exception {
        UUID id = offender("Mappa" + n);
        VigilUser coordinator = TestUser.MAPPA.vigilUser();
        assertThat(page("/offenders/" + id + "/mappa", coordinator)).contains("name=\"version\" value=\"\"");
        mvc.perform(date(post("/offenders/" + id + "/mappa"), "since", TODAY).with(as(coordinator))
                        .param("version", "").param("category", "CATEGORY_1").param("level", "LEVEL_2")
                        .param("leadAgency", "MET"))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));
        assertThat(part(page("/offenders/" + id, coordinator), "mappa", "</dd>"))
                .contains("Category 1 (Registered sexual offender), level 2, led by MET");
        assertThat(page("/offenders/" + id + "/mappa", coordinator)).contains("name=\"version\" value=\"1\"");

        risk.setArrangement(id, 1L, new RiskInputs.Arrangement(MappaCategory.CATEGORY_1, MappaLevel.LEVEL_3, "MET",
                TODAY), supervisor);
        String html = mvc.perform(date(post("/offenders/" + id + "/mappa"), "since", TODAY)
                        .with(as(coordinator)).param("version", "1").param("category", "CATEGORY_2")
                        .param("level", "LEVEL_1").param("leadAgency", "PR-LON"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "href=\"#category\"",
                supervisor.username() + " changed the MAPPA arrangement", "name=\"version\" value=\"2\"");
        assertThat(risk.view(id, coordinator).mappa()).hasValueSatisfying(m -> {
            assertThat(m.level()).isEqualTo(MappaLevel.LEVEL_3);
            assertThat(m.category()).isEqualTo(MappaCategory.CATEGORY_1);
        });

        html = mvc.perform(post("/offenders/" + id + "/mappa").with(as(coordinator)).param("version", "2")
                        .param("category", "CATEGORY_1").param("level", "LEVEL_3").param("leadAgency", "MET")
                        .param("since-day", "").param("since-month", "").param("since-year", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#since-day\"", "Date is required");
    }

    @Test
    void aMeetingIsRecordedWithItsAttendeesAndActionsAndBlankRowsAreLeftOut() throws Exception {
        UUID id = offender("Meeting" + n);
        risk.setArrangement(id, null, new RiskInputs.Arrangement(MappaCategory.CATEGORY_1, MappaLevel.LEVEL_2, "MET",
                TODAY.minusMonths(1)), supervisor);
        assertThat(page("/offenders/" + id + "/mappa-meetings/new", supervisor)).contains("Record a MAPPA meeting",
                "id=\"attendee-5-name\"", "id=\"action-2-dueOn-day\"");

        String bad = mvc.perform(date(post("/offenders/" + id + "/mappa-meetings"), "heldOn", TODAY)
                        .with(as(supervisor)).param("level", "LEVEL_2")
                        .param("attendee-0-agency", "MET").param("attendee-0-name", "DS Brown, police")
                        .param("attendee-2-name", "Ms Green, probation")
                        .param("minutes", "Discussed the new address")
                        .param("action-1-description", "Check the address").param("action-1-owner", "DS Brown")
                        .param("action-1-ownerAgency", "MET").param("action-1-dueOn-day", "40")
                        .param("action-1-dueOn-month", "1").param("action-1-dueOn-year", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("href=\"#action-1-dueOn-day\"", "Action 2 due date must be a real date");

        bad = mvc.perform(date(post("/offenders/" + id + "/mappa-meetings"), "heldOn", TODAY)
                        .with(as(supervisor)).param("level", "LEVEL_2")
                        .param("attendee-0-agency", "MET").param("attendee-0-name", "DS Brown, police")
                        .param("attendee-2-name", "Ms Green, probation")
                        .param("minutes", "Discussed the new address"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("href=\"#attendee-2-agency\"", "Attendee 3 agency is required");
        assertThat(risk.view(id, supervisor).meetings()).isEmpty();

        mvc.perform(date(date(post("/offenders/" + id + "/mappa-meetings"), "heldOn", TODAY), "action-0-dueOn",
                        TODAY.plusDays(7)).with(as(supervisor)).param("level", "LEVEL_2")
                        .param("attendee-0-agency", "MET").param("attendee-0-name", "DS Brown, police")
                        .param("attendee-3-agency", "PR-LON").param("attendee-3-name", "Ms Green, probation")
                        .param("minutes", "Discussed the new address")
                        .param("action-0-description", "Check the address").param("action-0-owner", "DS Brown")
                        .param("action-0-ownerAgency", "MET").param("action-0-ownerUsername", manager.username()))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));
        RiskView view = risk.view(id, supervisor);
        assertThat(view.meetings()).singleElement().satisfies(m -> assertThat(m.attendees())
                .extracting(a -> a.agencyCode() + "/" + a.name())
                .containsExactly("MET/DS Brown, police", "PR-LON/Ms Green, probation"));
        assertThat(view.actions()).singleElement().satisfies(a -> {
            assertThat(a.ownerUsername()).isEqualTo(manager.username());
            assertThat(a.meetingId()).isEqualTo(view.meetings().get(0).id());
        });
    }

    @Test
    void aPlanActionIsAddedThenMarkedDoneAndAStaleChangeIsReported() throws Exception {
        UUID id = offender("Action" + n);
        assertThat(page("/offenders/" + id + "/risk-actions/new", manager)).contains("Add a risk management plan");
        mvc.perform(date(post("/offenders/" + id + "/risk-actions"), "dueOn", TODAY.plusDays(10))
                        .with(as(manager)).param("description", "Refer to the housing team")
                        .param("owner", "PC Owner").param("ownerAgency", "MET").param("ownerUsername", ""))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));
        RiskAction action = risk.view(id, manager).actions().get(0);
        assertThat(part(page("/offenders/" + id, manager), "open-actions", "</table>"))
                .contains("Refer to the housing team", "PC Owner, MET", "Mark done",
                        "name=\"version\" value=\"1\"");

        mvc.perform(post("/risk-actions/" + action.id() + "/status").with(as(manager))
                        .param("status", "DONE").param("version", "1").param("offender", id.toString()))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));
        assertThat(risk.view(id, manager).actions().get(0).status()).isEqualTo(ActionStatus.DONE);

        MvcResult stale = mvc.perform(post("/risk-actions/" + action.id() + "/status").with(as(manager))
                        .param("status", "CANCELLED").param("version", "1").param("offender", id.toString()))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk")).andReturn();
        assertThat(stale.getFlashMap().get("riskErrors").toString()).contains(manager.username()
                + " changed the action");
        assertThat(risk.view(id, manager).actions().get(0).status()).isEqualTo(ActionStatus.DONE);

        String missing = mvc.perform(post("/offenders/" + id + "/risk-actions").with(as(manager))
                        .param("description", "Another").param("owner", "").param("ownerAgency", "MET"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("href=\"#owner\"", "Owner is required", "href=\"#dueOn-day\"",
                "Due date is required");
        assertThat(risk.view(id, manager).actions()).hasSize(1);
    }

    @Test
    void aSupervisorStartsAndEndsReactiveManagementWhenTheOffenderIsEligible() throws Exception {
        UUID id = offender("Reactive" + n);
        String notEligible = page("/offenders/" + id + "/reactive-management", supervisor);
        assertThat(part(notEligible, "not-eligible", "</div>")).contains("no risk assessment is recorded");
        assertThat(notEligible).doesNotContain("id=\"start-reactive\"");
        mvc.perform(get("/offenders/" + id + "/reactive-management").with(as(manager)))
                .andExpect(status().isForbidden());

        risk.recordAssessment(id, assessment(RiskLevel.LOW, TODAY.minusYears(4), TODAY.plusMonths(6)), manager);
        assertThat(page("/offenders/" + id + "/reactive-management", supervisor)).contains("id=\"start-reactive\"");
        assertThat(mvc.perform(post("/offenders/" + id + "/reactive-management").with(as(supervisor))
                        .param("reason", " ")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("href=\"#reason\"", "Reason is required");
        mvc.perform(post("/offenders/" + id + "/reactive-management").with(as(supervisor))
                        .param("reason", "Low risk since 2022, stable address, always notifies on time"))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));
        assertThat(part(page("/offenders/" + id, supervisor), "next-visit", "</dd>"))
                .contains("Under reactive management since");

        mvc.perform(post("/offenders/" + id + "/reactive-management/end").with(as(supervisor))
                        .param("endReason", "New partner with children"))
                .andExpect(redirectedUrl("/offenders/" + id + "#risk"));
        assertThat(risk.view(id, supervisor).reactive()).isEmpty();
    }

    @Test
    void anotherAgencysOfficerCannotOpenOrUseTheForms() throws Exception {
        UUID id = offender("Elsewhere" + n);
        VigilUser herts = TestUser.HERTS_OM.vigilUser();
        for (String form : List.of("home-visits/new", "risk-assessments/new", "risk-actions/new", "mappa",
                "mappa-meetings/new", "reactive-management")) {
            mvc.perform(get("/offenders/" + id + "/" + form).with(as(herts)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(date(post("/offenders/" + id + "/home-visits"), "visitedOn", TODAY).with(as(herts))
                        .param("officers", "PC 1").param("announced", "yes").param("outcome", "SEEN"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/offenders/" + id + "/home-visits/new").with(as(TestUser.MAPPA.vigilUser())))
                .andExpect(status().isForbidden());
        assertThat(risk.view(id, manager).visits()).isEmpty();
    }

    @Test
    void myWorkPutsTheHighestPriorityFirstAndListsTheRiskTasks() throws Exception {
        UUID low = offender("Lowrisk" + n);
        UUID high = offender("Highrisk" + n);
        risk.recordAssessment(low, assessment(RiskLevel.LOW, TODAY.minusMonths(1), null), manager);
        risk.recordAssessment(high, assessment(RiskLevel.VERY_HIGH, TODAY.minusMonths(3), null), manager);

        String html = page("/", manager);
        String list = part(html, "priorities", "</table>");
        assertThat(list.indexOf("Highrisk" + n)).isNotNegative().isLessThan(list.indexOf("Lowrisk" + n));
        assertThat(list).contains("Very high risk of serious harm (40)", "Overdue");
        String tasks = part(html, "task-list", "</ul>");
        assertThat(tasks).contains("Home visit: Highrisk" + n + ", Riley", "Overdue",
                "href=\"/offenders/" + high + "\"");
        assertThat(html).doesNotContain("id=\"caseload-link\"");
        assertThat(page("/", supervisor)).contains("id=\"caseload-link\"", "href=\"/caseload\">Team caseload</a>");
    }

    @Test
    void theCaseloadIsForSupervisorsAndShowsEachManagersCounts() throws Exception {
        UUID first = offender("Counted" + n);
        offender("Counted" + n);
        risk.recordAssessment(first, assessment(RiskLevel.HIGH, TODAY.minusMonths(1), null), manager);

        mvc.perform(get("/caseload").with(as(TestUser.MET_OM.vigilUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/caseload").with(as(manager))).andExpect(status().isForbidden());

        String html = page("/caseload", supervisor);
        int at = html.indexOf("data-manager=\"" + manager.username() + "\"");
        assertThat(at).as("a row for the manager").isNotNegative();
        String row = html.substring(at, html.indexOf("</tr>", at)).replaceAll("\\s+", "");
        assertThat(row).contains("RiskManager" + n, "<span>2</span>")
                .as("one of the two never assessed").endsWith(">1</td>");
        assertThat(html).contains("id=\"unassigned-row\"", "Counted" + n, "name=\"version-" + first + "\"");
    }

    @Test
    void aSupervisorReassignsTheChosenOffendersAndOneChangedMeanwhileIsReportedNotOverwritten() throws Exception {
        UUID moves = offender("Moves" + n);
        UUID changed = offender("Changed" + n);
        String colleague = "it.risk.om2." + n;
        users.createIfAbsent(colleague, "Colleague " + n, "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        long movesVersion = record(moves).version();
        long seenVersion = record(changed).version();
        offenders.reassign(new OffenderId(changed), seenVersion, null, supervisor);

        SessionCookie session = new SessionCookie();
        MvcResult result = mvc.perform(post("/caseload/reassign").with(as(supervisor))
                        .param("offender", moves.toString(), changed.toString()).param("manager", colleague)
                        .param("version-" + moves, String.valueOf(movesVersion))
                        .param("version-" + changed, String.valueOf(seenVersion)))
                .andExpect(redirectedUrl("/caseload")).andDo(session).andReturn();
        TeamCaseloadPageController.Outcome outcome = (TeamCaseloadPageController.Outcome) result.getFlashMap()
                .get("outcome");
        assertThat(outcome.reassigned()).containsExactly("Moves" + n + ", Riley");
        assertThat(outcome.changedMeanwhile()).singleElement().asString().startsWith("Changed" + n + ", Riley")
                .contains("changed by " + supervisor.username());
        assertThat(record(moves).details().management().offenderManager()).isEqualTo(colleague);
        assertThat(record(changed).details().management().offenderManager()).isNull();

        // The outcome crosses the redirect in the session, which is kept in the database, as for a browser.
        String shown = mvc.perform(get("/caseload").with(as(supervisor)).with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(part(shown, "outcome", "</main>")).contains("Reassigned to " + colleague + ": Moves" + n,
                "Not reassigned, because someone changed the record", "Changed" + n + ", Riley");

        mvc.perform(post("/caseload/reassign").with(as(supervisor)).param("manager", colleague))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select the offenders to reassign")));
        mvc.perform(post("/caseload/reassign").with(as(manager)).param("offender", moves.toString())
                        .param("manager", "").param("version-" + moves, "1"))
                .andExpect(status().isForbidden());
    }

    OffenderRecord record(UUID id) {
        return offenders.findWithoutAccessCheck(new OffenderId(id)).orElseThrow();
    }
}
