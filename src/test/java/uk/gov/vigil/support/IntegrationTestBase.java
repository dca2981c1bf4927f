package uk.gov.vigil.support;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.web.AccountPrincipal;

/**
 * Base of every integration test. The database is chosen by the system property {@code vigil.test.database}
 * ({@code h2} or {@code postgres}), which the two Failsafe executions in the POM set, so each test runs on both.
 * The schema is wiped and migrated once per test JVM; tests create the data they need and assert only on it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CleanDatabaseOnce.class)
public abstract class IntegrationTestBase {

    public static final String PASSWORD = "integration-test-password";

    /** Users of several agencies and roles; created once, before the first test that needs them. */
    public enum TestUser {
        MET_OM("it.met.om", "MET", Role.OFFENDER_MANAGER),
        MET_SUPERVISOR("it.met.supervisor", "MET", Role.SUPERVISOR),
        HERTS_OM("it.herts.om", "HRT", Role.OFFENDER_MANAGER),
        CITY_OM("it.city.om", "COL", Role.OFFENDER_MANAGER),
        PROBATION("it.probation", "PR-LON", Role.PROBATION_OFFICER),
        PRISON("it.prison", "HMP-WANDSWORTH", Role.PRISON_OFFICER),
        MAPPA("it.mappa", "MET", Role.MAPPA_COORDINATOR),
        ANALYST("it.analyst", "HOAU", Role.ANALYST),
        AUDITOR("it.auditor", "NCA", Role.AUDITOR),
        ADMIN("it.admin", "NCA", Role.ADMIN),
        NO_ROLE("it.norole", "MET", null);

        public final String username;
        public final String agency;
        public final Set<Role> roles;

        TestUser(String username, String agency, Role role) {
            this.username = username;
            this.agency = agency;
            this.roles = role == null ? Set.of() : EnumSet.of(role);
        }

        public VigilUser vigilUser() {
            return new VigilUser(username, "Test " + username, agency, roles);
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserDirectory users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String database = System.getProperty("vigil.test.database", "h2");
        if (database.equals("postgres")) {
            registry.add("spring.datasource.url", () -> System.getProperty("vigil.test.pg.url",
                    "jdbc:postgresql://127.0.0.1:5432/vigil_test"));
            registry.add("spring.datasource.username", () -> System.getProperty("vigil.test.pg.user", "postgres"));
            registry.add("spring.datasource.password", () -> System.getProperty("vigil.test.pg.password", ""));
        } else if (database.equals("h2")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/h2-it/vigil;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        } else {
            throw new IllegalArgumentException("vigil.test.database must be h2 or postgres, not " + database);
        }
    }

    @BeforeEach
    void createTestUsers() {
        for (TestUser user : TestUser.values()) {
            users.createIfAbsent(user.username, "Test " + user.username, user.agency, user.roles, PASSWORD);
        }
    }

    /**
     * Signs the request in as the given test user, as a browser session would, with the session's CSRF token
     * (which a signed-in page sends with every change).
     */
    protected static RequestPostProcessor as(TestUser user) {
        return as(user.vigilUser());
    }

    /** As {@link #as(TestUser)}, for a user a test made itself. */
    protected static RequestPostProcessor as(VigilUser user) {
        RequestPostProcessor signedIn = user(AccountPrincipal.authenticated(user));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    /** The database the suite runs on, for tests that report it. */
    protected static String databaseName() {
        return System.getProperty("vigil.test.database", "h2");
    }
}
