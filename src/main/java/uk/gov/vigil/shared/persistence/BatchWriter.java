package uk.gov.vigil.shared.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;

/**
 * Collects rows for several statements and sends each statement's rows as one JDBC batch. Statements run in the
 * order they were first used, so a parent table added before its children is written first. On PostgreSQL, a
 * statement with many rows goes as one {@code COPY} instead (see {@link CopyIn}), which the server loads several
 * times faster than the same rows as inserts.
 */
public final class BatchWriter {

    /** Below this many rows a plain batch is as quick, and keeps single-record writes on the usual path. */
    static final int COPY_FROM = 100;

    private final Map<String, List<Map<String, ?>>> rows = new LinkedHashMap<>();

    public void add(String sql, Map<String, ?> parameters) {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(parameters);
    }

    public void write(NamedParameterJdbcOperations jdbc) {
        rows.forEach((sql, batch) -> {
            if (batch.size() < COPY_FROM || !CopyIn.copy(jdbc.getJdbcOperations(), sql, batch)) {
                jdbc.batchUpdate(sql, SqlParameterSourceUtils.createBatch(batch));
            }
        });
        rows.clear();
    }
}
