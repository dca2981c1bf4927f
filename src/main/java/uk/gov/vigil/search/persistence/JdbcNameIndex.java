package uk.gov.vigil.search.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.vigil.offender.RecordVisibility;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.search.application.NameIndex;
import uk.gov.vigil.search.domain.Candidate;
import uk.gov.vigil.search.domain.NameKeys;
import uk.gov.vigil.shared.persistence.BatchWriter;
import uk.gov.vigil.shared.persistence.Databases;

/**
 * The {@code name_key} table, written only by this module, and read-only queries on the offender tables for the
 * names, dates of birth and summaries that matching needs.
 */
@Repository
class JdbcNameIndex implements NameIndex {

    /** The sum of the weights of the keys an offender shares with the search ({@link NameKeys#weight}). */
    private static final String WEIGHT = NameKeys.WEIGHTS.entrySet().stream()
            .map(w -> " when '" + w.getKey() + "' then " + w.getValue())
            .collect(Collectors.joining("", "sum(case substr(name_key, 1, 1)", " else 1 end)"));

    private static final String BEST_SHARING = " group by offender_id order by " + WEIGHT
            + " desc, offender_id limit ";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate plain;
    private final boolean postgres;

    JdbcNameIndex(JdbcClient jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.named = named;
        this.plain = named.getJdbcTemplate();
        this.postgres = Databases.isPostgres(dataSource);
    }

    @Override
    public void replace(Map<UUID, Set<String>> keysByOffender) {
        if (keysByOffender.isEmpty()) {
            return;
        }
        jdbc.sql("delete from name_key where offender_id in (:ids)").param("ids", keysByOffender.keySet()).update();
        BatchWriter batch = new BatchWriter();
        keysByOffender.forEach((id, keys) -> keys.forEach(key -> batch.add(
                "insert into name_key (offender_id, name_key) values (:id, :key)", Map.of("id", id, "key", key))));
        batch.write(named);
    }

