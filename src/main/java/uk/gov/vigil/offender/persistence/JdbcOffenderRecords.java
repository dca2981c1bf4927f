package uk.gov.vigil.offender.persistence;

import static uk.gov.vigil.shared.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.shared.persistence.BatchWriter;

import uk.gov.vigil.offender.RecordVisibility;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.Build;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.DistinguishingMark;
import uk.gov.vigil.offender.domain.Erasure;
import uk.gov.vigil.offender.domain.ErasureReason;
import uk.gov.vigil.offender.domain.EyeColour;
import uk.gov.vigil.offender.domain.HairColour;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.MarkType;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.OffenderRecords;
import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.offender.domain.Passport;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.PhysicalDescription;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Restrictions;
import uk.gov.vigil.offender.domain.Sex;

/**
 * Offender records in the {@code offender} table and its child tables. A replace updates the main row only if
 * the version still matches, then rewrites the child rows, all inside the caller's transaction.
 */
@Repository
class JdbcOffenderRecords implements OffenderRecords {

    private static final String SUMMARY_COLUMNS =
            "id, given_names, family_name, date_of_birth, status, managing_agency_code, offender_manager";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batchJdbc;
    private final JsonMapper json;

    JdbcOffenderRecords(JdbcClient jdbc, NamedParameterJdbcOperations batchJdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.json = json;
    }

    @Override
    public void addAll(Collection<OffenderRecord> records) {
        BatchWriter batch = new BatchWriter();
        for (OffenderRecord record : records) {
            Map<String, Object> p = detailParameters(record.details());
            p.put("id", record.id().value());
            p.put("version", record.version());
            p.put("createdAt", utc(record.createdAt()));
            p.put("createdBy", record.createdBy());
            p.put("updatedAt", utc(record.updatedAt()));
            p.put("updatedBy", record.updatedBy());
            batch.add("""
                    insert into offender (id, version, status, given_names, family_name, date_of_birth, sex,
                        nationality, height_cm, build, eye_colour, hair_colour, pnc_id, cro_number, ni_number,
                        managing_agency_code, probation_agency_code, prison_agency_code, offender_manager, created_at,
                        created_by, updated_at, updated_by)
                    values (:id, :version, :status, :givenNames, :familyName, :dateOfBirth, :sex, :nationality,
                        :heightCm, :build, :eyeColour, :hairColour, :pncId, :croNumber, :niNumber, :managingAgency,
                        :probationAgency, :prisonAgency, :offenderManager, :createdAt, :createdBy, :updatedAt,
                        :updatedBy)""", p);
            addChildren(batch, record.id().value(), record.details());
            addRevision(batch, record.id().value(), record.version(), record.details(), record.createdAt(),
                    record.createdBy());
        }
        batch.write(batchJdbc);
    }

    @Override
    public Optional<OffenderRecord> replace(OffenderId id, long expectedVersion, OffenderDetails d, Instant when,
            String who) {
        int updated = jdbc.sql("""
                update offender set version = version + 1, status = :status, given_names = :givenNames,
                    family_name = :familyName, date_of_birth = :dateOfBirth, sex = :sex, nationality = :nationality,
                    height_cm = :heightCm, build = :build, eye_colour = :eyeColour, hair_colour = :hairColour,
                    pnc_id = :pncId, cro_number = :croNumber, ni_number = :niNumber,
                    managing_agency_code = :managingAgency, probation_agency_code = :probationAgency,
                    prison_agency_code = :prisonAgency, offender_manager = :offenderManager,
                    updated_at = :updatedAt, updated_by = :updatedBy
                where id = :id and version = :expectedVersion""")
                .param("id", id.value())
                .param("expectedVersion", expectedVersion)
                .params(detailParameters(d))
                .param("updatedAt", utc(when))
                .param("updatedBy", who)
                .update();
        if (updated == 0) {
            return Optional.empty();
        }
        for (String table : List.of("offender_alias", "offender_alias_date_of_birth", "offender_mark",
                "offender_passport", "conviction", "offender_address")) {
            jdbc.sql("delete from " + table + " where offender_id = :id").param("id", id.value()).update();
        }
        BatchWriter batch = new BatchWriter();
        addChildren(batch, id.value(), d);
        addRevision(batch, id.value(), expectedVersion + 1, d, when, who);
        batch.write(batchJdbc);
        return find(id);
    }

