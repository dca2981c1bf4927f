package uk.gov.vigil.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.compliance.application.OverdueSweep;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.support.Browser;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;

/**
 * The main journeys in a real browser (headless Chromium), against the application on a real port: signing in
 * with the second factor, an overdue notification on My work, and the statistics page with a validation error.
 * Every page is checked with axe-core and photographed into target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class BrowserJourneysIT extends IntegrationTestBase {

    static final String SECRET = "MZXW6YTBOI2DGNZUGQ2DGNRQGEYTAMJQ";
    static final String XSS = "<script>window.xssRan = 1</script>";

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OffenderService offenders;

    @Autowired
    OverdueSweep sweep;

    @Autowired
    WhereaboutsService whereabouts;

    String manager;
    String analyst;
    String familyName;
    String aliasFamilyName;
    UUID offender;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        browser.signOut();
        return browser;
    }

    @BeforeEach
    void anOffenderWhoMissedTheirInitialNotification() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        int n = ThreadLocalRandom.current().nextInt(10_000_000);
        manager = "it.browser." + n;
        analyst = "it.browser.analyst." + n;
        users.createIfAbsent(manager, "Browser Manager", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(manager, SECRET);
        users.createIfAbsent(analyst, "Browser Analyst", "HOAU", EnumSet.of(Role.ANALYST), PASSWORD);
        users.setUpSecondFactorIfAbsent(analyst, SECRET);
        VigilUser user = users.find(manager).orElseThrow();
        familyName = "Browserfamily" + n;
        OffenderFixtures.Builder b = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2017, 100_000 + n % 800_000));
        b.name = new PersonName("Barry", familyName);
        aliasFamilyName = XSS + " " + n;
        b.aliases = List.of(new PersonName("<img src=x onerror=\"window.xssRan=1\">", aliasFamilyName));
        b.convictions = List.of(new Conviction("SOA2003-S3", LocalDate.of(2026, 5, 1), "Snaresbrook Crown Court",
                Disposal.IMPRISONMENT, 24));
        b.management = new Management("MET", manager, null, null);
        offender = offenders.register(b.build(), user).id().value();
        sweep.sweep();
    }

    private void signIn(Browser b, String username) {
        clock.set(clock.instant().plusSeconds(30));
        b.open("/sign-in").type("#username", username).type("#password", PASSWORD)
                .type("#code", Totp.code(SECRET, clock.instant())).submit("button[type=submit]");
    }

    @Test
    void anOffenderManagerSignsInAndSeesTheMissedNotificationFirst() throws Exception {
        Browser b = browser();
        b.open("/sign-in");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("sign-in");
        signIn(b, manager);

        assertThat(b.path()).isEqualTo("/");
        assertThat(b.find("h1").getText()).isEqualTo("My work");
        assertThat(b.find("#overdue + table").getText()).contains(familyName + ", Barry", "Missed", "Initial");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("my-work");
    }

    @Test
    void theRecordOpensFromMyWorkWithItsSectionsAndAnAliasThatCannotRunScript() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        b.follow(familyName + ", Barry");
        assertThat(b.path()).isEqualTo("/offenders/" + offender);
        assertThat(b.find("h1").getText()).contains(familyName + ", Barry", "OVERDUE");
        assertThat(b.all(".govuk-tabs__tab")).extracting(e -> e.getText())
                .containsExactly("Summary", "Identity and aliases", "Addresses", "Convictions", "Obligations",
                        "Notifications", "Cases");
        assertThat(b.find(".alias").getText())
                .isEqualTo(aliasFamilyName + ", <img src=x onerror=\"window.xssRan=1\">");
        assertThat(b.script("return window.xssRan === undefined")).isEqualTo(true);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("offender-record");
    }

    @Test
    void recordingANotificationMovesTheDueDateAndABadFormNamesItsFields() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        b.open("/offenders/" + offender);
        assertThat(b.find("#next-due").getText()).startsWith("Initial, by 3 May 2026");
        b.submit("#record-notification");
        assertThat(b.find("h1").getText()).isEqualTo("Record a notification");
        assertThat(b.find("#received-year").getAttribute("value")).isEqualTo("2026");
        assertThat(b.find("#type-1").isSelected()).as("the initial notification is the one due").isTrue();
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("record-notification");

        b.type("#policeStation", " ").submit("#record-notification");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#policeStation"));
        assertThat(b.find(".govuk-error-summary").getText()).contains("Police station");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.type("#policeStation", "Walthamstow Police Station").click("#documentsSeen")
                .submit("#record-notification");
        assertThat(b.find(".govuk-panel__title").getText()).isEqualTo("Notification recorded");
        assertThat(b.text()).contains("Late");
        LocalDate received = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        String due = received.plusYears(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
        assertThat(b.find("#next-due").getText()).startsWith(due);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.follow("Back to the record");
        assertThat(b.find("#next-due").getText()).startsWith("Periodic, by " + due);
    }

    @Test
    void aWhereaboutsCaseIsOpenedFromTheRecordAndTakenToLocated() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        b.open("/offenders/" + offender);
        b.submit("#open-case");
        assertThat(b.path()).startsWith("/whereabouts-cases/");
        assertThat(b.find("#case-state").getText()).isEqualTo("ENQUIRIES");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.submit("#declare-unknown");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#unknown-circumstance"));
        assertThat(b.accessibilityViolations()).isEmpty();
        b.click("#circumstance-0").type("#unknown-lastKnownAddress", "12 Church Road, London E17 4AB")
                .submit("#declare-unknown");
        assertThat(b.find("#case-state").getText()).isEqualTo("WHEREABOUTS UNKNOWN");
        b.screenshot("whereabouts-case");

        b.type("#located-place", "Stopped in Walthamstow High Street").click("#how-0").submit("#record-located");
        assertThat(b.find("#case-state").getText()).isEqualTo("LOCATED");
        assertThat(b.text()).contains("Close the case");
        assertThat(b.accessibilityViolations()).isEmpty();
    }

    @Test
    void aSupervisorSeesWhoHasViewedTheRecord() throws Exception {
        String supervisor = manager + ".sup";
        users.createIfAbsent(supervisor, "Met Supervisor", "MET", EnumSet.of(Role.SUPERVISOR), PASSWORD);
        users.setUpSecondFactorIfAbsent(supervisor, SECRET);
        Browser b = browser();
        signIn(b, supervisor);
        b.open("/offenders/" + offender);
        assertThat(b.find("#viewers table").getText()).contains(manager, "Offender registered");
        assertThat(b.accessibilityViolations()).isEmpty();
    }

    @Test
    void anotherAgencysOfficerSeesTheSummaryAndMustGiveAReasonForTheFullRecord() throws Exception {
        String herts = manager + ".herts";
        users.createIfAbsent(herts, "Herts Officer", "HRT", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(herts, SECRET);
        Browser b = browser();
        signIn(b, herts);
        b.open("/offenders/" + offender);
        assertThat(b.find("#summary-only").getText()).contains("you see only this summary");
        assertThat(b.text()).doesNotContain("Identity and aliases");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("offender-summary");

        b.submit("#request-full-access");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#reason")).anyMatch(href -> href.endsWith("#explanation"));
        assertThat(b.accessibilityViolations()).isEmpty();

        b.click("#reason-0").type("#explanation", "Stopped in Watford; says he lives here now")
                .submit("#request-full-access");
        assertThat(b.path()).isEqualTo("/offenders/" + offender);
        assertThat(b.find("h1").getText()).contains(familyName);
        assertThat(b.all(".govuk-tabs__tab")).isNotEmpty();
    }

    @Test
    void anOfficerFindsAnOffenderByAnAliasAndAnEmptySearchSaysWhatToEnter() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        b.open("/find");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.submit("#search");
        assertThat(b.find(".govuk-error-summary a").getAttribute("href")).endsWith("#familyName");
        b.type("#familyName", aliasFamilyName.toUpperCase()).type("#dob-day", "17").type("#dob-month", "5")
                .type("#dob-year", "1980").submit("#search");
        assertThat(b.find("#results-heading").getText()).isEqualTo("1 offender found");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("find");
        b.follow(familyName + ", Barry");
        assertThat(b.path()).isEqualTo("/offenders/" + offender);
    }

    @Test
    void aWrongCodeShowsTheErrorSummaryAndNoSession() throws Exception {
        Browser b = browser();
        b.open("/sign-in").type("#username", manager).type("#password", PASSWORD).type("#code", "000000")
                .submit("button[type=submit]");
        assertThat(b.path()).isEqualTo("/sign-in?error");
        assertThat(b.find(".govuk-error-summary").getText()).contains("Sign-in failed");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.open("/");
        assertThat(b.path()).isEqualTo("/sign-in");
    }

    @Test
    void anAnalystSeesTheFiguresForAChosenDateAndADateErrorNamesTheField() throws Exception {
        whereabouts.importCase(offender, OpeningReason.NOT_AT_NOTIFIED_ADDRESS, LocalDate.of(2014, 5, 20),
                new WhereaboutsCase.Unknown(LocalDate.of(2014, 6, 1), "12 Church Road, London E17 4AB",
                        Circumstance.OTHER, null), null, null, null, "it.loader");
        Browser b = browser();
        signIn(b, analyst);
        b.open("/statistics?asOf-day=10&asOf-month=3&asOf-year=2015");
        int total = whereabouts.figures(LocalDate.of(2015, 3, 10)).total();
        assertThat(b.find("#as-of").getText()).isEqualTo("10 March 2015");
        assertThat(b.find("#total").getText()).isEqualTo(String.valueOf(total));
        assertThat(b.all("tbody tr[data-force]")).hasSize(46);
        assertThat(b.find("tr[data-force=MET] td").getText()).isEqualTo(String.valueOf(whereabouts
                .figures(LocalDate.of(2015, 3, 10)).agencies().stream().filter(a -> a.code().equals("MET"))
                .findFirst().orElseThrow().count()));
        assertThat(b.all("svg[role=img] rect")).isNotEmpty();
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("statistics");

        b.type("#asOf-day", "31").type("#asOf-month", "2").type("#asOf-year", "2015").submit("#show-figures");
        assertThat(b.find(".govuk-error-summary a").getAttribute("href")).endsWith("#asOf-day");
        assertThat(b.find(".govuk-error-summary").getText()).contains("Enter a real date");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.open("/");
        assertThat(b.text()).contains("aggregate figures only").doesNotContain(familyName);
    }
}
