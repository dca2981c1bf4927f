package uk.gov.vigil.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.vigil.support.SecondFactor.nextCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.web.AccountPrincipal;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.Restrictions;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SecondFactor;
import uk.gov.vigil.support.TestClockConfiguration;

/**
 * Bulk import and export through the API, on Norfolk's records, which no other test touches: bad rows are
 * reported and stop nothing, a record is stored whole or not at all, a re-run stores nothing twice, and an export
 * needs the second factor, keeps to the agency, leaves out what the user may not see, audits every record as a
 * disclosure, and reads back through the import.
 */
@Import(TestClockConfiguration.class)
class BulkTransferIT extends IntegrationTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String AGENCY = "NFK";

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OffenderService offenders;

    @Autowired
    uk.gov.vigil.compliance.application.ComplianceService compliance;

    VigilUser supervisor;

    @BeforeEach
    void aNorfolkSupervisorWithAnAuthenticatorApp() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        String username = "it.nfk.supervisor." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Norfolk supervisor", AGENCY, EnumSet.of(Role.SUPERVISOR), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SecondFactor.SECRET);
        supervisor = users.find(username).orElseThrow();
    }

    private static String pnc() {
        return IdentifierFormats.formatPncId(2018, ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    /** Sentenced to 4 years, so registered indefinitely (s.82(1) SOA 2003) and due to notify still. */
    private static OffenderFixtures.Builder norfolk() {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(pnc()).managedBy(AGENCY, null);
        b.convictions = List.of(new Conviction("SOA2003-S3", LocalDate.of(2015, 3, 2), "Norwich Crown Court",
                Disposal.IMPRISONMENT, 48));
        return b;
    }

    private static List<NotificationInput> history() {
        return List.of(at(NotificationType.INITIAL, LocalDate.of(2015, 3, 4)),
                at(NotificationType.PERIODIC, LocalDate.of(2016, 3, 1)),
                at(NotificationType.PERIODIC, LocalDate.of(2017, 2, 27)));
    }

    private static NotificationInput at(NotificationType type, LocalDate day) {
        return new NotificationInput(type, day.atTime(10, 0).atZone(LONDON).toInstant(), "Norwich Police Station",
                null, null, null);
    }

    private String line(String reference, OffenderDetails details, List<NotificationInput> notifications) {
        return json.writeValueAsString(Map.of("sourceReference", reference, "offender", details, "notifications",
                notifications));
    }

    private ResultActions upload(String source, String contentType, String body) throws Exception {
        return mvc.perform(post("/api/v1/imports").param("source", source).contentType(contentType)
                .content(body.getBytes(StandardCharsets.UTF_8))
                .with(user(AccountPrincipal.authenticated(supervisor))).with(csrf()));
    }

    /** Uploads and waits for the background job to end; returns the job as the API shows it. */
    private JsonNode imported(String source, String contentType, String body) throws Exception {
        String location = upload(source, contentType, body).andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        for (int i = 0; i < 300; i++) {
            JsonNode job = json.readTree(mvc.perform(get(location).with(user(AccountPrincipal.authenticated(
                    supervisor)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (job.get("state").asString().equals("FINISHED") || job.get("state").asString().equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not end within 30 seconds");
    }

    private List<JsonNode> problems(JsonNode job) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get(job.get("problems").asString()).param("size", "1000")
                .with(user(AccountPrincipal.authenticated(supervisor)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<JsonNode> all = new ArrayList<>();
        list.forEach(all::add);
        return all;
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    private UUID offenderWithPnc(String pnc) {
        return jdbc.sql("select id from offender where pnc_id = :v").param("v", pnc).query(UUID.class).single();
    }

    @Test
    void jsonLinesTurnAwayBadRecordsWithLineAndFieldStoreTheRestAndARerunStoresNothingTwice() throws Exception {
        String source = "legacy-" + ThreadLocalRandom.current().nextInt(10_000_000);
        OffenderDetails first = norfolk().build();
        OffenderDetails second = norfolk().build();
        OffenderFixtures.Builder unnamed = norfolk();
        unnamed.name = new PersonName("Alan", " ");
        OffenderDetails badHistoryRecord = norfolk().build();
        String file = String.join("\n",
                line("N-1", first, history()),
                line("N-2", second, List.of()),
                line("N-3", unnamed.build(), List.of()),
                "{\"sourceReference\": \"N-4\", ",
                line("N-1", norfolk().build(), List.of()),
                line("N-5", badHistoryRecord, List.of(new NotificationInput(NotificationType.INITIAL,
                        LocalDate.of(2015, 3, 4).atTime(10, 0).atZone(LONDON).toInstant(), " ", null, null, null))))
                + "\n";

        JsonNode job = imported(source, "application/x-ndjson", file);

        assertThat(job.get("state").asString()).isEqualTo("FINISHED");
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(List.of(job.get("recordsRead").asLong(), job.get("recordsStored").asLong(),
                job.get("recordsSkipped").asLong(), job.get("recordsRejected").asLong())).containsExactly(6L, 2L, 0L,
                4L);
        assertThat(problems(job)).extracting(p -> p.get("line").asLong() + " " + p.get("field").asString())
                .containsExactlyInAnyOrder("3 offender.name.familyName", "4 line", "5 sourceReference",
                        "6 notifications[0].policeStation");
        UUID stored = offenderWithPnc(first.identifiers().pncId());
        assertThat(count("select count(*) from notification where offender_id = :v", stored)).isEqualTo(3);
        assertThat(count("select count(*) from obligation where offender_id = :v", stored)).isOne();
        assertThat(count("select count(*) from audit_event where action = 'OFFENDER_IMPORTED' and object_id = :v",
                stored.toString())).isOne();
        assertThat(count("select count(*) from offender where pnc_id = :v", unnamed.build().identifiers().pncId()))
                .isZero();
        assertThat(count("select count(*) from offender where pnc_id = :v", badHistoryRecord.identifiers().pncId()))
                .isZero();

        JsonNode again = imported(source, "application/x-ndjson", file);

        assertThat(List.of(again.get("recordsStored").asLong(), again.get("recordsSkipped").asLong(),
                again.get("recordsRejected").asLong())).containsExactly(0L, 3L, 3L);
        assertThat(count("select count(*) from offender where pnc_id = :v", first.identifiers().pncId())).isOne();
        assertThat(count("select count(*) from notification where offender_id = :v", stored)).isEqualTo(3);
    }

    @Test
    void aCsvRecordWithOneBadRowIsTurnedAwayWholeWhileTheOthersAreStored() throws Exception {
        OffenderDetails good = norfolk().build();
        OffenderDetails spoilt = norfolk().build();
        StringWriter out = new StringWriter();
        RecordWriter writer = CsvRecords.writer(out, json);
        writer.write(new TransferRecord("C-1", good, history(), 0));
        writer.write(new TransferRecord("C-2", spoilt, history(), 0));
        writer.flush();
        String[] rows = out.toString().split("\r\n");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].startsWith("C-2,ADDRESS,")) {
                rows[i] = rows[i].replace("," + AddressType.HOME + ",", ",CASTLE,");
            }
        }

        JsonNode job = imported("csv-" + ThreadLocalRandom.current().nextInt(10_000_000), "text/csv",
                String.join("\r\n", rows) + "\r\n");

        assertThat(job.get("recordsStored").asLong()).isOne();
        assertThat(job.get("recordsRejected").asLong()).isOne();
        assertThat(problems(job)).extracting(p -> p.get("sourceReference").asString() + " "
                + p.get("field").asString()).containsExactly("C-2 offender.addresses[0].type");
        UUID stored = offenderWithPnc(good.identifiers().pncId());
        assertThat(offenders.findWithoutAccessCheck(new OffenderId(stored)).orElseThrow().details())
                .isEqualTo(good);
        assertThat(count("select count(*) from notification where offender_id = :v", stored)).isEqualTo(3);
        assertThat(count("select count(*) from offender where pnc_id = :v", spoilt.identifiers().pncId())).isZero();
    }

    @Test
    void badRequestsNameTheFieldAndAnotherAgencysJobIsRefused() throws Exception {
        upload("", "application/x-ndjson", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        upload("legacy", "application/pdf", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        JsonNode job = imported("empty-" + ThreadLocalRandom.current().nextInt(10_000_000), "text/csv",
                "sourceReference,recordType\n");
        assertThat(job.get("recordsRead").asLong()).isZero();

        mvc.perform(get("/api/v1/imports/" + job.get("id").asString()).with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports/" + UUID.randomUUID()).with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isNotFound());
        JsonNode unknownColumns = imported("bad-" + ThreadLocalRandom.current().nextInt(10_000_000), "text/csv",
                "sourceReference,recordType,surname\nA,OFFENDER,Smith\n");
        assertThat(unknownColumns.get("state").asString()).isEqualTo("FAILED");
        assertThat(unknownColumns.get("failure").asString()).contains("surname");
    }

    private ResultActions export(String format, String agency, String code) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("format", format);
        body.put("agency", agency);
        body.put("code", code);
        return mvc.perform(post("/api/v1/exports/offenders").contentType("application/json")
                .content(json.writeValueAsString(body))
                .with(user(AccountPrincipal.authenticated(supervisor))).with(csrf()));
    }


    @Test
    void anExportNeedsTheSecondFactorKeepsToTheAgencyAuditsEachRecordAndReadsBackThroughTheImport()
            throws Exception {
        OffenderDetails shared = norfolk().build();
        OffenderDetails hidden = norfolk().build();
        imported("seed-" + ThreadLocalRandom.current().nextInt(10_000_000), "application/x-ndjson",
                line("S-1", shared, history()) + "\n" + line("S-2", hidden, List.of()) + "\n");
        UUID sharedId = offenderWithPnc(shared.identifiers().pncId());
        UUID hiddenId = offenderWithPnc(hidden.identifiers().pncId());
        offenders.restrict(new OffenderId(hiddenId), new Restrictions(Set.of(), Set.of(supervisor.username())),
                TestUser.ADMIN.vigilUser());

        export("jsonl", null, null).andExpect(status().isForbidden());
        export("jsonl", "HRT", nextCode(clock)).andExpect(status().isForbidden());
        assertThat(count("select count(*) from audit_event where action = 'OFFENDER_EXPORTED' and outcome = 'REFUSED'"
                + " and actor = :v", supervisor.username())).isEqualTo(2);

        String jsonl = export("jsonl", null, nextCode(clock)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/x-ndjson")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<TransferRecord> exported = new ArrayList<>();
        JsonLines.reader(new java.io.BufferedReader(new java.io.StringReader(jsonl)), json)
                .forEachRemaining(p -> exported.add(((ParsedRecord.Read) p).record()));
        assertThat(exported).extracting(TransferRecord::sourceReference).contains(sharedId.toString())
                .doesNotContain(hiddenId.toString());
        assertThat(exported).allMatch(r -> AGENCY.equals(r.offender().management().managingAgency()));
        TransferRecord mine = exported.stream().filter(r -> r.sourceReference().equals(sharedId.toString()))
                .findFirst().orElseThrow();
        assertThat(mine.offender()).isEqualTo(shared);
        assertThat(mine.notifications()).isEqualTo(history());
        assertThat(count("select count(*) from audit_event where action = 'OFFENDER_EXPORTED' and outcome = 'ALLOWED'"
                + " and object_id = :v", sharedId.toString())).isOne();
        assertThat(count("select count(*) from audit_event where action = 'OFFENDER_EXPORTED' and object_id = :v",
                hiddenId.toString())).isZero();

        String csv = export("csv", AGENCY, nextCode(clock)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(sharedId + ",OFFENDER,").doesNotContain(hiddenId.toString());

        // Other tests' Norfolk records may hold notifications dated by another clock, so only this test's record
        // is sent back: it reads back whole, and is turned away only because it is already on the register.
        String ours = sharedId.toString();
        String jsonlBack = jsonl.lines().filter(l -> l.contains("\"sourceReference\":\"" + ours + "\""))
                .collect(java.util.stream.Collectors.joining("\n"));
        String csvBack = csv.lines().filter(l -> l.startsWith("sourceReference,") || l.startsWith(ours + ","))
                .collect(java.util.stream.Collectors.joining("\r\n"));
        for (String[] file : List.of(new String[] {"application/x-ndjson", jsonlBack},
                new String[] {"text/csv", csvBack})) {
            JsonNode back = imported("back-" + ThreadLocalRandom.current().nextInt(10_000_000), file[0], file[1]);
            assertThat(back.get("recordsRead").asLong()).isOne();
            assertThat(back.get("recordsStored").asLong()).isZero();
            assertThat(problems(back)).extracting(p -> p.get("field").asString())
                    .containsExactly("offender.identifiers.pncId");
        }
    }

    @Test
    void aBatchLargeEnoughToBeCopiedOnPostgresqlReadsBackExactly() throws Exception {
        List<TransferRecord> records = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            TransferRecord full = TransferFormatsTest.everything("B-" + i);
            OffenderFixtures.Builder b = norfolk();
            b.aliases = full.offender().aliases();
            b.aliasDatesOfBirth = full.offender().aliasDatesOfBirth();
            b.addresses = full.offender().addresses();
            TransferRecord r = new TransferRecord("B-" + i, b.build(), full.notifications(), 0);
            records.add(r);
            file.append(line(r.sourceReference(), r.offender(), r.notifications())).append('\n');
        }

        JsonNode job = imported("bulk-" + ThreadLocalRandom.current().nextInt(10_000_000), "application/x-ndjson",
                file.toString());

        assertThat(job.get("recordsStored").asLong()).isEqualTo(120);
        for (TransferRecord r : records) {
            UUID id = offenderWithPnc(r.offender().identifiers().pncId());
            assertThat(offenders.findWithoutAccessCheck(new OffenderId(id)).orElseThrow().details())
                    .isEqualTo(r.offender());
            assertThat(compliance.historiesWithoutAccessCheck(List.of(id)).get(id))
                    .containsExactlyInAnyOrderElementsOf(r.notifications());
        }
    }

    /**
     * Enough records for several batches in each of the import's parallel shards. Records that repeat the PNC id
     * of the record just before them (which, dealt out without regard to PNC, would be stored concurrently in
     * another shard) or of one in an earlier batch, or a reference, are turned away without stopping the job. The
     * problems come in the order of their lines, and the counts match what was stored.
     */
    @Test
    void batchesStoredInParallelTurnAwayRepeatsAcrossBatchesAndReportInLineOrder() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(1950, 2000);
        int base = ThreadLocalRandom.current().nextInt(0, 9_000_000);
        String source = "parallel-" + ThreadLocalRandom.current().nextInt(10_000_000);
        StringBuilder file = new StringBuilder();
        List<String> expectedProblems = new ArrayList<>();
        int lines = 2_600;
        for (int i = 1; i <= lines; i++) {
            if (i % 400 == 0) {
                file.append("{\"sourceReference\": \"P-").append(i).append("\", \n");
                expectedProblems.add(i + " line");
                continue;
            }
            boolean repeatsFarPnc = i % 250 == 0 && i > 1_100;
            boolean repeatsNextPnc = i % 250 == 125;
            boolean repeatsPnc = repeatsFarPnc || repeatsNextPnc;
            boolean repeatsReference = i % 330 == 0 && i > 1_000;
            OffenderFixtures.Builder b = norfolk().pnc(IdentifierFormats.formatPncId(year,
                    base + (repeatsFarPnc ? i - 1_099 : repeatsNextPnc ? i - 1 : i)));
            String reference = "P-" + (repeatsReference ? i - 1_000 : i);
            file.append(line(reference, b.build(), i % 2 == 0 ? history() : List.of())).append('\n');
            if (repeatsReference) {
                expectedProblems.add(i + " sourceReference");
            } else if (repeatsPnc) {
                expectedProblems.add(i + " offender.identifiers.pncId");
            }
        }

        JsonNode job = imported(source, "application/x-ndjson", file.toString());

        assertThat(job.get("state").asString()).isEqualTo("FINISHED");
        long stored = lines - expectedProblems.size();
        assertThat(List.of(job.get("recordsRead").asLong(), job.get("recordsStored").asLong(),
                job.get("recordsRejected").asLong())).containsExactly((long) lines, stored,
                (long) expectedProblems.size());
        assertThat(problems(job)).extracting(p -> p.get("line").asLong() + " " + p.get("field").asString())
                .containsExactlyElementsOf(expectedProblems);
        assertThat(count("select count(*) from import_source where source = :v", source)).isEqualTo(stored);
        assertThat(count("select count(*) from offender o join import_source s on s.offender_id = o.id"
                + " where s.source = :v", source)).isEqualTo(stored);
    }
}
