package uk.gov.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.web.AccountPrincipal;

/**
 * Starts the application as {@code ./mvnw spring-boot:run} does, in the demo profile, on a database of its own
 * (an in-memory H2 database, or a separate PostgreSQL schema), with a small register.
 */
@SpringBootTest(properties = {"vigil.demo.offenders=60", "spring.flyway.clean-disabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(DemoDataIT.FreshSchema.class)
class DemoDataIT {

    private static final String DEMO_PASSWORD = "vigil-demo-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("vigil.demo.enabled", () -> "true");
        if (System.getProperty("vigil.test.database", "h2").equals("postgres")) {
            registry.add("spring.datasource.url", () -> System.getProperty("vigil.test.pg.url",
                    "jdbc:postgresql://127.0.0.1:5432/vigil_test") + "?currentSchema=demo_it");
            registry.add("spring.datasource.username", () -> System.getProperty("vigil.test.pg.user", "postgres"));
            registry.add("spring.datasource.password", () -> System.getProperty("vigil.test.pg.password", ""));
            registry.add("spring.flyway.schemas", () -> "demo_it");
            registry.add("spring.flyway.default-schema", () -> "demo_it");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:demo-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void theDemoUsersAreSeededWithTheirAgenciesAndRoles() {
        assertThat(users.find("met.om")).get().satisfies(u -> {
            assertThat(u.agencyCode()).isEqualTo("MET");
            assertThat(u.roles()).containsExactly(Role.OFFENDER_MANAGER);
        });
        assertThat(users.find("analyst")).get().satisfies(u -> assertThat(u.roles()).containsExactly(Role.ANALYST));
        assertThat(users.find("admin")).get().satisfies(u -> assertThat(u.roles()).containsExactly(Role.ADMIN));
        for (String name : new String[] {"herts.om", "tvp.om", "met.supervisor", "probation.officer"}) {
            assertThat(users.find(name)).as(name).isPresent();
        }
    }

    @Test
    void theDemoUsersNeedNotChangeTheirPassword() throws Exception {
        assertThat(jdbc.sql("select count(*) from user_account where must_change_password").query(Long.class)
                .single()).isZero();
        mvc.perform(get("/").with(user(AccountPrincipal.authenticated(users.find("met.om").orElseThrow()))))
                .andExpect(status().isOk());
    }

    @Test
    void theReadmeCurlExampleWorks() throws Exception {
        mvc.perform(get("/api/v1/offenders").with(httpBasic("met.om", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].managingAgency").value("MET"));
    }

    @Test
    void everyOffenderOfTheRegisterHasRiskManagementAndTheManagersHaveAPriorityList() throws Exception {
        assertThat(jdbc.sql("select count(*) from current_risk").query(Long.class).single()).isEqualTo(60);
        assertThat(jdbc.sql("select count(*) from visit_schedule").query(Long.class).single()).isEqualTo(60);
        assertThat(jdbc.sql("select count(*) from mappa_arrangement where category = 'CATEGORY_1'").query(Long.class)
                .single()).isEqualTo(60);
        assertThat(jdbc.sql("select count(*) from visit_schedule where kind = 'REACTIVE'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("""
                select count(*) from reactive_management r join visit_schedule s on s.offender_id = r.offender_id
                where s.kind not in ('REACTIVE', 'NOT_REQUIRED')""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from visit_schedule where kind = 'SCHEDULED' and rule_version = "
                + "'visits/1'").query(Long.class).single()).isPositive();
        mvc.perform(get("/api/v1/priorities").with(httpBasic("met.om", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].priority.factors[0].points").isNumber());
    }

    @Test
    void theRegisterIsLoadedOnceAndNotDuplicatedOnTheNextStart() {
        assertThat(offenders()).isEqualTo(60 + March2015.TOTAL);
        loader.run(null);
        assertThat(offenders()).isEqualTo(60 + March2015.TOTAL);
    }

    /** The published picture of 10 March 2015, computed from the demo register's cases. */
    @Test
    void theFiguresFor10March2015ReproduceThePublishedPicture() throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/whereabouts-unknown?asOf=2015-03-10")
                        .with(httpBasic("analyst", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode figures = json.readTree(body);
        assertThat(figures.get("total").asInt()).isEqualTo(396);
        Map<String, JsonNode> byForce = new HashMap<>();
        figures.get("agencies").forEach(a -> byForce.put(a.get("code").asString(), a));
        assertThat(byForce.values().stream().filter(a -> a.get("count").asInt() > 0).count()).isEqualTo(39);
        Map<String, Integer> published = Map.of("MET", 167, "HRT", 2, "TVP", 5, "WMD", 39, "SSX", 11, "CAM", 10,
                "NTH", 9, "LIN", 7, "NOT", 6, "LEI", 2);
        published.forEach((code, count) -> assertThat(byForce.get(code).get("count").asInt()).as(code).isEqualTo(count));
        for (String none : List.of("CUM", "COL", "PSCOT")) {
            assertThat(byForce.get(none).get("count").asInt()).as(none).isZero();
        }
        JsonNode met = byForce.get("MET");
        assertThat(met.get("longestSince").asString()).startsWith("2001-");
        assertThat(met.get("longestDays").asLong() / 365).as("the Met's longest, in years").isEqualTo(14);
        assertThat(met.get("believedAbroad").asInt()).isGreaterThan(20);
        JsonNode herts = byForce.get("HRT");
        assertThat(herts.get("longestSince").asString()).startsWith("2014-01-");
        assertThat(herts.get("overOneYear").asInt()).isEqualTo(1);
        assertThat(byForce.get("TVP").get("overOneYear").asInt()).isEqualTo(4);
        assertThat(byForce.get("GLO").get("longestSince").asString()).startsWith("2000-");
        assertThat(byForce.get("NTB").get("longestSince").asString()).startsWith("2002-05-");
        assertThat(byForce.get("HUM").get("longestSince").asString()).startsWith("2004-09-");
        assertThat(figures.get("longest").get("agencyCode").asString()).isEqualTo("GLO");

        JsonNode now = json.readTree(mvc.perform(get("/api/v1/statistics/whereabouts-unknown")
                .with(httpBasic("analyst", DEMO_PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(now.get("total").asInt()).as("most were located after March 2015").isLessThan(396 / 4);
    }

    @Test
    void theRegisterIsTheSameForTheSameSeedAndDay() {
        assertThat(loader.generate()).isEqualTo(loader.generate());
    }

    private long offenders() {
        return jdbc.sql("select count(*) from offender").query(Long.class).single();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FreshSchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
