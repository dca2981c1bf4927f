package uk.gov.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/** The audit trail: what is recorded for each kind of processing, who may ask about it, and its integrity. */
@Import(TestClockConfiguration.class)
class AuditTrailIT extends IntegrationTestBase {

    /** A surname that must never appear in the audit trail. */
    private static final String MARKER = "Zzaudittrailmarker";

    private static final String TOTP_SECRET = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";

    @Autowired
    JsonMapper json;

    @Autowired
    MutableClock clock;

    @Autowired
    uk.gov.vigil.offender.application.OffenderService offenders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    /** The details of the offender registered last, to send back changed. */
    private OffenderFixtures.Builder registered;

    private String registerMetOffender() throws Exception {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2011,
                ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.name = new PersonName("Alan", MARKER);
        b.management = new Management("MET", "it.met.om", null, null);
        registered = b;
        String body = mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .header("X-Correlation-Id", "audit-test-0001")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    private List<Map<String, Object>> rowsAbout(String offenderId) {
        return jdbc.sql("select * from audit_event where offender_id = :id order by seq")
                .param("id", UUID.fromString(offenderId)).query().listOfRows();
    }

    @Test
    void eachKindOfProcessingIsRecordedWithWhoWhenWhatAndHowItEnded() throws Exception {
        String id = registerMetOffender();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM))).andExpect(status().isOk());
        registered.aliases = List.of(new PersonName("Al", MARKER));
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(registered.build())))
                .andExpect(status().isOk());

        List<Map<String, Object>> rows = rowsAbout(id);
        assertThat(rows).extracting(r -> r.get("action") + " " + r.get("actor") + " " + r.get("outcome")
                        + " " + r.get("reason"))
                .containsExactly(
                        "OFFENDER_REGISTERED it.met.om ALLOWED null",
                        "OFFENDER_VIEWED it.met.om ALLOWED full record",
                        "OFFENDER_VIEWED it.herts.om ALLOWED summary",
                        "OFFENDER_VIEWED it.met.om ALLOWED full record",
                        "OFFENDER_CHANGED it.met.om ALLOWED version 2");
        Map<String, Object> registered = rows.get(0);
        assertThat(registered.get("category")).isEqualTo("COLLECTION");
        assertThat(registered.get("actor_agency")).isEqualTo("MET");
        assertThat(registered.get("object_type")).isEqualTo("offender");
        assertThat(registered.get("object_id")).isEqualTo(id);
        assertThat(registered.get("correlation_id")).isEqualTo("audit-test-0001");
        assertThat(registered.get("client_address")).isEqualTo("127.0.0.1");
        assertThat(rows.get(2).get("actor_agency")).isEqualTo("HRT");
        assertThat(rows.get(4).get("category")).isEqualTo("ALTERATION");
        assertThat(rows.get(1).get("category")).isEqualTo("CONSULTATION");
    }

    @Test
    void refusalsAreRecordedBeforeTheRefusalIsSent() throws Exception {
        String id = registerMetOffender();
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + id + "/compliance").with(as(TestUser.PRISON)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.ANALYST))).andExpect(status().isForbidden());

        assertThat(rowsAbout(id)).filteredOn(r -> r.get("outcome").equals("REFUSED"))
                .extracting(r -> r.get("action") + " " + r.get("actor") + " " + r.get("reason"))
                .containsExactly(
                        "ACCESS_REFUSED it.herts.om PUT /api/v1/offenders/{id}: You cannot change this offender's"
                                + " record: it is managed by MET",
                        "ACCESS_REFUSED it.prison GET /api/v1/offenders/{id}/compliance: Compliance details are"
                                + " shown only to agencies responsible for the offender; contact the managing"
                                + " agency, MET",
                        "ACCESS_REFUSED it.analyst GET /api/v1/offenders/{id}: Your role does not allow this");
    }

    @Test
    void signInsAndFailedAttemptsAreRecordedWithoutSayingWhetherTheAccountExists() throws Exception {
        String nobody = "nobody-" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/sign-in").with(csrf()).param("username", nobody).param("password", "wrong-password"));
        clock.set(TestClockConfiguration.START.plusSeconds(600));
        users.setUpSecondFactorIfAbsent(TestUser.AUDITOR.username, TOTP_SECRET);
        mvc.perform(post("/sign-in").with(csrf()).param("username", TestUser.AUDITOR.username)
                .param("password", PASSWORD).param("code", Totp.code(TOTP_SECRET, clock.instant())));
        assertThat(jdbc.sql("select action, outcome from audit_event where actor = :who")
                .param("who", nobody).query().listOfRows())
                .containsExactly(Map.of("action", "SIGN_IN_FAILED", "outcome", "REFUSED"));
        assertThat(jdbc.sql("select category from audit_event where actor = :who and action = 'SIGNED_IN'")
                .param("who", TestUser.AUDITOR.username).query(String.class).list()).contains("AUTHENTICATION");
    }

    @Test
    void theTrailHoldsNoOffenderPersonalData() throws Exception {
        String id = registerMetOffender();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM))).andExpect(status().isOk());
        assertThat(offenders.search(MARKER, null, null, null, TestUser.HERTS_OM.vigilUser())).isNotEmpty();
        assertThat(jdbc.sql("select reason from audit_event where action = 'OFFENDERS_SEARCHED' and actor = :a"
                + " order by seq desc").param("a", TestUser.HERTS_OM.username).query(String.class).list().get(0))
                .isEqualTo("by name");
        long mentions = jdbc.sql("select count(*) from audit_event where lower(concat(actor, object_id, reason,"
                        + " object_type)) like :marker")
                .param("marker", "%" + MARKER.toLowerCase() + "%").query(Long.class).single();
        assertThat(rowsAbout(id)).isNotEmpty();
        assertThat(mentions).isZero();
    }

    @Test
    void auditorsAskWhoConsultedAnOffenderAndTheExportIsItselfADisclosure() throws Exception {
        String id = registerMetOffender();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/events?offenderId=" + id + "&from=2020-01-01&to=2099-12-31")
                        .with(as(TestUser.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.events[0].action").value("OFFENDER_REGISTERED"))
                .andExpect(jsonPath("$.events[1].actor").value("it.herts.om"));
        mvc.perform(get("/api/v1/audit/events.csv?offenderId=" + id + "&from=2020-01-01&to=2099-12-31")
                        .with(as(TestUser.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("OFFENDER_VIEWED")));
        assertThat(rowsAbout(id)).extracting(r -> r.get("action") + " " + r.get("category") + " "
                        + r.get("recipient_agency"))
                .contains("AUDIT_QUERIED CONSULTATION null", "AUDIT_EXPORTED DISCLOSURE NCA");
    }

    @Test
    void supervisorsMayAskOnlyAboutTheirOwnAgency() throws Exception {
        String id = registerMetOffender();
        mvc.perform(get("/api/v1/audit/events?offenderId=" + id + "&from=2020-01-01&to=2099-12-31")
                        .with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/events?username=" + TestUser.MET_OM.username + "&from=2020-01-01&to=2099-12-31")
                        .with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/events?username=" + TestUser.HERTS_OM.username + "&from=2020-01-01"
                        + "&to=2099-12-31").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events?offenderId=" + id + "&from=2020-01-01&to=2099-12-31")
                        .with(as(TestUser.MET_OM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events?from=2020-01-01").with(as(TestUser.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "offenderId", "to")));
    }

    @Test
    void theApplicationCannotChangeOrDeleteAuditRows() throws Exception {
        String id = registerMetOffender();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else' where offender_id = :id")
                .param("id", UUID.fromString(id)).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where offender_id = :id")
                .param("id", UUID.fromString(id)).update()).isInstanceOf(DataAccessException.class);
        assertThat(rowsAbout(id)).extracting(r -> r.get("actor")).containsOnly("it.met.om");
    }

    @Test
    void changingOneRowBehindTheGuardsBreaksTheChainThere() throws Exception {
        String id = registerMetOffender();
        mvc.perform(get("/api/v1/admin/audit-chain").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        long seq = ((Number) rowsAbout(id).get(0).get("seq")).longValue();

        AuditTampering.withoutGuard(jdbc, databaseName(), () -> jdbc.sql(
                "update audit_event set actor = 'it.herts.om' where seq = :seq").param("seq", seq).update());
        try {
            mvc.perform(get("/api/v1/admin/audit-chain").with(as(TestUser.AUDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.brokenAt").value(seq))
                    .andExpect(jsonPath("$.problem").value("row " + seq
                            + " has been altered: its contents no longer match its hash"));
        } finally {
            AuditTampering.withoutGuard(jdbc, databaseName(), () -> jdbc.sql(
                    "update audit_event set actor = 'it.met.om' where seq = :seq").param("seq", seq).update());
        }
        mvc.perform(get("/api/v1/admin/audit-chain").with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/admin/audit-chain").with(as(TestUser.MET_OM))).andExpect(status().isForbidden());
    }

    @Test
    void eventsFromManyThreadsAtOnceAreAllWrittenInOneUnbrokenChain() throws Exception {
        String actor = "it.audit.load." + ThreadLocalRandom.current().nextInt(1_000_000);
        int threads = 12;
        int each = 25;
        inThreadsAtOnce(threads, each, (thread, i) -> audit.refused(AuditActor.named(actor),
                AuditAction.OFFENDERS_SEARCHED, AuditObject.of("offender-search", null),
                "thread " + thread + " event " + i));
        List<Long> seqs = jdbc.sql("select seq from audit_event where actor = :actor order by seq")
                .param("actor", actor).query(Long.class).list();
        assertThat(seqs).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(distinct reason) from audit_event where actor = :actor")
                .param("actor", actor).query(Long.class).single()).isEqualTo(threads * each);
        mvc.perform(get("/api/v1/admin/audit-chain").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void changesCommittedFromManyThreadsAtOnceAreSealedInOneUnbrokenChain() throws Exception {
        String actor = "it.audit.writes." + ThreadLocalRandom.current().nextInt(1_000_000);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        int threads = 8;
        int each = 20;
        inThreadsAtOnce(threads, each, (thread, i) -> {
            String reason = "thread " + thread + " change " + i + (i % 2 == 0 ? " Łódź café \uD83D\uDE00" : "");
            transaction.executeWithoutResult(status -> audit.allowed(AuditActor.named(actor),
                    AuditAction.INTELLIGENCE_RECORDED, AuditObject.of("intelligence-note", null), reason));
        });
        assertThat(jdbc.sql("select count(distinct seq) from audit_event where actor = :actor")
                .param("actor", actor).query(Long.class).single()).isEqualTo(threads * each);
        mvc.perform(get("/api/v1/admin/audit-chain").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }

    /** Runs {@code each} events in each of {@code threads} threads, all at once, and waits for them all. */
    private static void inThreadsAtOnce(int threads, int each, BiConsumer<Integer, Integer> event) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        event.accept(thread, i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eventTimesAreUtcToTheMillisecond() throws Exception {
        String id = registerMetOffender();
        OffsetDateTime at = jdbc.sql("select occurred_at from audit_event where offender_id = :id")
                .param("id", UUID.fromString(id)).query(OffsetDateTime.class).list().get(0);
        assertThat(at.getNano() % 1_000_000).isZero();
        assertThat(at.getOffset().getTotalSeconds()).isZero();
    }
}
