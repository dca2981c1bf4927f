package uk.gov.vigil.offender.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;

/** Merging two records of the same person: everything moves to the kept one, and the other id leads there. */
class MergeIT extends IntegrationTestBase {

    @Autowired
    OffenderService offenders;

    @Autowired
    ComplianceService compliance;

    @Autowired
    WhereaboutsService whereabouts;

    @Autowired
    SearchService search;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    OffenderRecord kept;
    OffenderRecord other;
    String family;

    @BeforeEach
    void twoRecordsOfOnePerson() {
        StringBuilder name = new StringBuilder("M");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        family = name.toString();
        OffenderFixtures.Builder a = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2012, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        a.name = new PersonName("Peter", family);
        a.aliases = List.of();
        a.management = new Management("MET", null, null, null);
        kept = offenders.register(a.build(), TestUser.MET_OM.vigilUser());
        OffenderFixtures.Builder b = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2013, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.name = new PersonName("Pete", family + "-Walsh");
        b.aliases = List.of();
        b.dateOfBirth = a.dateOfBirth.plusDays(1);
        b.management = new Management("HRT", null, null, null);
        other = offenders.register(b.build(), TestUser.HERTS_OM.vigilUser());
        compliance.recordNotification(other.id().value(), new NotificationInput(NotificationType.INITIAL,
                Instant.now().minusSeconds(3600), "Watford Police Station", null, null, null),
                TestUser.HERTS_OM.vigilUser());
        whereabouts.open(other.id().value(), OpeningReason.NOT_AT_NOTIFIED_ADDRESS, null,
                TestUser.HERTS_OM.vigilUser());
    }

    private ResultActions merge(TestUser as, String ifMatch, long otherVersion, String reason) throws Exception {
        return mvc.perform(post("/api/v1/offenders/" + kept.id().value() + "/merge").with(as(as))
                .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("mergedId", other.id().value().toString(),
                        "mergedVersion", otherVersion, "reason", reason))));
    }

    @Test
    void everythingMovesToTheKeptRecordAndTheOtherIdLeadsThere() throws Exception {
        String keptId = kept.id().value().toString();
        String otherId = other.id().value().toString();
        merge(TestUser.ADMIN, "\"" + kept.version() + "\"", other.version(), "Same fingerprints (PNC check)")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aliases[0].familyName").value(family + "-Walsh"))
                .andExpect(jsonPath("$.aliasDatesOfBirth[0]").value(other.details().dateOfBirth().toString()));

        mvc.perform(get("/api/v1/offenders/" + otherId).with(as(TestUser.MET_OM)))
                .andExpect(status().isPermanentRedirect())
                .andExpect(header().string("Location", "/api/v1/offenders/" + keptId))
                .andExpect(jsonPath("$.keptId").value(keptId));
        mvc.perform(get("/api/v1/offenders/" + keptId + "/compliance").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.notifications[0].policeStation").value("Watford Police Station"));
        assertThat(whereabouts.casesOf(kept.id().value(), TestUser.MET_OM.vigilUser())).hasSize(1);

        var found = search.search(new SearchService.Query("Pete", family + "-Walsh", null, null, null, null, null,
                null, null, null), TestUser.MET_OM.vigilUser()).results();
        assertThat(found.get(0).summary().id()).isEqualTo(kept.id());
        assertThat(found).noneMatch(r -> r.summary().id().equals(other.id()));

        assertThat(jdbc.sql("select object_id || ' ' || category || ' ' || reason from audit_event"
                        + " where action = 'RECORDS_MERGED' and object_id in (:ids) order by reason")
                .param("ids", List.of(keptId, otherId)).query(String.class).list())
                .containsExactly(keptId + " COMBINATION kept; merged " + otherId,
                        otherId + " COMBINATION merged into " + keptId);

        merge(TestUser.ADMIN, "\"" + (kept.version() + 1) + "\"", other.version() + 1, "again")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already been merged")));
    }

    @Test
    void aMergeNeedsTheVersionsReadAReasonAndAnAdministrator() throws Exception {
        merge(TestUser.ADMIN, "\"" + (kept.version() + 7) + "\"", other.version(), "Same person")
                .andExpect(status().isPreconditionFailed());
        merge(TestUser.ADMIN, "\"" + kept.version() + "\"", other.version(), " ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        merge(TestUser.MET_SUPERVISOR, "\"" + kept.version() + "\"", other.version(), "Same person")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + other.id().value()).with(as(TestUser.HERTS_OM)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
    }
}
