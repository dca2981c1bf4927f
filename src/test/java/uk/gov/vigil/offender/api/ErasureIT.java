package uk.gov.vigil.offender.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.vigil.support.SecondFactor.nextCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.offender.OffenderErased;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Restrictions;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SecondFactor;
import uk.gov.vigil.support.TestClockConfiguration;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;

/**
 * Erasing a record: everything held about the offender goes, in every module's tables, with the records merged
 * into it; only the id's erasure and the audit rows, which hold no personal data, remain. It needs an
 * administrator, the version read, a reason the rules allow, and the second factor again; and it is all or nothing.
 */
@Import({TestClockConfiguration.class, ErasureIT.FailingErasure.class})
class ErasureIT extends IntegrationTestBase {


    /** Tables that may name an erased id: the audit trail and the erasure's own row. */
    private static final Set<String> KEPT = Set.of("audit_event", "erased_record");

    @Autowired
    MutableClock clock;

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

    VigilUser admin;
    String marker;
    OffenderRecord record;
    OffenderRecord duplicate;

    /** A listener that fails for the ids a test names, after the other modules have deleted their rows. */
    @TestConfiguration
    static class FailingErasure {

        static final Set<UUID> POISONED = ConcurrentHashMap.newKeySet();

        @EventListener
        void on(OffenderErased event) {
            if (POISONED.contains(event.offenderId())) {
                throw new IllegalStateException("simulated failure while erasing");
            }
        }
    }

