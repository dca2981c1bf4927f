package uk.gov.vigil.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CopyInTest {

    @Test
    void aPlainInsertBecomesACopyOfItsColumnsInOrder() {
        CopyIn.Plan plan = CopyIn.plan("""
                insert into name_key (offender_id, name_key)
                values (:id, :key)""").orElseThrow();

        assertThat(plan.copy()).isEqualTo("copy name_key (offender_id, name_key) from stdin (format csv)");
        assertThat(plan.parameters()).containsExactly("id", "key");
    }

    @Test
    void statementsWithExpressionsOrOtherShapesAreLeftToTheBatch() {
        assertThat(CopyIn.plan("insert into t (a, b) values (:a, cast(:b as json))")).isEmpty();
        assertThat(CopyIn.plan("insert into t (a, b) values (:a, 1)")).isEmpty();
        assertThat(CopyIn.plan("insert into t (a) select x from y")).isEmpty();
        assertThat(CopyIn.plan("update t set a = :a")).isEmpty();
        assertThat(CopyIn.plan("insert into t (a, b) values (:a)")).isEmpty();
    }

    @Test
    void valuesAreQuotedSoThatNullAndEmptyTextDifferAndQuotesCommasAndNewlinesSurvive() {
        CopyIn.Plan plan = CopyIn.plan("insert into t (a, b, c, d, e, f) values (:a, :b, :c, :d, :e, :f)")
                .orElseThrow();
        Map<String, Object> row = new HashMap<>();
        row.put("a", null);
        row.put("b", "");
        row.put("c", "say \"hi\",\nthen go");
        row.put("d", UUID.fromString("01a23c52-ee9a-7402-9351-fd764ec7975b"));
        row.put("e", Instant.parse("2015-03-04T10:15:00Z"));
        row.put("f", LocalDate.of(2015, 3, 4));

        assertThat(CopyIn.csv(plan, List.of(row))).contains(",\"\",\"say \"\"hi\"\",\nthen go\","
                + "\"01a23c52-ee9a-7402-9351-fd764ec7975b\",\"2015-03-04T10:15:00Z\",\"2015-03-04\"\n");
    }

    @Test
    void aValueOfAnUnknownTypeOrAMissingParameterLeavesTheRowsToTheBatch() {
        CopyIn.Plan plan = CopyIn.plan("insert into t (a) values (:a)").orElseThrow();

        assertThat(CopyIn.csv(plan, List.of(Map.of("a", new byte[] {1})))).isEmpty();
        assertThat(CopyIn.csv(plan, List.of(Map.of("b", "x")))).isEmpty();
    }
}
