package uk.gov.vigil.offence.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.offence.Offence;
import uk.gov.vigil.offence.OffenceCatalogue;

/** Loads the catalogue once; it changes only by migration. */
@Repository
class JdbcOffenceCatalogue implements OffenceCatalogue {

    private record Snapshot(List<Offence> ordered, Map<String, Offence> byCode) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    JdbcOffenceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Offence> all() {
        return snapshot().ordered();
    }

    @Override
    public Optional<Offence> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode().get(code));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            List<Offence> ordered = jdbc.sql("select code, title, act, provision from offence")
                    .query((rs, n) -> new Offence(rs.getString("code"), rs.getString("title"), rs.getString("act"),
                            rs.getString("provision")))
                    .list()
                    .stream()
                    .sorted(Comparator.comparing(Offence::act).thenComparing(Offence::code))
                    .toList();
            current = new Snapshot(ordered, ordered.stream().collect(Collectors.toMap(Offence::code, Function.identity())));
            snapshot = current;
        }
        return current;
    }
}
