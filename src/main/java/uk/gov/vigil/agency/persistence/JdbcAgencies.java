package uk.gov.vigil.agency.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.agency.AgencyType;
import uk.gov.vigil.agency.Jurisdiction;

/**
 * Reads the agency table once, on first use. The list changes only by migration, so every later lookup is served
 * from memory.
 */
@Repository
class JdbcAgencies implements Agencies {

    private record Snapshot(List<Agency> ordered, Map<String, Agency> byCode) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    JdbcAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Agency> all() {
        return snapshot().ordered();
    }

    @Override
    public Optional<Agency> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode().get(code));
    }

    @Override
    public List<Agency> policeForces() {
        return all().stream().filter(Agency::isPoliceForce).toList();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            List<Agency> ordered = jdbc.sql("select code, name, type, jurisdiction, contact_point from agency")
                    .query((rs, n) -> new Agency(rs.getString("code"), rs.getString("name"),
                            AgencyType.valueOf(rs.getString("type")),
                            Jurisdiction.valueOf(rs.getString("jurisdiction")), rs.getString("contact_point")))
                    .list()
                    .stream()
                    .sorted(Comparator.comparing(Agency::type).thenComparing(Agency::name))
                    .toList();
            current = new Snapshot(ordered, ordered.stream().collect(Collectors.toMap(Agency::code, Function.identity())));
            snapshot = current;
        }
        return current;
    }
}
