package uk.gov.vigil.transfer.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.web.JsonFieldErrors;
import uk.gov.vigil.transfer.domain.RowProblem;

/**
 * The JSON Lines format: one offender per line, {@code {"sourceReference": ..., "offender": {...},
 * "notifications": [...]}}, where the offender and each notification take the API's own shapes.
 */
final class JsonLines {

    static final int MAX_REFERENCE = 100;
    private static final Set<String> FIELDS = Set.of("sourceReference", "offender", "notifications");

    private JsonLines() {
    }

    static RecordReader reader(BufferedReader in, JsonMapper json) {
        return new RecordReader() {
            private long line;

            @Override
            protected ParsedRecord readNext() {
                String text;
                do {
                    text = readLine(in);
                    if (text == null) {
                        return null;
                    }
                    line++;
                } while (text.isBlank());
                return parse(text, line, json);
            }
        };
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedRecord parse(String text, long line, JsonMapper json) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            return unreadable(line, null, "line", "is not a well-formed JSON object");
        }
        if (node == null || !node.isObject()) {
            return unreadable(line, null, "line", "is not a JSON object");
        }
        JsonNode ref = node.get("sourceReference");
        String reference = ref != null && ref.isString() ? ref.asString().strip() : null;
        List<RowProblem> problems = new ArrayList<>();
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add(new RowProblem(line, reference, name, "is not a recognised field"));
            }
        }
        if (reference == null || reference.isEmpty()) {
            problems.add(new RowProblem(line, null, "sourceReference", "is required"));
        } else if (reference.length() > MAX_REFERENCE) {
            problems.add(new RowProblem(line, null, "sourceReference",
                    "must be at most " + MAX_REFERENCE + " characters"));
            reference = null;
        }
        OffenderDetails offender = null;
        JsonNode offenderNode = node.get("offender");
        if (offenderNode == null || !offenderNode.isObject()) {
            problems.add(new RowProblem(line, reference, "offender", "is required, as an object"));
        } else {
            try {
                offender = json.treeToValue(offenderNode, OffenderDetails.class);
            } catch (JacksonException e) {
                problems.add(problem(line, reference, JsonFieldErrors.of(e, "offender.", "offender")));
            }
        }
        List<NotificationInput> notifications = new ArrayList<>();
        JsonNode list = node.get("notifications");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                problems.add(new RowProblem(line, reference, "notifications", "must be a list"));
            } else {
                notifications.addAll(notifications(list, line, reference, json, problems));
            }
        }
        if (!problems.isEmpty()) {
            return new ParsedRecord.Unreadable(problems);
        }
        return new ParsedRecord.Read(new TransferRecord(reference, offender, notifications, line));
    }

    /** Binds each notification of a record, adding a problem naming {@code notifications[i].field} for any that fails. */
    static List<NotificationInput> notifications(JsonNode list, long line, String reference, JsonMapper json,
            List<RowProblem> problems) {
        List<NotificationInput> bound = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                bound.add(json.treeToValue(list.get(i), NotificationInput.class));
            } catch (JacksonException e) {
                problems.add(problem(line, reference,
                        JsonFieldErrors.of(e, "notifications[" + i + "].", "notifications[" + i + "]")));
            }
        }
        return bound;
    }

    private static ParsedRecord unreadable(long line, String reference, String field, String message) {
        return new ParsedRecord.Unreadable(List.of(new RowProblem(line, reference, field, message)));
    }

    static RowProblem problem(long line, String reference, FieldViolation violation) {
        return new RowProblem(line, reference, violation.field(), violation.message());
    }

    static RecordWriter writer(Writer out, JsonMapper json) {
        return new RecordWriter() {
            @Override
            public void write(TransferRecord record) throws IOException {
                ObjectNode node = json.createObjectNode();
                node.put("sourceReference", record.sourceReference());
                node.set("offender", json.valueToTree(record.offender()));
                node.set("notifications", json.valueToTree(record.notifications()));
                out.write(json.writeValueAsString(node));
                out.write('\n');
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }
}