    private void addRevision(BatchWriter batch, UUID id, long version, OffenderDetails details, Instant when,
            String who) {
        batch.add("insert into offender_revision (offender_id, version, details, changed_at, changed_by)"
                + " values (:id, :version, :details, :at, :by)", row(id, -1, "version", version,
                "details", json.writeValueAsString(details), "at", utc(when), "by", who));
    }

    @Override
    public List<Revision> revisions(OffenderId id) {
        return jdbc.sql("select version, changed_at, changed_by from offender_revision where offender_id = :id"
                        + " order by version")
                .param("id", id.value())
                .query((rs, n) -> new Revision(rs.getLong("version"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by")))
                .list();
    }

    @Override
    public Optional<OffenderDetails> detailsAt(OffenderId id, long version) {
        return jdbc.sql("select details from offender_revision where offender_id = :id and version = :version")
                .param("id", id.value()).param("version", version)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, OffenderDetails.class));
    }

    @Override
    public Optional<OffenderRecord> find(OffenderId id) {
        return findOne(id, CHILD_ROWS).map(Guarded::record);
    }

    @Override
    public Optional<Guarded> findGuarded(OffenderId id) {
        return findOne(id, CHILD_ROWS_AND_RESTRICTIONS);
    }

    /** One record, with the restrictions that {@code childRows} reads (none unless it has their part). */
    private Optional<Guarded> findOne(OffenderId id, String childRows) {
        UUID key = id.value();
        // The child rows first, not from inside the row mapper: outside a transaction that would hold one pooled
        // connection while waiting for a second, and sixteen concurrent reads exhausted the pool that way.
        Map<UUID, Children> rows = children(List.of(key), childRows);
        Children own = rows.getOrDefault(key, new Children());
        Restrictions restrictions = restrictions(Set.copyOf(own.restrictedTo()), Set.copyOf(own.excluded()));
        return jdbc.sql("select * from offender where id = :id")
                .param("id", key)
                .query((rs, n) -> new Guarded(mapRecord(rs, key, rows), restrictions))
                .optional();
    }

    @Override
    public List<OffenderRecord> findAll(List<OffenderId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> keys = ids.stream().map(OffenderId::value).toList();
        Map<UUID, Children> rows = children(keys, CHILD_ROWS);
        Map<UUID, OffenderRecord> found = new HashMap<>();
        jdbc.sql("select * from offender where id in (:ids)").param("ids", keys)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(id, mapRecord(rs, id, rows));
                });
        return keys.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Map<OffenderId, Management> management(Collection<OffenderId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<OffenderId, Management> result = new HashMap<>();
        jdbc.sql("select id, managing_agency_code, offender_manager, probation_agency_code, prison_agency_code"
                        + " from offender where id in (:ids)")
                .param("ids", ids.stream().map(OffenderId::value).toList())
                .query(rs -> {
                    result.put(new OffenderId(rs.getObject("id", UUID.class)),
                            new Management(rs.getString("managing_agency_code"), rs.getString("offender_manager"),
                                    rs.getString("probation_agency_code"), rs.getString("prison_agency_code")));
                });
        return result;
    }

    @Override
    public void recordMerge(OffenderId merged, OffenderId kept, Instant at, String by, String reason) {
        jdbc.sql("""
                insert into offender_merge (merged_id, kept_id, merged_at, merged_by, reason)
                values (:merged, :kept, :at, :by, :reason)""")
                .param("merged", merged.value()).param("kept", kept.value()).param("at", utc(at))
                .param("by", by).param("reason", reason).update();
        jdbc.sql("update intelligence_note set offender_id = :kept where offender_id = :merged")
                .param("merged", merged.value()).param("kept", kept.value()).update();
    }

