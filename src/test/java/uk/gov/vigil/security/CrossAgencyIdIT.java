package uk.gov.vigil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.compliance.application.OverdueSweep;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/**
 * IDOR (ASVS 8.2.2, 8.4.1): a Hertfordshire officer tries every route that names a record with the real ids of a
 * Metropolitan Police offender, their notification, compliance case and whereabouts case. Each is refused (or,
 * for reading the record, answered with the summary), each refusal is audited against the offender, and nothing
 * changes. A companion test fails if a new route with a record id is not in the list.
 */
@Import(TestClockConfiguration.class)
class CrossAgencyIdIT extends IntegrationTestBase {

    /** Routes with path variables that name no other agency's record, and why. */
    private static final Set<String> NOT_RECORD_IDS = Set.of(
            "GET /api/v1/agencies/{code}", "GET /api/v1/offences/{code}",
            "POST /api/v1/rules/{jurisdiction}/notification-period",
            "POST /api/v1/admin/users/{username}/unlock", "POST /api/v1/admin/users/{username}/disable",
            "POST /api/v1/admin/users/{username}/enable", "PUT /api/v1/admin/users/{username}/roles",
            "GET /api/v1/admin/users/{username}", "DELETE /api/v1/account/tokens/{id}",
            // Import jobs belong to an agency, not to an offender; BulkTransferIT refuses another agency's job.
            "GET /api/v1/imports/{id}", "GET /api/v1/imports/{id}/problems");

    /** Routes other agencies may use on a record by design: the summary, and asking for full access with a reason. */
    private static final Set<String> OPEN_TO_OTHER_AGENCIES = Set.of("GET /api/v1/offenders/{id}",
            "POST /api/v1/offenders/{id}/full-access");

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueSweep sweep;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String offender;
    String notification;
    String complianceCase;
    String whereaboutsCase;
    String riskAction;

    @BeforeEach
    void aMetOffenderWithANotificationAndCases() throws Exception {
        clock.set(TestClockConfiguration.START);
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2013,
                ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.convictions = List.of(new Conviction("SOA2003-S3", LocalDate.of(2026, 5, 20), "Snaresbrook Crown Court",
                Disposal.IMPRISONMENT, 24));
        b.management = new Management("MET", "it.met.om", null, null);
        offender = read(mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build()))))
                .get("id").asString();
        clock.set(Instant.parse("2026-05-23T09:00:00Z"));
        sweep.sweep();
        JsonNode compliance = read(mvc.perform(get("/api/v1/offenders/" + offender + "/compliance")
                .with(as(TestUser.MET_OM))));
        complianceCase = compliance.get("cases").get(0).get("id").asString();
        notification = read(mvc.perform(post("/api/v1/offenders/" + offender + "/notifications")
                .with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("type", "INITIAL", "receivedAt", "2026-05-23T08:00:00Z",
                        "policeStation", "Walthamstow Police Station")))))
                .get("notification").get("id").asString();
        whereaboutsCase = read(mvc.perform(post("/api/v1/offenders/" + offender + "/whereabouts-cases")
                .with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"NOT_AT_NOTIFIED_ADDRESS\"}"))).get("id").asString();
        riskAction = read(mvc.perform(post("/api/v1/offenders/" + offender + "/risk-actions")
                .with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("description", "Check the new address",
                        "owner", "PC Jones", "ownerAgency", "MET", "dueOn", "2026-06-30"))))).get("id").asString();
    }

    private JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private List<String[]> attempts() {
        String o = "/api/v1/offenders/" + offender;
        String w = "/api/v1/whereabouts-cases/" + whereaboutsCase;
        List<String[]> list = new ArrayList<>();
        for (String[] route : new String[][] {
            {"PUT", o}, {"GET", o + "/intelligence"}, {"POST", o + "/intelligence"}, {"GET", o + "/restrictions"}, {"PUT", o + "/restrictions"}, {"POST", o + "/merge"}, {"POST", o + "/erasure"}, {"GET", o + "/versions"}, {"GET", o + "/versions/1"}, {"GET", o + "/full-access"},
            {"GET", o + "/compliance"}, {"POST", o + "/notifications"},
            {"GET", o + "/notifications/" + notification},
            {"POST", o + "/notifications/" + notification + "/corrections"},
            {"POST", "/api/v1/compliance/cases/" + complianceCase + "/close"},
            {"POST", o + "/whereabouts-cases"}, {"GET", o + "/whereabouts-cases"}, {"GET", w},
            {"POST", w + "/enquiries"}, {"POST", w + "/whereabouts-unknown"}, {"POST", w + "/wanted"},
            {"POST", w + "/located"}, {"POST", w + "/close"},
            {"PUT", o + "/offender-manager"}, {"GET", o + "/risk"}, {"POST", o + "/risk-assessments"},
            {"POST", o + "/home-visits"}, {"POST", o + "/reactive-management"},
            {"POST", o + "/reactive-management/end"}, {"PUT", o + "/mappa"}, {"POST", o + "/mappa-meetings"},
            {"POST", o + "/risk-actions"}, {"POST", "/api/v1/risk-actions/" + riskAction + "/status"}}) {
            list.add(route);
        }
        return list;
    }

    @Test
    void everyRouteRefusesAnotherAgencysIdsAuditsTheRefusalAndChangesNothing() throws Exception {
        String before = read(mvc.perform(get("/api/v1/offenders/" + offender).with(as(TestUser.MET_OM))))
                .toString();
        long refusalsBefore = refusals();
        for (String[] attempt : attempts()) {
            mvc.perform(request(HttpMethod.valueOf(attempt[0]), attempt[1]).with(as(TestUser.HERTS_OM))
                            .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(attempt[0] + " " + attempt[1]).isEqualTo(403));
        }
        mvc.perform(get("/api/v1/offenders/" + offender).with(as(TestUser.HERTS_OM)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.access").value("SUMMARY"));

        assertThat(refusals() - refusalsBefore).isEqualTo(attempts().size());
        assertThat(read(mvc.perform(get("/api/v1/offenders/" + offender).with(as(TestUser.MET_OM)))).toString())
                .isEqualTo(before);
    }

    @Test
    void everyRouteThatNamesARecordIsTriedAbove() {
        List<String> tried = attempts().stream().map(a -> a[0] + " " + a[1]).toList();
        List<String> untried = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString();
                if (!path.startsWith("/api/") || !path.contains("{")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String route = method + " " + path;
                    boolean found = OPEN_TO_OTHER_AGENCIES.contains(route) || NOT_RECORD_IDS.contains(route)
                            || tried.stream().anyMatch(t -> t.startsWith(method + " ")
                                    && pattern.matches(PathContainer.parsePath(t.substring(t.indexOf(' ') + 1))));
                    if (!found) {
                        untried.add(route);
                    }
                }
            }
        });
        assertThat(untried).isEmpty();
    }

    private long refusals() {
        return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_REFUSED' and actor = 'it.herts.om'"
                        + " and (offender_id = :o or object_id in (:ids))")
                .param("o", UUID.fromString(offender))
                .param("ids", List.of(offender, notification, complianceCase, whereaboutsCase, riskAction))
                .query(Long.class).single();
    }
}
