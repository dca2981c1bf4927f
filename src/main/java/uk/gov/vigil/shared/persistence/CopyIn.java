package uk.gov.vigil.shared.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Sends the rows of a plain {@code insert into t (a, b) values (:a, :b)} as one PostgreSQL {@code COPY ... FROM
 * STDIN (FORMAT csv)} on the transaction's own connection. Anything else (another database, a statement with
 * expressions, a value of a type it does not know) is left to the caller's JDBC batch, so the rows and their
 * meaning are the same either way.
 */
final class CopyIn {

    private static final Pattern INSERT = Pattern.compile(
            "\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CopyIn() {
    }

    /** The table, its columns and the parameter that fills each, if the statement is a plain insert. */
    record Plan(String table, List<String> columns, List<String> parameters) {

        String copy() {
            return "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
        }
    }

    static Optional<Plan> plan(String sql) {
        Matcher m = INSERT.matcher(sql);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        for (String c : m.group(2).split(",")) {
            columns.add(c.strip());
        }
        List<String> parameters = new ArrayList<>();
        for (String v : m.group(3).split(",")) {
            Matcher p = PARAMETER.matcher(v.strip());
            if (!p.matches()) {
                return Optional.empty();
            }
            parameters.add(p.group(1));
        }
        return columns.size() == parameters.size() ? Optional.of(new Plan(m.group(1), columns, parameters))
                : Optional.empty();
    }

    /** @return whether the rows were copied; false leaves them for a JDBC batch */
    static boolean copy(JdbcOperations jdbc, String sql, List<Map<String, ?>> rows) {
        Optional<Plan> plan = plan(sql);
        if (plan.isEmpty()) {
            return false;
        }
        Optional<String> csv = csv(plan.get(), rows);
        if (csv.isEmpty()) {
            return false;
        }
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(plan.get().copy(),
                        new StringReader(csv.get()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        });
        return Boolean.TRUE.equals(copied);
    }

    /** The rows as CSV, or empty if a value has a type this does not know how to write. */
    static Optional<String> csv(Plan plan, List<Map<String, ?>> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 64);
        for (Map<String, ?> row : rows) {
            for (int i = 0; i < plan.parameters().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                if (!row.containsKey(plan.parameters().get(i))) {
                    return Optional.empty();
                }
                if (!append(out, row.get(plan.parameters().get(i)))) {
                    return Optional.empty();
                }
            }
            out.append('\n');
        }
        return Optional.of(out.toString());
    }

    /** Writes one value: nothing for null, a quoted string for text (so that "" stays an empty string). */
    private static boolean append(StringBuilder out, Object value) {
        if (value == null) {
            return true;
        }
        String text;
        if (value instanceof CharSequence s) {
            text = s.toString();
        } else if (value instanceof UUID || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value instanceof LocalDateTime) {
            text = value.toString();
        } else if (value instanceof OffsetDateTime t) {
            text = TIMESTAMP.format(t);
        } else if (value instanceof Instant t) {
            text = TIMESTAMP.format(t.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else {
            return false;
        }
        out.append('"');
        if (text.indexOf('"') < 0) {
            out.append(text);
        } else {
            out.append(text.replace("\"", "\"\""));
        }
        out.append('"');
        return true;
    }
}