    @Override
    public List<OffenderId> mergedIntoThis(OffenderId kept) {
        return jdbc.sql("select merged_id from offender_merge where kept_id = :kept order by merged_id")
                .param("kept", kept.value()).query(UUID.class).list().stream().map(OffenderId::new).toList();
    }

    @Override
    public void erase(Erasure erasure) {
        UUID id = erasure.id().value();
        for (String delete : List.of(
                "delete from offender_revision where offender_id = :id",
                "delete from intelligence_note where offender_id = :id",
                "delete from full_access_grant where offender_id = :id",
                "delete from record_restriction where offender_id = :id",
                "delete from offender_merge where merged_id = :id or kept_id = :id",
                "delete from offender where id = :id")) {
            jdbc.sql(delete).param("id", id).update();
        }
        jdbc.sql("""
                insert into erased_record (offender_id, erased_at, erased_by, reason, decision_reference)
                values (:id, :at, :by, :reason, :reference)""")
                .param("id", id).param("at", utc(erasure.erasedAt())).param("by", erasure.erasedBy())
                .param("reason", erasure.reason().name()).param("reference", erasure.decisionReference()).update();
    }

    @Override
    public Optional<Erasure> erasure(OffenderId id) {
        return jdbc.sql("select erased_at, erased_by, reason, decision_reference from erased_record"
                + " where offender_id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Erasure(id, rs.getObject("erased_at", OffsetDateTime.class).toInstant(),
                        rs.getString("erased_by"), ErasureReason.valueOf(rs.getString("reason")),
                        rs.getString("decision_reference")))
                .optional();
    }

    @Override
    public Optional<OffenderId> mergedInto(OffenderId merged) {
        return jdbc.sql("select kept_id from offender_merge where merged_id = :merged")
                .param("merged", merged.value()).query(UUID.class).optional().map(OffenderId::new);
    }

    @Override
    public Optional<OffenderId> findByPncId(String pncId) {
        if (pncId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from offender where pnc_id = :pnc")
                .param("pnc", pncId)
                .query((rs, n) -> new OffenderId(rs.getObject(1, UUID.class)))
                .optional();
    }

    @Override
    public Restrictions restrictions(OffenderId id) {
        Set<String> restrictedTo = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        jdbc.sql("select kind, username from record_restriction where offender_id = :id").param("id", id.value())
                .query(rs -> {
                    (rs.getString(1).equals("RESTRICTED_TO") ? restrictedTo : excluded).add(rs.getString(2));
                });
        return restrictions(restrictedTo, excluded);
    }

    private static Restrictions restrictions(Set<String> restrictedTo, Set<String> excluded) {
        return restrictedTo.isEmpty() && excluded.isEmpty() ? Restrictions.NONE
                : new Restrictions(restrictedTo, excluded);
    }

    @Override
    public void replaceRestrictions(OffenderId id, Restrictions restrictions, String by, Instant at) {
        jdbc.sql("delete from record_restriction where offender_id = :id").param("id", id.value()).update();
        BatchWriter batch = new BatchWriter();
        String insert = "insert into record_restriction (offender_id, kind, username, added_by, added_at)"
                + " values (:id, :kind, :username, :by, :at)";
        restrictions.restrictedTo().forEach(u -> batch.add(insert, Map.of("id", id.value(), "kind", "RESTRICTED_TO",
                "username", u, "by", by, "at", utc(at))));
        restrictions.excluded().forEach(u -> batch.add(insert, Map.of("id", id.value(), "kind", "EXCLUDED",
                "username", u, "by", by, "at", utc(at))));
        batch.write(batchJdbc);
    }

    @Override
    public List<OffenderSummary> search(String familyNamePrefix, String givenNamePrefix, LocalDate dateOfBirth,
            String pncId, String viewer, int limit) {
        StringBuilder sql = new StringBuilder("select " + SUMMARY_COLUMNS + " from offender where "
                + RecordVisibility.visibleTo("offender.id"));
        Map<String, Object> p = new HashMap<>();
        p.put("viewer", viewer);
        p.put("limit", limit);
        if (familyNamePrefix != null || givenNamePrefix != null) {
            sql.append(" and ((lower(family_name) like :family and lower(given_names) like :given)"
                    + " or exists (select 1 from offender_alias a where a.offender_id = offender.id"
                    + " and lower(a.family_name) like :family and lower(a.given_names) like :given))");
            p.put("family", likePrefix(familyNamePrefix));
            p.put("given", likePrefix(givenNamePrefix));
        }
        if (dateOfBirth != null) {
            sql.append(" and (date_of_birth = :dob or exists (select 1 from offender_alias_date_of_birth d"
                    + " where d.offender_id = offender.id and d.date_of_birth = :dob))");
            p.put("dob", dateOfBirth);
        }
        if (pncId != null) {
            sql.append(" and pnc_id = :pnc");
            p.put("pnc", pncId);
        }
        sql.append(" order by family_name, given_names, id limit :limit");
        return jdbc.sql(sql.toString()).params(p)
                .query((rs, n) -> summary(rs))
                .list();
    }

    private static OffenderSummary summary(ResultSet rs) throws SQLException {
        return new OffenderSummary(new OffenderId(rs.getObject("id", UUID.class)),
                new PersonName(rs.getString("given_names"), rs.getString("family_name")),
                rs.getObject("date_of_birth", LocalDate.class), RecordStatus.valueOf(rs.getString("status")),
                rs.getString("managing_agency_code"), rs.getString("offender_manager"));
    }

    /** A LIKE pattern for text starting with the prefix, any case, with the prefix's own wildcards escaped. */
    private static String likePrefix(String prefix) {
        if (prefix == null) {
            return "%";
        }
        return prefix.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    @Override
    public Set<String> pncIdsInUse(Collection<String> pncIds) {
        if (pncIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select pnc_id from offender where pnc_id in (:ids)")
                .param("ids", List.copyOf(pncIds))
                .query(String.class)
                .list());
    }

    @Override
    public List<OffenderId> responsibleFor(String agency, String viewer, OffenderId after, int limit) {
        return jdbc.sql("select id from offender where (managing_agency_code = :agency"
                        + " or probation_agency_code = :agency or prison_agency_code = :agency)"
                        + " and status <> 'MERGED' and id > :after and " + RecordVisibility.visibleTo("offender.id")
                        + " order by id limit :limit")
                .param("agency", agency)
                .param("viewer", viewer)
                .param("after", after == null ? new UUID(0, 0) : after.value())
                .param("limit", limit)
                .query((rs, n) -> new OffenderId(rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    public Page<OffenderSummary> list(OffenderQuery query) {
        StringBuilder where = new StringBuilder(" where " + RecordVisibility.visibleTo("offender.id"));
        if (query.responsibleAgency() != null) {
            where.append(" and (managing_agency_code = :agency or probation_agency_code = :agency"
                    + " or prison_agency_code = :agency)");
        }
        if (query.status() != null) {
            where.append(" and status = :status");
        }
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from offender" + where)
                .param("viewer", query.viewer());
        JdbcClient.StatementSpec items = jdbc.sql("select " + SUMMARY_COLUMNS + " from offender" + where
                + " order by family_name, given_names, id limit :limit offset :offset")
                .param("viewer", query.viewer());
        if (query.responsibleAgency() != null) {
            count = count.param("agency", query.responsibleAgency());
            items = items.param("agency", query.responsibleAgency());
        }
        if (query.status() != null) {
            count = count.param("status", query.status().name());
            items = items.param("status", query.status().name());
        }
        long total = count.query(Long.class).single();
        List<OffenderSummary> rows = items
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> summary(rs))
                .list();
        return new Page<>(rows, query.page(), query.size(), total);
    }

    private static Map<String, Object> detailParameters(OffenderDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("status", d.status().name());
        p.put("givenNames", d.name().givenNames());
        p.put("familyName", d.name().familyName());
        p.put("dateOfBirth", d.dateOfBirth());
        p.put("sex", d.sex().name());
        p.put("nationality", d.nationality());
        p.put("heightCm", d.description().heightCm());
        p.put("build", name(d.description().build()));
        p.put("eyeColour", name(d.description().eyeColour()));
        p.put("hairColour", name(d.description().hairColour()));
        p.put("pncId", d.identifiers().pncId());
        p.put("croNumber", d.identifiers().croNumber());
        p.put("niNumber", d.identifiers().nationalInsuranceNumber());
        p.put("managingAgency", d.management().managingAgency());
        p.put("probationAgency", d.management().probationAgency());
        p.put("prisonAgency", d.management().prisonAgency());
        p.put("offenderManager", d.management().offenderManager());
        return p;
    }

    private static void addChildren(BatchWriter batch, UUID id, OffenderDetails d) {
        for (int i = 0; i < d.aliases().size(); i++) {
            PersonName alias = d.aliases().get(i);
            batch.add("insert into offender_alias (offender_id, position, given_names, family_name)"
                    + " values (:id, :pos, :given, :family)",
                    row(id, i, "given", alias.givenNames(), "family", alias.familyName()));
        }
        for (int i = 0; i < d.aliasDatesOfBirth().size(); i++) {
            batch.add("insert into offender_alias_date_of_birth (offender_id, position, date_of_birth)"
                    + " values (:id, :pos, :dob)", row(id, i, "dob", d.aliasDatesOfBirth().get(i)));
        }
        for (int i = 0; i < d.distinguishingMarks().size(); i++) {
            DistinguishingMark mark = d.distinguishingMarks().get(i);
            batch.add("insert into offender_mark (offender_id, position, type, location, description)"
                    + " values (:id, :pos, :type, :location, :description)",
                    row(id, i, "type", mark.type().name(), "location", mark.location(),
                            "description", mark.description()));
        }
        for (int i = 0; i < d.identifiers().passports().size(); i++) {
            Passport passport = d.identifiers().passports().get(i);
            batch.add("insert into offender_passport (offender_id, position, number, issuing_country)"
                    + " values (:id, :pos, :number, :country)",
                    row(id, i, "number", passport.number(), "country", passport.issuingCountry()));
        }
        for (int i = 0; i < d.convictions().size(); i++) {
            Conviction c = d.convictions().get(i);
            batch.add("insert into conviction (offender_id, position, offence_code, conviction_date, court, disposal,"
                    + " term_months) values (:id, :pos, :offence, :date, :court, :disposal, :term)",
                    row(id, i, "offence", c.offenceCode(), "date", c.date(), "court", c.court(),
                            "disposal", c.disposal().name(), "term", c.termMonths()));
        }
        for (int i = 0; i < d.addresses().size(); i++) {
            Address a = d.addresses().get(i);
            batch.add("insert into offender_address (offender_id, position, type, line1, line2, town, postcode,"
                    + " place_description, from_date, to_date)"
                    + " values (:id, :pos, :type, :line1, :line2, :town, :postcode, :place, :from, :to)",
                    row(id, i, "type", a.type().name(), "line1", a.line1(), "line2", a.line2(), "town", a.town(),
                            "postcode", a.postcode(), "place", a.placeDescription(), "from", a.from(),
                            "to", a.to()));
        }
    }

    /** The parameters of one child row: the offender id, its position, then name and value pairs. */
    private static Map<String, Object> row(UUID id, int position, Object... namesAndValues) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("pos", position);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return p;
    }

    private OffenderRecord mapRecord(ResultSet rs, UUID id, Map<UUID, Children> rows) throws SQLException {
        Children children = rows.getOrDefault(id, new Children());
        OffenderDetails details = new OffenderDetails(
                new PersonName(rs.getString("given_names"), rs.getString("family_name")),
                children.aliases(),
                rs.getObject("date_of_birth", LocalDate.class),
                children.aliasDatesOfBirth(),
                Sex.valueOf(rs.getString("sex")),
                rs.getString("nationality"),
                new PhysicalDescription((Integer) rs.getObject("height_cm"),
                        enumOrNull(Build.class, rs.getString("build")),
                        enumOrNull(EyeColour.class, rs.getString("eye_colour")),
                        enumOrNull(HairColour.class, rs.getString("hair_colour"))),
                children.marks(),
                new Identifiers(rs.getString("pnc_id"), rs.getString("cro_number"), rs.getString("ni_number"),
                        children.passports()),
                children.convictions(),
                children.addresses(),
                new Management(rs.getString("managing_agency_code"), rs.getString("offender_manager"),
                        rs.getString("probation_agency_code"), rs.getString("prison_agency_code")),
                RecordStatus.valueOf(rs.getString("status")));
        return new OffenderRecord(new OffenderId(id), rs.getLong("version"), details,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
    }

    /** A record's repeating parts, each in position order. */
    private record Children(List<PersonName> aliases, List<LocalDate> aliasDatesOfBirth,
            List<DistinguishingMark> marks, List<Passport> passports, List<Conviction> convictions,
            List<Address> addresses, List<String> restrictedTo, List<String> excluded) {

        Children() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * The child rows of all six tables, for one record or many, in one query: a read of one record is two round
     * trips, not seven. Each table's columns go into typed slots (s1-s6 text, d1-d2 dates, n1 a number).
     */
    private static final String CHILD_PARTS = """
            select 1 part, offender_id, position, given_names s1, family_name s2, cast(null as varchar) s3,
                cast(null as varchar) s4, cast(null as varchar) s5, cast(null as varchar) s6, cast(null as date) d1,
                cast(null as date) d2, cast(null as integer) n1
            from offender_alias where offender_id in (:ids)
            union all
            select 2, offender_id, position, null, null, null, null, null, null, date_of_birth, null, null
            from offender_alias_date_of_birth where offender_id in (:ids)
            union all
            select 3, offender_id, position, type, location, description, null, null, null, null, null, null
            from offender_mark where offender_id in (:ids)
            union all
            select 4, offender_id, position, number, issuing_country, null, null, null, null, null, null, null
            from offender_passport where offender_id in (:ids)
            union all
            select 5, offender_id, position, offence_code, court, disposal, null, null, null, conviction_date, null,
                term_months
            from conviction where offender_id in (:ids)
            union all
            select 6, offender_id, position, type, line1, line2, town, postcode, place_description, from_date,
                to_date, null
            from offender_address where offender_id in (:ids)
            """;
    private static final String CHILD_ROWS = CHILD_PARTS + " order by part, position";
    /** For an access decision: the restrictions as a seventh part, so that the decision costs no extra query. */
    private static final String CHILD_ROWS_AND_RESTRICTIONS = CHILD_PARTS + """
            union all
            select 7, offender_id, 0, kind, username, null, null, null, null, null, null, null
            from record_restriction where offender_id in (:ids)
            order by part, position""";

    private Map<UUID, Children> children(Collection<UUID> ids, String sql) {
        Map<UUID, Children> byId = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            Children c = byId.computeIfAbsent(rs.getObject("offender_id", UUID.class), k -> new Children());
            switch (rs.getInt("part")) {
                case 1 -> c.aliases().add(new PersonName(rs.getString("s1"), rs.getString("s2")));
                case 2 -> c.aliasDatesOfBirth().add(rs.getObject("d1", LocalDate.class));
                case 3 -> c.marks().add(new DistinguishingMark(MarkType.valueOf(rs.getString("s1")),
                        rs.getString("s2"), rs.getString("s3")));
                case 4 -> c.passports().add(new Passport(rs.getString("s1"), rs.getString("s2")));
                case 5 -> c.convictions().add(new Conviction(rs.getString("s1"), rs.getObject("d1", LocalDate.class),
                        rs.getString("s2"), Disposal.valueOf(rs.getString("s3")), (Integer) rs.getObject("n1")));
                case 6 -> c.addresses().add(new Address(AddressType.valueOf(rs.getString("s1")), rs.getString("s2"),
                        rs.getString("s3"), rs.getString("s4"), rs.getString("s5"), rs.getString("s6"),
                        rs.getObject("d1", LocalDate.class), rs.getObject("d2", LocalDate.class)));
                case 7 -> (rs.getString("s1").equals("RESTRICTED_TO") ? c.restrictedTo() : c.excluded())
                        .add(rs.getString("s2"));
                default -> throw new IllegalStateException("Unknown part " + rs.getInt("part"));
            }
        });
        return byId;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
