package uk.gov.vigil.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.NotifiedChanges;
import uk.gov.vigil.compliance.domain.Verification;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.transfer.domain.RowProblem;
import uk.gov.vigil.transfer.domain.TransferFormat;

/** The two bulk formats write what they read, and say which line and field is wrong when they cannot. */
class TransferFormatsTest {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static TransferRecord everything(String reference) {
        OffenderFixtures.Builder b = OffenderFixtures.valid();
        b.aliases = List.of(new PersonName("Jon", "Smyth"), new PersonName("=Jon", "Smith"));
        b.aliasDatesOfBirth = List.of(LocalDate.of(1981, 5, 17));
        b.addresses = List.of(
                new Address(AddressType.HOME, "12 Church Road", "Flat 2, \"top\"", "London", "E17 4AB", null,
                        LocalDate.of(2017, 1, 9), LocalDate.of(2020, 2, 1)),
                new Address(AddressType.NO_FIXED_ABODE, null, null, "London", null, "Night shelter,\nHoe Street",
                        LocalDate.of(2020, 2, 1), null));
        List<NotificationInput> notifications = List.of(
                new NotificationInput(NotificationType.INITIAL, Instant.parse("2015-03-04T10:15:00Z"),
                        "Walthamstow Police Station", null, null, new Verification(true, true, false)),
                new NotificationInput(NotificationType.CHANGE, Instant.parse("2020-02-02T09:00:00Z"),
                        "Walthamstow Police Station", LocalDate.of(2020, 2, 1),
                        new NotifiedChanges(null, new Address(AddressType.NO_FIXED_ABODE, null, null, "London",
                                null, "Night shelter", LocalDate.of(2020, 2, 1), null), false, null, null, true,
                                false, true), null),
                new NotificationInput(NotificationType.TRAVEL, Instant.parse("2024-07-01T09:00:00Z"),
                        "Walthamstow Police Station", LocalDate.of(2024, 7, 20),
                        new NotifiedChanges(null, null, false,
                                new NotifiedChanges.Travel("FR", LocalDate.of(2024, 7, 20), LocalDate.of(2024, 7, 27)),
                                null, false, false, false), null));
        return new TransferRecord(reference, b.build(), notifications, 0);
    }

    private String write(TransferFormat format, List<TransferRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        RecordWriter writer = format == TransferFormat.JSONL ? JsonLines.writer(out, json)
                : CsvRecords.writer(out, json);
        for (TransferRecord r : records) {
            writer.write(r);
        }
        writer.flush();
        return out.toString();
    }

    private List<ParsedRecord> read(TransferFormat format, String text) {
        BufferedReader in = new BufferedReader(new StringReader(text));
        RecordReader reader = format == TransferFormat.JSONL ? JsonLines.reader(in, json) : CsvRecords.reader(in, json);
        List<ParsedRecord> all = new ArrayList<>();
        reader.forEachRemaining(all::add);
        return all;
    }

    @ParameterizedTest
    @EnumSource(TransferFormat.class)
    void whatIsWrittenReadsBackTheSame(TransferFormat format) throws IOException {
        List<TransferRecord> records = List.of(everything("LEG-1"), everything("LEG-2"));

        List<ParsedRecord> back = read(format, write(format, records));

        assertThat(back).hasSize(2).allMatch(p -> p instanceof ParsedRecord.Read);
        for (int i = 0; i < 2; i++) {
            TransferRecord r = ((ParsedRecord.Read) back.get(i)).record();
            assertThat(r.sourceReference()).isEqualTo(records.get(i).sourceReference());
            assertThat(r.offender()).isEqualTo(records.get(i).offender());
            assertThat(r.notifications()).isEqualTo(records.get(i).notifications());
        }
    }

    @Test
    void csvGuardsAgainstSpreadsheetFormulasWithoutLosingTheValue() throws IOException {
        String csv = write(TransferFormat.CSV, List.of(everything("LEG-1")));

        assertThat(csv).contains(",'=Jon,").doesNotContain(",=Jon,");
        OffenderDetails back = ((ParsedRecord.Read) read(TransferFormat.CSV, csv).get(0)).record().offender();
        assertThat(back.aliases()).contains(new PersonName("=Jon", "Smith"));
    }

    @Test
    void csvRowsStartAtLineTwoAndEachRowTypeFillsOnlyItsOwnColumns() {
        String csv = """
                sourceReference,recordType,name.givenNames,name.familyName,dateOfBirth,sex,givenNames,line1
                A-1,OFFENDER,John,Smith,1980-05-17,MALE,,
                A-1,ALIAS,,,,,Jon,12 Church Road
                A-2,OFFENDER,Ann,Jones,not a date,FEMALE,,
                A-9,ALIAS,,,,,Jo,
                A-3,CAT,,,,,,
                """;

        List<ParsedRecord> parsed = read(TransferFormat.CSV, csv);

        assertThat(parsed).hasSize(4);
        assertThat(problems(parsed.get(0))).containsExactly(
                new RowProblem(3, "A-1", "line1", "is not used on a ALIAS row (row 3)"));
        assertThat(problems(parsed.get(1))).extracting(RowProblem::line, RowProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "offender.dateOfBirth"));
        assertThat(problems(parsed.get(2))).extracting(RowProblem::line, RowProblem::sourceReference,
                RowProblem::field).containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "A-9", "recordType"));
        assertThat(problems(parsed.get(3))).extracting(RowProblem::field).containsExactly("recordType");
    }

    @Test
    void aCsvHeaderWithColumnsOfAnotherFormatIsRefusedWhole() {
        assertThatThrownBy(() -> read(TransferFormat.CSV, "sourceReference,recordType,surname\nA,OFFENDER,Smith\n"))
                .isInstanceOf(CsvRecords.UnknownHeaderException.class).hasMessageContaining("surname");
        assertThatThrownBy(() -> read(TransferFormat.CSV, "id,name.familyName\nA,Smith\n"))
                .isInstanceOf(CsvRecords.UnknownHeaderException.class).hasMessageContaining("recordType");
    }

    @Test
    void jsonLinesNameTheLineAndTheFieldAtFault() {
        String text = """
                {"sourceReference":"B-1","offender":{"name":{"familyName":"Smith"},"dateOfBirth":"17/05/1980"}}

                {not json
                {"offender":{},"extra":1}
                {"sourceReference":"B-4","offender":{},"notifications":[{"type":"SOMETIMES"}]}
                """;

        List<ParsedRecord> parsed = read(TransferFormat.JSONL, text);

        assertThat(parsed).hasSize(4);
        assertThat(problems(parsed.get(0))).extracting(RowProblem::line, RowProblem::sourceReference,
                RowProblem::field).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "B-1",
                        "offender.dateOfBirth"));
        assertThat(problems(parsed.get(1))).containsExactly(
                new RowProblem(3, null, "line", "is not a well-formed JSON object"));
        assertThat(problems(parsed.get(2))).extracting(RowProblem::field)
                .containsExactlyInAnyOrder("extra", "sourceReference");
        assertThat(problems(parsed.get(3))).extracting(RowProblem::field)
                .containsExactly("notifications[0].type");
    }

    private static List<RowProblem> problems(ParsedRecord parsed) {
        assertThat(parsed).isInstanceOf(ParsedRecord.Unreadable.class);
        return ((ParsedRecord.Unreadable) parsed).problems();
    }
}
