package uk.gov.vigil.transfer.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.shared.web.JsonFieldErrors;
import uk.gov.vigil.transfer.domain.RowProblem;

/**
 * The CSV format: one row per item, each naming its offender's {@code sourceReference} and its
 * {@code recordType}. An OFFENDER row starts each offender; the rows that follow it with the same reference add
 * aliases, other dates of birth, marks, passports, convictions, addresses and notifications. The other columns are
 * the fields of the JSON Lines format, named by their path; a row fills only those of its type, and an empty cell
 * means no value. See {@code docs/import-format.md}.
 */
final class CsvRecords {

    /** The record types, with the columns each may fill and where its item goes in the offender's JSON. */
    enum RecordType {
        OFFENDER(null, "name.givenNames", "name.familyName", "dateOfBirth", "sex", "nationality", "status",
                "description.heightCm", "description.build", "description.eyeColour", "description.hairColour",
                "identifiers.pncId", "identifiers.croNumber", "identifiers.nationalInsuranceNumber",
                "management.managingAgency", "management.offenderManager", "management.probationAgency",
                "management.prisonAgency"),
        ALIAS("aliases", "givenNames", "familyName"),
        ALIAS_DATE_OF_BIRTH("aliasDatesOfBirth", "dateOfBirth"),
        MARK("distinguishingMarks", "type", "location", "description"),
        PASSPORT("identifiers.passports", "number", "issuingCountry"),
        CONVICTION("convictions", "offenceCode", "date", "court", "disposal", "termMonths"),
        ADDRESS("addresses", "type", "line1", "line2", "town", "postcode", "placeDescription", "from", "to"),
        NOTIFICATION(null, "type", "receivedAt", "policeStation", "eventDate", "changes.newName.givenNames",
                "changes.newName.familyName", "changes.newAddress.type", "changes.newAddress.line1",
                "changes.newAddress.line2", "changes.newAddress.town", "changes.newAddress.postcode",
                "changes.newAddress.placeDescription", "changes.newAddress.from", "changes.newAddress.to",
                "changes.releasedFromDetention", "changes.travel.destinationCountry", "changes.travel.departureDate",
                "changes.travel.returnDate", "changes.household.address", "changes.household.intendedPeriod",
                "changes.bankAccountsGiven", "changes.paymentCardsGiven", "changes.identityDocumentsGiven",
                "verification.documentsSeen", "verification.photographTaken", "verification.fingerprintsTaken");

        /** Where in the offender's JSON the items of this type are listed; null for the offender and notifications. */
        final String listPath;
        final Set<String> columns;

        RecordType(String listPath, String... columns) {
            this.listPath = listPath;
            this.columns = new LinkedHashSet<>(List.of(columns));
        }

