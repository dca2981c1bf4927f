package uk.gov.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.support.IntegrationTestBase;

/**
 * More concurrent reads than the pool has connections. Each read holds its connection while its audit row is
 * written; if that row needed a second connection from the same pool, every read would wait for the others until
 * the pool's timeout failed them.
 */
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=3",
    "spring.datasource.hikari.connection-timeout=5000"})
class ConcurrentReadsIT extends IntegrationTestBase {

    @Autowired
    JsonMapper json;

    @Test
    void twelveConcurrentReadsWithAPoolOfThreeAreAllAnsweredAndAudited() throws Exception {
        String body = json.writeValueAsString(OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2012,
                ThreadLocalRandom.current().nextInt(100_000, 999_999))).managedBy("MET", null).build());
        String id = json.readTree(mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
                .getContentAsString()).get("id").asString();

        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(clients.submit(() -> mvc.perform(get("/api/v1/offenders/" + id)
                        .with(as(TestUser.MET_OM))).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            clients.shutdown();
        }
    }
}
