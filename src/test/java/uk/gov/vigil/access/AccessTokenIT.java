package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/** Personal access tokens: made by a signed-in user, stored hashed, scoped, expiring and revocable. */
@Import(TestClockConfiguration.class)
class AccessTokenIT extends IntegrationTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    VigilUser owner;

    @BeforeEach
    void freshUser() {
        clock.set(Instant.now());
        String username = "it.pat." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Token owner", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        owner = users.find(username).orElseThrow();
    }

    private ResultActions create(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/account/tokens").with(as(owner))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private JsonNode created(List<String> scopes, int days) throws Exception {
        return json.readTree(create(Map.of("name", "reporting script", "scopes", scopes, "days", days))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private ResultActions withToken(String token, org.springframework.test.web.servlet.request
            .MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    @Test
    void aTokenActsAsItsUserWithinItsScopesAndIsStoredOnlyAsAHash() throws Exception {
        JsonNode token = created(List.of("OFFENDER_READ", "REFERENCE_READ"), 30);
        String secret = token.get("token").asString();
        assertThat(secret).startsWith("vgl_").hasSizeGreaterThan(40);

        withToken(secret, get("/api/v1/offenders")).andExpect(status().isOk());
        withToken(secret, post("/api/v1/offenders").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = :s or name = :s")
                .param("s", secret).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/account/tokens").with(as(owner)))
                .andExpect(jsonPath("$[0].name").value("reporting script"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void aRevokedOrExpiredTokenStopsWorking() throws Exception {
        JsonNode revoked = created(List.of("OFFENDER_READ"), 30);
        mvc.perform(delete("/api/v1/account/tokens/" + revoked.get("id").asString()).with(as(owner)))
                .andExpect(status().isNoContent());
        withToken(revoked.get("token").asString(), get("/api/v1/offenders")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not valid")));

        JsonNode expiring = created(List.of("OFFENDER_READ"), 1);
        withToken(expiring.get("token").asString(), get("/api/v1/offenders")).andExpect(status().isOk());
        clock.set(clock.instant().plus(Duration.ofDays(1)).plusSeconds(1));
        withToken(expiring.get("token").asString(), get("/api/v1/offenders")).andExpect(status().isUnauthorized());
    }

    @Test
    void scopesMustBeTheUsersOwnPermissionsAndLifetimesAtMostAYear() throws Exception {
        create(Map.of("name", "too much", "scopes", List.of("USER_ADMIN"), "days", 30))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopes"));
        create(Map.of("name", "forever", "scopes", List.of("OFFENDER_READ"), "days", 366))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        create(Map.of("scopes", List.of(), "days", 30)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "scopes")));
    }

    @Test
    void aTokenCannotMakeAnotherNorOutliveItsDisabledAccount() throws Exception {
        String secret = created(List.of("OFFENDER_READ", "REFERENCE_READ"), 30).get("token").asString();
        withToken(secret, post("/api/v1/account/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"child\",\"scopes\":[\"OFFENDER_READ\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/" + owner.username() + "/disable").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk());
        withToken(secret, get("/api/v1/offenders")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenFollowsItsAccountsStandingOnEachRequest() throws Exception {
        String secret = created(List.of("OFFENDER_READ", "REFERENCE_READ"), 30).get("token").asString();
        jdbc.sql("update user_account set must_change_password = true where username = :u")
                .param("u", owner.username()).update();
        withToken(secret, get("/api/v1/offenders")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("password-change-required")));
        jdbc.sql("update user_account set must_change_password = false where username = :u")
                .param("u", owner.username()).update();
        withToken(secret, get("/api/v1/offenders")).andExpect(status().isOk());
        jdbc.sql("update user_account set locked_at = :at where username = :u")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("u", owner.username()).update();
        withToken(secret, get("/api/v1/offenders")).andExpect(status().isUnauthorized());
    }

    @Test
    void makingAndRevokingTokensIsAudited() throws Exception {
        JsonNode token = created(List.of("OFFENDER_READ"), 30);
        mvc.perform(delete("/api/v1/account/tokens/" + token.get("id").asString()).with(as(owner)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select action from audit_event where actor = :u order by seq")
                .param("u", owner.username()).query(String.class).list())
                .containsSubsequence("TOKEN_CREATED", "TOKEN_REVOKED");
    }
}