        static RecordType named(String name) {
            for (RecordType t : values()) {
                if (t.name().equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    static final String REFERENCE = "sourceReference";
    static final String TYPE = "recordType";
    /** Every column, in the order an export writes them. */
    static final List<String> HEADER;

    static {
        Set<String> all = new LinkedHashSet<>(List.of(REFERENCE, TYPE));
        for (RecordType t : RecordType.values()) {
            all.addAll(t.columns);
        }
        HEADER = List.copyOf(all);
    }

    private static final String FORMULA_START = "=+-@\t\r'";

    private CsvRecords() {
    }

    /** Thrown when the file's header is not this format's; no record of the file can be read. */
    static final class UnknownHeaderException extends RuntimeException {
        UnknownHeaderException(String message) {
            super(message);
        }
    }

    static RecordReader reader(Reader in, JsonMapper json) {
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .get().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = parser.getHeaderNames();
        List<String> unknown = header.stream().filter(h -> !HEADER.contains(h)).toList();
        if (!header.contains(REFERENCE) || !header.contains(TYPE)) {
            throw new UnknownHeaderException("The header must name the columns " + REFERENCE + " and " + TYPE);
        }
        if (!unknown.isEmpty()) {
            throw new UnknownHeaderException("The header names columns that are not part of the format: "
                    + String.join(", ", unknown));
        }
        Iterator<CSVRecord> rows = parser.iterator();
        return new RecordReader() {
            private CSVRecord pending;

            @Override
            protected ParsedRecord readNext() {
                CSVRecord first = pending != null ? pending : (rows.hasNext() ? rows.next() : null);
                pending = null;
                if (first == null) {
                    return null;
                }
                long line = first.getRecordNumber() + 1;
                String reference = cell(first, REFERENCE);
                if (!RecordType.OFFENDER.name().equals(cell(first, TYPE))) {
                    return new ParsedRecord.Unreadable(List.of(new RowProblem(line, reference, TYPE,
                            "must be OFFENDER on the first row of each offender (row " + line + ")")));
                }
                List<CSVRecord> group = new ArrayList<>();
                group.add(first);
                while (rows.hasNext()) {
                    CSVRecord row = rows.next();
                    if (RecordType.OFFENDER.name().equals(cell(row, TYPE))
                            || !Objects.equals(reference, cell(row, REFERENCE))) {
                        pending = row;
                        break;
                    }
                    group.add(row);
                }
                return parseGroup(group, reference, line, json);
            }
        };
    }

    private static ParsedRecord parseGroup(List<CSVRecord> group, String reference, long line, JsonMapper json) {
        List<RowProblem> problems = new ArrayList<>();
        if (reference == null) {
            problems.add(new RowProblem(line, null, REFERENCE, "is required"));
        } else if (reference.length() > JsonLines.MAX_REFERENCE) {
            problems.add(new RowProblem(line, null, REFERENCE,
                    "must be at most " + JsonLines.MAX_REFERENCE + " characters"));
            reference = null;
        }
        ObjectNode offender = json.createObjectNode();
        ArrayNode notifications = json.createArrayNode();
        for (CSVRecord row : group) {
            long rowLine = row.getRecordNumber() + 1;
            RecordType type = RecordType.named(cell(row, TYPE));
            if (type == null) {
                problems.add(new RowProblem(rowLine, reference, TYPE, "must be one of "
                        + Arrays.toString(RecordType.values()) + " (row " + rowLine + ")"));
                continue;
            }
            ObjectNode item = type == RecordType.OFFENDER ? offender : json.createObjectNode();
            for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
                String column = cell.getKey();
                String value = unescape(cell.getValue());
                if (column.equals(REFERENCE) || column.equals(TYPE) || value == null || value.isEmpty()) {
                    continue;
                }
                if (!type.columns.contains(column)) {
                    problems.add(new RowProblem(rowLine, reference, column,
                            "is not used on a " + type + " row (row " + rowLine + ")"));
                    continue;
                }
                put(item, column, value);
            }
            if (type == RecordType.NOTIFICATION) {
                notifications.add(item);
            } else if (type == RecordType.ALIAS_DATE_OF_BIRTH) {
                list(offender, type.listPath).add(item.get("dateOfBirth"));
            } else if (type != RecordType.OFFENDER) {
                list(offender, type.listPath).add(item);
            }
        }
        if (!problems.isEmpty()) {
            return new ParsedRecord.Unreadable(problems);
        }
        OffenderDetails details;
        try {
            details = json.treeToValue(offender, OffenderDetails.class);
        } catch (JacksonException e) {
            return new ParsedRecord.Unreadable(List.of(JsonLines.problem(line, reference,
                    JsonFieldErrors.of(e, "offender.", "offender"))));
        }
        List<NotificationInput> inputs = JsonLines.notifications(notifications, line, reference, json, problems);
        if (!problems.isEmpty()) {
            return new ParsedRecord.Unreadable(problems);
        }
        return new ParsedRecord.Read(new TransferRecord(reference, details, inputs, line));
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isSet(column)) {
            return null;
        }
        String value = unescape(row.get(column));
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Undoes the export's guard against spreadsheet formulas: one leading apostrophe is dropped. */
    private static String unescape(String value) {
        return value != null && value.startsWith("'") ? value.substring(1) : value;
    }

    private static String escape(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void put(ObjectNode node, String path, String value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            node.put(path, value);
            return;
        }
        String head = path.substring(0, dot);
        JsonNode child = node.get(head);
        ObjectNode object = child instanceof ObjectNode o ? o : node.putObject(head);
        put(object, path.substring(dot + 1), value);
    }

    private static ArrayNode list(ObjectNode node, String path) {
        int dot = path.indexOf('.');
        if (dot >= 0) {
            String head = path.substring(0, dot);
            JsonNode child = node.get(head);
            return list(child instanceof ObjectNode o ? o : node.putObject(head), path.substring(dot + 1));
        }
        JsonNode child = node.get(path);
        return child instanceof ArrayNode a ? a : node.putArray(path);
    }

    static RecordWriter writer(Writer out, JsonMapper json) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .get());
        return new RecordWriter() {
            @Override
            public void write(TransferRecord record) throws IOException {
                JsonNode offender = json.valueToTree(record.offender());
                Map<String, String> main = new LinkedHashMap<>();
                flatten(offender, "", main, true);
                row(printer, record.sourceReference(), RecordType.OFFENDER, main);
                for (RecordType type : RecordType.values()) {
                    if (type.listPath == null) {
                        continue;
                    }
                    JsonNode items = at(offender, type.listPath);
                    for (JsonNode item : items == null ? List.<JsonNode>of() : items) {
                        Map<String, String> cells = new LinkedHashMap<>();
                        if (type == RecordType.ALIAS_DATE_OF_BIRTH) {
                            cells.put("dateOfBirth", item.asString());
                        } else {
                            flatten(item, "", cells, false);
                        }
                        row(printer, record.sourceReference(), type, cells);
                    }
                }
                for (NotificationInput notification : record.notifications()) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    flatten(json.valueToTree(notification), "", cells, false);
                    row(printer, record.sourceReference(), RecordType.NOTIFICATION, cells);
                }
            }

            @Override
            public void flush() throws IOException {
                printer.flush();
            }
        };
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current == null ? null : current.get(part);
        }
        return current;
    }

    /** Scalars by path; nulls and false are left out (an empty cell reads back as either). */
    private static void flatten(JsonNode node, String prefix, Map<String, String> out, boolean skipLists) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(value, path + ".", out, skipLists);
            } else if (value.isArray()) {
                if (!skipLists && !value.isEmpty()) {
                    throw new IllegalStateException(path + " is a list the CSV format has no rows for");
                }
            } else if (!value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                out.put(path, value.asString());
            }
        }
    }

    private static void row(CSVPrinter printer, String reference, RecordType type, Map<String, String> cells)
            throws IOException {
        List<String> values = new ArrayList<>(HEADER.size());
        for (String column : HEADER) {
            values.add(switch (column) {
                case REFERENCE -> escape(reference);
                case TYPE -> type.name();
                default -> escape(cells.getOrDefault(column, ""));
            });
        }
        Set<String> unused = new LinkedHashSet<>(cells.keySet());
        unused.removeAll(type.columns);
        if (!unused.isEmpty()) {
            throw new IllegalStateException(type + " rows have no column for " + unused);
        }
        printer.printRecord(values);
    }
}