    @Override
    public Map<UUID, List<Candidate.KnownName>> names(Collection<UUID> offenderIds) {
        Map<UUID, List<Candidate.KnownName>> names = new LinkedHashMap<>();
        if (offenderIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, given_names, family_name from offender where id in (:ids)").param("ids", offenderIds)
                .query((rs, n) -> names.computeIfAbsent(rs.getObject("id", UUID.class), k -> new ArrayList<>())
                        .add(new Candidate.KnownName(rs.getString("given_names"), rs.getString("family_name"), false)))
                .list();
        aliases(offenderIds).forEach((id, aliases) -> names.computeIfAbsent(id, k -> new ArrayList<>())
                .addAll(aliases));
        return names;
    }

    /**
     * A lookup names several hundred keys (every spelling one edit away). On PostgreSQL they go as one array
     * parameter, so the statement's text never changes and the driver can keep it prepared with a generic plan;
     * as an {@code IN} list of varying length, planning it cost more than running it. H2 takes the list.
     */
    @Override
    public List<UUID> sharingKeys(Set<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (postgres) {
            return plain.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "select offender_id from name_key where name_key = any(?)" + BEST_SHARING + "?");
                statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
                statement.setInt(2, limit);
                return statement;
            }, (rs, n) -> rs.getObject(1, UUID.class));
        }
        return jdbc.sql("select offender_id from name_key where name_key in (:keys)" + BEST_SHARING + ":limit")
                .param("keys", keys).param("limit", limit)
                .query(UUID.class).list();
    }

    @Override
    public List<UUID> bornOn(Set<LocalDate> dates, int limit) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id from offender where date_of_birth in (:dates)
                union
                select offender_id from offender_alias_date_of_birth where date_of_birth in (:dates)
                limit :limit""")
                .param("dates", dates).param("limit", limit)
                .query(UUID.class).list();
    }

    @Override
    public List<UUID> unindexed(UUID after, int limit) {
        return jdbc.sql("select o.id from offender o where " + (after == null ? "" : "o.id > :after and ")
                        + "not exists (select 1 from name_key k where k.offender_id = o.id) order by o.id limit :limit")
                .params(after == null ? Map.of("limit", limit) : Map.of("after", after, "limit", limit))
                .query(UUID.class).list();
    }

    @Override
    public List<UUID> filtered(Filters filters, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = filterConditions(filters, p);
        p.put("limit", limit);
        return jdbc.sql("select o.id from offender o where 1 = 1" + where + " order by o.id limit :limit").params(p)
                .query(UUID.class).list();
    }

    @Override
    public List<Loaded> load(Collection<UUID> offenderIds, Filters filters, String viewer) {
        if (offenderIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("ids", offenderIds);
        p.put("viewer", viewer);
        String where = filterConditions(filters, p);
        List<Row> rows = jdbc.sql("""
                select o.id, o.given_names, o.family_name, o.date_of_birth, o.sex, o.status,
                    o.managing_agency_code, o.offender_manager
                from offender o where o.id in (:ids) and o.status <> 'MERGED' and """
                + RecordVisibility.visibleTo("o.id") + where)
                .params(p)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<Candidate.KnownName>> aliases = aliases(ids);
        Map<UUID, List<LocalDate>> aliasDates = new HashMap<>();
        jdbc.sql("select offender_id, date_of_birth from offender_alias_date_of_birth where offender_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> aliasDates.computeIfAbsent(rs.getObject("offender_id", UUID.class),
                        k -> new ArrayList<>()).add(rs.getObject("date_of_birth", LocalDate.class)))
                .list();
        List<Loaded> loaded = new ArrayList<>();
        for (Row r : rows) {
            List<Candidate.KnownName> names = new ArrayList<>();
            names.add(new Candidate.KnownName(r.givenNames, r.familyName, false));
            names.addAll(aliases.getOrDefault(r.id, List.of()));
            List<LocalDate> dates = new ArrayList<>();
            dates.add(r.dateOfBirth);
            dates.addAll(aliasDates.getOrDefault(r.id, List.of()));
            loaded.add(new Loaded(new Candidate(r.id, names, dates, r.sex),
                    new OffenderSummary(new OffenderId(r.id), new PersonName(r.givenNames, r.familyName),
                            r.dateOfBirth, RecordStatus.valueOf(r.status), r.managingAgency, r.offenderManager)));
        }
        return loaded;
    }

    private Map<UUID, List<Candidate.KnownName>> aliases(Collection<UUID> offenderIds) {
        Map<UUID, List<Candidate.KnownName>> aliases = new HashMap<>();
        jdbc.sql("select offender_id, given_names, family_name from offender_alias where offender_id in (:ids)"
                        + " order by offender_id, position")
                .param("ids", offenderIds)
                .query((rs, n) -> aliases.computeIfAbsent(rs.getObject("offender_id", UUID.class),
                        k -> new ArrayList<>()).add(new Candidate.KnownName(rs.getString("given_names"),
                                rs.getString("family_name"), true)))
                .list();
        return aliases;
    }

    private static String filterConditions(Filters f, Map<String, Object> p) {
        StringBuilder where = new StringBuilder();
        if (f.pncId() != null) {
            where.append(" and o.pnc_id = :pnc");
            p.put("pnc", f.pncId());
        }
        if (f.croNumber() != null) {
            where.append(" and o.cro_number = :cro");
            p.put("cro", f.croNumber());
        }
        if (f.nationalInsuranceNumber() != null) {
            where.append(" and o.ni_number = :ni");
            p.put("ni", f.nationalInsuranceNumber());
        }
        if (f.postcodeStart() != null) {
            where.append(" and exists (select 1 from offender_address a where a.offender_id = o.id"
                    + " and a.postcode like :postcode)");
            p.put("postcode", f.postcodeStart() + "%");
        }
        if (f.passportNumber() != null) {
            where.append(" and exists (select 1 from offender_passport pp where pp.offender_id = o.id"
                    + " and pp.number = :passport)");
            p.put("passport", f.passportNumber());
        }
        if (f.addressText() != null) {
            where.append(" and exists (select 1 from offender_address ad where ad.offender_id = o.id and lower("
                    + "concat_ws(' ', ad.line1, ad.line2, ad.town, ad.place_description)) like :address escape '\\')");
            p.put("address", "%" + f.addressText().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        return where.toString();
    }

    private record Row(UUID id, String givenNames, String familyName, LocalDate dateOfBirth, String sex,
            String status, String managingAgency, String offenderManager) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("given_names"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("sex"), rs.getString("status"),
                rs.getString("managing_agency_code"), rs.getString("offender_manager"));
    }
}
