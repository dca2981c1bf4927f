package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.access.web.AccountPrincipal;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/** Granting roles asks for the administrator's second factor again, inside their session (ASVS 7.5.3). */
@Import(TestClockConfiguration.class)
class StepUpIT extends IntegrationTestBase {

    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJR";

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    VigilUser administrator;
    String grantee;

    @BeforeEach
    void anAdministratorWithAnAppAndAUser() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        int n = ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent("it.admin." + n, "Step-up admin", "NCA", EnumSet.of(Role.ADMIN), PASSWORD);
        users.setUpSecondFactorIfAbsent("it.admin." + n, SECRET);
        administrator = users.find("it.admin." + n).orElseThrow();
        grantee = "it.grantee." + n;
        users.createIfAbsent(grantee, "Grantee", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
    }

    private ResultActions grant(String username, List<String> roles, String code) throws Exception {
        Map<String, Object> body = code == null ? Map.of("roles", roles) : Map.of("roles", roles, "code", code);
        return mvc.perform(put("/api/v1/admin/users/" + username + "/roles")
                .with(user(AccountPrincipal.authenticated(administrator))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void rolesChangeOnlyWithTheCurrentCodeWhichWorksOnce() throws Exception {
        grant(grantee, List.of("SUPERVISOR"), null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("current code")));
        grant(grantee, List.of("SUPERVISOR"), "000000").andExpect(status().isForbidden());
        assertThat(users.find(grantee).orElseThrow().roles()).containsExactly(Role.OFFENDER_MANAGER);

        String code = Totp.code(SECRET, clock.instant());
        grant(grantee, List.of("SUPERVISOR"), code).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"));
        assertThat(users.find(grantee).orElseThrow().roles()).containsExactly(Role.SUPERVISOR);
        grant(grantee, List.of("ADMIN"), code).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select reason from audit_event where action = 'ROLES_GRANTED' and object_id = :u")
                .param("u", grantee).query(String.class).list())
                .containsExactly("from [OFFENDER_MANAGER] to [SUPERVISOR]");
    }

    @Test
    void administratorsCannotChangeTheirOwnRoles() throws Exception {
        grant(administrator.username(), List.of("ADMIN", "AUDITOR"), Totp.code(SECRET, clock.instant()))
                .andExpect(status().isForbidden());
    }

    private ResultActions create(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/admin/users")
                .with(user(AccountPrincipal.authenticated(administrator))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void anAccountIsCreatedOnlyWithTheCurrentCodeAndItsOneTimePasswordSignsIn() throws Exception {
        String username = grantee + ".new";
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", "New Officer",
                "agencyCode", "MET", "roles", List.of("OFFENDER_MANAGER"), "code", "000000"));
        create(body).andExpect(status().isForbidden());
        assertThat(users.find(username)).isEmpty();

        body.put("username", "Not Valid!");
        body.put("agencyCode", "NOWHERE");
        body.put("roles", List.of());
        create(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("username",
                        "agencyCode", "roles")));

        body.putAll(Map.of("username", username, "agencyCode", "MET", "roles", List.of("OFFENDER_MANAGER"),
                "code", Totp.code(SECRET, clock.instant())));
        String password = json.readTree(create(body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("oneTimePassword").asString();
        assertThat(password).hasSize(23);
        assertThat(users.find(username).orElseThrow().roles()).containsExactly(Role.OFFENDER_MANAGER);
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/sign-in/set-up-code"));
        assertThat(jdbc.sql("select reason from audit_event where action = 'ACCOUNT_CREATED' and object_id = :u")
                .param("u", username).query(String.class).list()).containsExactly("roles [OFFENDER_MANAGER] in MET");

        clock.set(clock.instant().plusSeconds(30));
        body.put("code", Totp.code(SECRET, clock.instant()));
        create(body).andExpect(status().isConflict());
    }
}
