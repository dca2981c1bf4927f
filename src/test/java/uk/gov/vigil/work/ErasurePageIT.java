package uk.gov.vigil.work;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.vigil.support.SecondFactor.nextCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SecondFactor;
import uk.gov.vigil.support.TestClockConfiguration;

/** The erasure page: offered to administrators only, errors named in the GOV.UK summary, nothing erased until right. */
@Import(TestClockConfiguration.class)
class ErasurePageIT extends IntegrationTestBase {


    @Autowired
    MutableClock clock;

    @Autowired
    OffenderService offenders;

    VigilUser admin;
    OffenderRecord record;

    @BeforeEach
    void anAdministratorAndARecord() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        String username = "it.erasure.page." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Erasing administrator", "NCA", EnumSet.of(Role.ADMIN), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SecondFactor.SECRET);
        admin = users.find(username).orElseThrow();
        OffenderFixtures.Builder b = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2014, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.name = new PersonName("Ianto", "Erasepage" + ThreadLocalRandom.current().nextInt(10_000_000));
        b.aliases = List.of();
        b.management = new Management("MET", null, null, null);
        record = offenders.register(b.build(), TestUser.MET_OM.vigilUser());
    }

    private String page(String path, VigilUser as) throws Exception {
        return mvc.perform(get(path).with(as(as))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private ResultActions submit(String reason, String reference, String code) throws Exception {
        var request = post("/offenders/" + record.id().value() + "/erase").with(as(admin))
                .param("version", String.valueOf(record.version()));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request.param("decisionReference", reference).param("code", code));
    }


    @Test
    void onlyAdministratorsAreOfferedErasure() throws Exception {
        String path = "/offenders/" + record.id().value();
        assertThat(page(path, admin)).contains("id=\"erase-record\"");
        assertThat(page(path, TestUser.MET_SUPERVISOR.vigilUser())).doesNotContain("id=\"erase-record\"");
        mvc.perform(get(path + "/erase").with(as(TestUser.MET_SUPERVISOR.vigilUser())))
                .andExpect(status().isForbidden());
    }

    @Test
    void mistakesAreNamedInTheErrorSummaryAndTheRightAnswersEraseTheRecord() throws Exception {
        UUID id = record.id().value();
        assertThat(page("/offenders/" + id + "/erase", admin)).contains("Erase this record", "name=\"_csrf\"",
                "Recorded in error", "s.39 DPA 2018", "id=\"merged-count\">0<");

        String missing = submit(null, " ", nextCode(clock)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(missing).contains("govuk-error-summary", "href=\"#reason\"", "Select why the record is being erased",
                "href=\"#decisionReference\"", "Enter the reference of the decision to erase this record");

        String wrongCode = submit("RECORDED_IN_ERROR", "DPO-77", "123456").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(wrongCode).contains("href=\"#code\"", "Enter the current 6-digit code from your authenticator app",
                "value=\"DPO-77\"");

        String notEnded = submit("RETENTION_REVIEW", "MoPI-1", nextCode(clock)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(notEnded).contains("href=\"#reason\"", "This record cannot be erased for that reason");
        assertThat(page("/offenders/" + id, admin)).contains(record.details().name().familyName());

        submit("RECORDED_IN_ERROR", "DPO-77", nextCode(clock))
                .andExpect(redirectedUrl("/erasures/done"))
                .andExpect(flash().attribute("erasedCount", 1));
        mvc.perform(get("/offenders/" + id).with(as(admin))).andExpect(status().isGone());
    }
}