    @BeforeEach
    void aRecordWithEverythingAModuleCanHoldAndADuplicateMergedIntoIt() throws Exception {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        String username = "it.erasure.admin." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Erasing administrator", "NCA", EnumSet.of(Role.ADMIN), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SecondFactor.SECRET);
        admin = users.find(username).orElseThrow();

        StringBuilder name = new StringBuilder("Zq");
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        marker = name.toString();
        record = register(new PersonName("Oswin", marker), 2011);
        duplicate = register(new PersonName("Ozzy", marker), 2012);
        offenders.merge(record.id(), record.version(), duplicate.id(), duplicate.version(), "Same fingerprints",
                TestUser.ADMIN.vigilUser());
        UUID id = record.id().value();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));

        compliance.recordNotification(id, new NotificationInput(NotificationType.PERIODIC,
                clock.instant().minusSeconds(3600), "Hackney Police Station", null, null, null),
                TestUser.MET_OM.vigilUser());
        whereabouts.open(id, OpeningReason.NOT_AT_NOTIFIED_ADDRESS, null, TestUser.MET_OM.vigilUser());
        send("/api/v1/offenders/" + id + "/intelligence", Map.of("text", "Seen with " + marker + "'s brother"),
                as(TestUser.MET_OM)).andExpect(status().isCreated());
        send("/api/v1/offenders/" + id + "/risk-assessments", Map.of("tool", "ARMS", "assessedOn",
                today.minusDays(3).toString(), "assessor", "DC Patel", "level", "HIGH"), as(TestUser.MET_OM))
                .andExpect(status().isCreated());
        send("/api/v1/offenders/" + id + "/home-visits", Map.of("visitedOn", today.minusDays(1).toString(),
                "officers", List.of("DC Patel"), "announced", false, "outcome", "SEEN"),
                as(TestUser.MET_OM)).andExpect(status().isCreated());
        send("/api/v1/offenders/" + id + "/full-access", Map.of("reason", "MAPPA_MEETING", "explanation",
                "Meeting about " + marker), as(TestUser.HERTS_OM)).andExpect(status().is2xxSuccessful());
        offenders.restrict(record.id(), new Restrictions(Set.of(), Set.of(TestUser.MET_SUPERVISOR.username)),
                TestUser.ADMIN.vigilUser());
        record = offenders.findWithoutAccessCheck(record.id()).orElseThrow();
    }

    private OffenderRecord register(PersonName name, int pncYear) {
        OffenderFixtures.Builder b = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(pncYear, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.name = name;
        b.aliases = List.of();
        b.management = new Management("MET", "it.met.om", null, null);
        return offenders.register(b.build(), TestUser.MET_OM.vigilUser());
    }

    private ResultActions send(String path, Object body, RequestPostProcessor by) throws Exception {
        return mvc.perform(post(path).with(by).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private ResultActions erase(VigilUser user, String ifMatch, String reason, String reference, String code)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("decisionReference", reference);
        body.put("code", code);
        var request = post("/api/v1/offenders/" + record.id().value() + "/erasure")
                .with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private String current() {
        return "\"" + record.version() + "\"";
    }


    /** Rows in every table but the kept ones that hold the id in a uuid column, or the marker name in text. */
    private List<String> rowsStillNaming(UUID id) {
        List<String> found = new ArrayList<>();
        var columns = jdbc.sql("""
                select table_name, column_name, lower(data_type) from information_schema.columns
                where table_schema = 'public' and lower(data_type) in ('uuid', 'character varying', 'text',
                    'character large object')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] c : columns) {
            if (c[0].startsWith("flyway") || c[0].startsWith("spring_session")) {
                continue;
            }
            boolean uuid = c[2].equals("uuid");
            if (uuid && KEPT.contains(c[0])) {
                continue;
            }
            String where = uuid ? c[1] + " = :v" : "lower(cast(" + c[1] + " as varchar(100000))) like :v";
            long n = jdbc.sql("select count(*) from " + c[0] + " where " + where)
                    .param("v", uuid ? id : "%" + marker.toLowerCase(java.util.Locale.ROOT) + "%")
                    .query(Long.class).single();
            if (n > 0) {
                found.add(c[0] + "." + c[1]);
            }
        }
        return found;
    }

    @Test
    void nothingAboutTheOffenderRemainsButTheErasureAndItsAuditRows() throws Exception {
        UUID id = record.id().value();
        UUID merged = duplicate.id().value();
        assertThat(rowsStillNaming(id)).contains("offender.id", "offender.family_name", "notification.offender_id",
                "offender_revision.offender_id", "intelligence_note.offender_id", "intelligence_note.text",
                "risk_assessment.offender_id", "home_visit.offender_id", "full_access_grant.offender_id",
                "record_restriction.offender_id", "whereabouts_case.offender_id", "offender_merge.kept_id",
                "task.offender_id", "name_key.offender_id");

        erase(admin, current(), "RECORDED_IN_ERROR", "DPO-2026-114", nextCode(clock))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erased[0]").value(merged.toString()))
                .andExpect(jsonPath("$.erased[1]").value(id.toString()));

        assertThat(rowsStillNaming(id)).isEmpty();
        assertThat(rowsStillNaming(merged)).isEmpty();
        for (UUID gone : List.of(id, merged)) {
            mvc.perform(get("/api/v1/offenders/" + gone).with(as(TestUser.MET_OM)))
                    .andExpect(status().isGone())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Recorded in error")));
        }
        // Other tests' records can share a phonetic key with the marker, so look for these two ids only.
        assertThat(search.search(new SearchService.Query(null, marker, null, null, null, null, null, null, null,
                null), TestUser.MET_OM.vigilUser()).results())
                .extracting(r -> r.summary().id().toString())
                .doesNotContain(id.toString(), merged.toString());
        assertThat(jdbc.sql("select object_id || ' ' || category || ' ' || outcome || ' ' || reason from audit_event"
                        + " where action = 'OFFENDER_ERASED' and object_id in (:ids) order by object_id")
                .param("ids", List.of(id.toString(), merged.toString())).query(String.class).list())
                .containsExactlyInAnyOrder(id + " ERASURE ALLOWED RECORDED_IN_ERROR",
                        merged + " ERASURE ALLOWED RECORDED_IN_ERROR; merged into " + id);
        assertThat(jdbc.sql("select reason || ' ' || decision_reference || ' ' || erased_by from erased_record"
                + " where offender_id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RECORDED_IN_ERROR DPO-2026-114 " + admin.username());
    }

    @Test
    void erasureNeedsTheSecondFactorTheVersionReadAReasonTheRulesAllowAndAnAdministrator() throws Exception {
        erase(admin, current(), "RECORDED_IN_ERROR", "DPO-1", null).andExpect(status().isForbidden());
        erase(admin, current(), "RECORDED_IN_ERROR", "DPO-1", "000000").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OFFENDER_ERASED' and outcome = 'REFUSED'"
                + " and actor = :a and reason = 'step-up failed'").param("a", admin.username())
                .query(Long.class).single()).isEqualTo(2);

        erase(admin, null, "RECORDED_IN_ERROR", "DPO-1", nextCode(clock)).andExpect(status().isPreconditionRequired());
        erase(admin, "\"" + (record.version() - 1) + "\"", "RECORDED_IN_ERROR", "DPO-1", nextCode(clock))
                .andExpect(status().isPreconditionFailed());
        erase(admin, current(), null, " ", nextCode(clock)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("reason", "decisionReference")));
        erase(admin, current(), "FORGOTTEN", "DPO-1", nextCode(clock)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        erase(admin, current(), "RETENTION_REVIEW", "MoPI-7", nextCode(clock)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ACTIVE")));
        erase(TestUser.MET_SUPERVISOR.vigilUser(), current(), "RECORDED_IN_ERROR", "DPO-1", nextCode(clock))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/offenders/" + record.id().value()).with(as(TestUser.MET_OM)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name.familyName").value(marker));
        assertThat(jdbc.sql("select count(*) from erased_record where offender_id = :id")
                .param("id", record.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aRetentionReviewErasesARecordWhosePeriodHasEnded() throws Exception {
        OffenderDetails d = record.details();
        OffenderDetails ended = new OffenderDetails(d.name(), d.aliases(), d.dateOfBirth(), d.aliasDatesOfBirth(),
                d.sex(), d.nationality(), d.description(), d.distinguishingMarks(), d.identifiers(), d.convictions(),
                d.addresses(), d.management(), RecordStatus.EXPIRED);
        record = offenders.update(record.id(), record.version(), ended, TestUser.MET_OM.vigilUser());

        erase(admin, current(), "RETENTION_REVIEW", "MoPI-2026-0031", nextCode(clock)).andExpect(status().isOk());

        assertThat(rowsStillNaming(record.id().value())).isEmpty();
    }

    @Test
    void aFailureInAnyModuleLeavesEverythingAsItWas() throws Exception {
        UUID id = record.id().value();
        List<String> before = rowsStillNaming(id);
        FailingErasure.POISONED.add(id);
        try {
            erase(admin, current(), "RECORDED_IN_ERROR", "DPO-9", nextCode(clock))
                    .andExpect(status().isInternalServerError());
        } finally {
            FailingErasure.POISONED.remove(id);
        }

        assertThat(rowsStillNaming(id)).isEqualTo(before);
        assertThat(rowsStillNaming(duplicate.id().value())).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OFFENDER_ERASED' and outcome = 'ALLOWED'"
                + " and object_id in (:ids)").param("ids", List.of(id.toString(),
                duplicate.id().value().toString())).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)))
                .andExpect(status().isOk());
    }
}
