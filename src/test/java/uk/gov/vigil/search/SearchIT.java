package uk.gov.vigil.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.Passport;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.search.application.NameIndexer;
import uk.gov.vigil.support.IntegrationTestBase;

/**
 * The national search end to end: keys written on registration, import and change; variants found across
 * agencies; restricted records hidden; every search audited with the rules' version.
 */
class SearchIT extends IntegrationTestBase {

    @Autowired
    OffenderService offenders;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NameIndexer indexer;

    String family;
    OffenderRecord william;

    /** A family name no other test uses: letters only, since names are matched on their letters. */
    static String uniqueFamilyName() {
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        name.append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static OffenderFixtures.Builder person(String given, String family, LocalDate born, String agency) {
        OffenderFixtures.Builder b = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2019, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.name = new PersonName(given, family);
        b.aliases = new ArrayList<>();
        b.dateOfBirth = born;
        b.management = new Management(agency, null, null, null);
        return b;
    }

    @BeforeEach
    void williamAndAnAlias() {
        family = uniqueFamilyName();
        OffenderFixtures.Builder b = person("William Henry", family, LocalDate.of(1979, 4, 23), "MET");
        b.aliases = List.of(new PersonName("Bill", "Marsh-" + family));
        william = offenders.register(b.build(), TestUser.MET_OM.vigilUser());
    }

    /** @param query parameters as "name=value" pairs joined by "&"; values are taken literally, spaces and all */
    private JsonNode search(TestUser as, String query) throws Exception {
        var request = get("/api/v1/search/offenders").with(as(as));
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.param(kv[0], kv[1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private List<String> ids(JsonNode found) {
        List<String> ids = new ArrayList<>();
        found.get("results").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    @Test
    void variantsOfTheNameFindTheRecordFromAnotherForceWithTheReasons() throws Exception {
        String id = william.id().value().toString();
        for (String query : List.of("name=Bill " + family, "givenNames=Willaim&familyName=" + family,
                "name=" + family + " William", "familyName=" + family + "&birthYear=1979",
                "familyName=Marsh&givenNames=Bill&dateOfBirth=1979-04-23",
                "familyName=" + family + "&dateOfBirth=1979-04-24")) {
            JsonNode found = search(TestUser.HERTS_OM, query);
            assertThat(ids(found)).as(query).contains(id);
        }
        JsonNode swapped = search(TestUser.HERTS_OM, "givenNames=" + family + "&familyName=William");
        JsonNode first = swapped.get("results").get(0);
        assertThat(first.get("id").asString()).isEqualTo(id);
        assertThat(first.get("managingAgency").asString()).isEqualTo("MET");
        assertThat(first.toString()).contains("swapped").doesNotContain("addresses", "convictions");
        assertThat(swapped.get("version").asString()).startsWith("match/2, keys/4, names ");
        JsonNode byAlias = search(TestUser.HERTS_OM, "name=Bill Marsh-" + family);
        assertThat(byAlias.get("results").get(0).get("reasons").get(0).asString()).as(byAlias.toString())
                .isEqualTo("alias");
    }

    @Test
    void adifferentDateOfBirthKeepsASoundAlikeApart() throws Exception {
        assertThat(ids(search(TestUser.MET_OM, "name=William " + family + "&dateOfBirth=1950-12-01")))
                .doesNotContain(william.id().value().toString());
    }

    @Test
    void aChangedNameIsFoundAtOnceAndImportedRecordsAreIndexedToo() throws Exception {
        String renamed = uniqueFamilyName();
        OffenderDetails d = william.details();
        offenders.update(william.id(), william.version(), new OffenderDetails(new PersonName("William", renamed),
                d.aliases(), d.dateOfBirth(), d.aliasDatesOfBirth(), d.sex(), d.nationality(), d.description(),
                d.distinguishingMarks(), d.identifiers(), d.convictions(), d.addresses(), d.management(),
                d.status()), TestUser.MET_OM.vigilUser());
        assertThat(ids(search(TestUser.MET_OM, "familyName=" + renamed)))
                .startsWith(william.id().value().toString());

        String imported = uniqueFamilyName();
        var batch = offenders.importBatch(List.of(person("Fatima", imported, LocalDate.of(1990, 1, 1), "HRT")
                .build()), TestUser.ADMIN.vigilUser());
        assertThat(ids(search(TestUser.MET_OM, "name=Fatimah " + imported)))
                .startsWith(batch.stored().get(0).id().value().toString());
    }

    @Test
    void aRestrictedRecordIsHiddenFromThoseExcludedAndEverySearchIsAudited() throws Exception {
        mvc.perform(put("/api/v1/offenders/" + william.id().value() + "/restrictions").with(as(TestUser.MET_SUPERVISOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("restrictedTo", List.of(), "excluded",
                                List.of(TestUser.HERTS_OM.username)))))
                .andExpect(status().isOk());
        assertThat(ids(search(TestUser.HERTS_OM, "name=William " + family)))
                .doesNotContain(william.id().value().toString());
        assertThat(ids(search(TestUser.MET_OM, "name=William " + family)))
                .contains(william.id().value().toString());
        assertThat(jdbc.sql("select reason from audit_event where action = 'OFFENDERS_SEARCHED'"
                        + " and actor = :u order by occurred_at desc limit 1").param("u", TestUser.HERTS_OM.username)
                .query(String.class).single()).startsWith("by name; match/2, keys/4, names ");
    }

    @Test
    void aPassportNumberOrPartOfAnAddressFindsThePersonWithoutAName() throws Exception {
        String passport = "P" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String street = uniqueFamilyName() + " Mews";
        OffenderFixtures.Builder b = person("Piotr", uniqueFamilyName(), LocalDate.of(1984, 2, 29), "HRT");
        b.identifiers = new Identifiers(b.identifiers.pncId(), null, null, List.of(new Passport(passport, "PL")));
        b.addresses = List.of(new Address(AddressType.HOME, "4 " + street, null, "Stevenage", "SG1 1AA", null,
                LocalDate.of(2024, 1, 8), null));
        String id = offenders.register(b.build(), TestUser.HERTS_OM.vigilUser()).id().value().toString();

        JsonNode byPassport = search(TestUser.MET_OM, "passportNumber=" + passport.toLowerCase());
        assertThat(ids(byPassport)).containsExactly(id);
        assertThat(byPassport.at("/results/0/reasons").toString()).contains("passport number exact");
        JsonNode byAddress = search(TestUser.MET_OM, "address=" + street.toUpperCase());
        assertThat(ids(byAddress)).containsExactly(id);
        assertThat(ids(search(TestUser.MET_OM, "address=" + street + "&name=Piotr " + b.name.familyName())))
                .containsExactly(id);
        assertThat(ids(search(TestUser.MET_OM, "address=" + street + "&passportNumber=X12345678"))).isEmpty();
        assertThat(ids(search(TestUser.MET_OM, "address=_" + street.substring(1)))).as("_ is not a wildcard")
                .doesNotContain(id);

        mvc.perform(get("/api/v1/search/offenders?passportNumber=12-3").with(as(TestUser.MET_OM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passportNumber"));
        mvc.perform(get("/api/v1/search/offenders?address=ab").with(as(TestUser.MET_OM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("address"));
    }

    @Test
    void offendersLeftWithoutKeysAreGivenThemInOnePassInIdOrder() throws Exception {
        OffenderRecord other = offenders.register(person("Agnes", uniqueFamilyName(), LocalDate.of(1961, 8, 3),
                "MET").build(), TestUser.MET_OM.vigilUser());
        List<UUID> emptied = List.of(william.id().value(), other.id().value());
        jdbc.sql("delete from name_key where offender_id in (:ids)").param("ids", emptied).update();
        assertThat(ids(search(TestUser.MET_OM, "name=William " + family))).isEmpty();

        List<UUID> indexed = new ArrayList<>();
        UUID after = null;
        for (List<UUID> batch = indexer.indexMissing(after, 1); !batch.isEmpty();
                batch = indexer.indexMissing(after, 1)) {
            indexed.addAll(batch);
            after = batch.get(batch.size() - 1);
        }
        assertThat(indexed).containsAll(emptied).doesNotHaveDuplicates().isSorted();
        assertThat(ids(search(TestUser.MET_OM, "name=William " + family)))
                .contains(william.id().value().toString());
    }

    @Test
    void aSearchWithNothingToGoOnNamesTheFieldAndAnalystsCannotSearch() throws Exception {
        mvc.perform(get("/api/v1/search/offenders?birthYear=1979").with(as(TestUser.MET_OM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("familyName"));
        mvc.perform(get("/api/v1/search/offenders?name=Smith").with(as(TestUser.ANALYST)))
                .andExpect(status().isForbidden());
    }
}
