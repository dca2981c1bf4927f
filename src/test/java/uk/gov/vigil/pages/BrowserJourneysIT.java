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
import org.openqa.selenium.Keys;
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
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
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
                        "Notifications", "Cases", "Risk management");
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
        assertThat(b.find("h1").getText()).isEqualTo("What kind of notification is the offender making?");
        assertThat(b.find("#type-1").isSelected()).as("the initial notification is the one due").isTrue();
        assertThat(b.accessibilityViolations()).isEmpty();
        b.submit("#choose-type");
        assertThat(b.find("h1").getText()).isEqualTo("Record a notification: initial");
        assertThat(b.find("#received-year").getAttribute("value")).isEqualTo("2026");
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

        b.click("#kind-0").type("#enquiry-result", "No answer at 12 Church Road; neighbour has not seen him")
                .submit("#record-enquiry");
        assertThat(b.find("#history + table").getText()).contains("ENQUIRY", "Kind of enquiry: VISIT",
                "neighbour has not seen him");
        b.submit("#mark-wanted");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#wanted-pncCirculation"));
        assertThat(b.find(".govuk-error-summary").getText()).contains("PNC circulation reference is required");
        b.type("#wanted-pncCirculation", "WM/12345/26").submit("#mark-wanted");
        assertThat(b.find("#case-state").getText()).isEqualTo("WANTED");
        assertThat(b.find("#wanted").getText()).contains("WM/12345/26");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("whereabouts-case");

        UUID caseId = UUID.fromString(b.path().substring("/whereabouts-cases/".length()));
        WhereaboutsCase seen = whereabouts.view(caseId, users.find(manager).orElseThrow()).whereaboutsCase();
        String colleague = manager + ".colleague";
        users.createIfAbsent(colleague, "Met Colleague", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        whereabouts.locate(caseId, seen.version(), new WhereaboutsCase.Located(seen.wanted().warrantDate(),
                "Walthamstow custody suite", "MET", LocatedHow.ARRESTED), users.find(colleague).orElseThrow());
        b.type("#located-place", "Stopped in Walthamstow High Street").click("#how-0").submit("#record-located");
        assertThat(b.find(".govuk-error-summary").getText()).as("a stale edit names who changed the case")
                .contains("The case was changed by " + colleague);
        assertThat(b.find("#case-state").getText()).as("and is not overwritten").isEqualTo("LOCATED");
        assertThat(b.text()).contains("Walthamstow custody suite");
        b.open("/whereabouts-cases/" + caseId);
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
        assertThat(b.find("#results tbody tr").getText()).as("the exact alias comes first")
                .contains(familyName + ", Barry", "alias", "family name exact", "date of birth exact", "100%");
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

    @Test
    void anOffenderManagerRecordsAHomeVisitAndSeesItOnTheRecord() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        b.open("/offenders/" + offender + "#risk");
        assertThat(b.find("#next-visit").getText()).contains("No risk assessment is recorded");
        b.submit("#record-visit");
        assertThat(b.find("h1").getText()).isEqualTo("Record a home visit");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.submit("#record-visit");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#officers")).anyMatch(href -> href.endsWith("#outcome"));
        assertThat(b.accessibilityViolations()).isEmpty();

        b.type("#officers", "PC 123 Smith").click("#announced-no").click("#outcome").click("#photographsTaken")
                .submit("#record-visit");
        assertThat(b.path()).startsWith("/offenders/" + offender);
        assertThat(b.find("#risk-done").getText()).isEqualTo("Home visit recorded.");
        assertThat(b.find("#visits").getText()).contains("Seen, photographs taken", "PC 123 Smith");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("home-visit-recorded");
    }

    @Test
    void anOfficerRegistersAnOffenderAndSeesTheNotificationPeriodBeforeSaving() throws Exception {
        String newFamily = "Registered" + ThreadLocalRandom.current().nextInt(10_000_000);
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        OffenderFixtures.Builder elsewhere = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2016, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        elsewhere.name = new PersonName("Ralf", newFamily);
        elsewhere.aliases = List.of();
        elsewhere.management = new Management("HRT", null, null, null);
        offenders.register(elsewhere.build(), TestUser.HERTS_OM.vigilUser());
        Browser b = browser();
        signIn(b, manager);
        b.open("/find?familyName=" + newFamily);
        b.submit("#register-new");
        assertThat(b.path()).isEqualTo("/register/person");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.submit("#continue");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#givenNames")).anyMatch(href -> href.endsWith("#familyName"))
                .anyMatch(href -> href.endsWith("#dob-day")).anyMatch(href -> href.endsWith("#sex"));
        assertThat(b.find(".govuk-error-summary").getText()).contains("Family name is required");
        assertThat(b.find("title").getAttribute("textContent")).startsWith("Error:");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("register-error");

        b.type("#givenNames", "Ralph").type("#familyName", newFamily).type("#dob-day", "17").type("#dob-month", "5")
                .type("#dob-year", "1980").click("#sex").submit("#continue");
        assertThat(b.path()).isEqualTo("/register/address");
        b.click("#addressType").type("#line1", "4 Hoe Street").type("#town", "London").type("#postcode", "e17 4ab")
                .type("#from-day", "1").type("#from-month", "5").type("#from-year", "2026").submit("#continue");
        assertThat(b.path()).isEqualTo("/register/conviction");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.select("#offenceCode", "SOA2003-S3").type("#convicted-day", String.valueOf(today.getDayOfMonth()))
                .type("#convicted-month", String.valueOf(today.getMonthValue()))
                .type("#convicted-year", String.valueOf(today.getYear())).type("#court", "Snaresbrook Crown Court")
                .click("#disposal").type("#termMonths", "24").click("#status").submit("#continue");
        assertThat(b.path()).isEqualTo("/register/management");
        assertThat(b.find("#offenderManager option[selected]").getAttribute("value")).isEqualTo(manager);
        b.submit("#continue");

        assertThat(b.path()).isEqualTo("/register/check");
        assertThat(b.find("#period").getText()).contains("10 years", "s.82");
        assertThat(b.find("#first-due").getText()).isEqualTo(today.plusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")));
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("register-check");
        assertThat(b.find("#possible-duplicates").getText()).as("a record in another force may be the same person")
                .contains(newFamily + ", Ralf", "HRT", "date of birth exact");
        assertThat(offenders.search(newFamily, null, null, null, users.find(manager).orElseThrow()))
                .as("nothing is stored before the answers are confirmed").hasSize(1);

        b.submit("#register");
        assertThat(b.path()).startsWith("/offenders/");
        assertThat(b.find(".govuk-notification-banner").getText()).contains("Offender registered");
        assertThat(b.find("h1").getText()).contains(newFamily + ", Ralph");
        assertThat(offenders.search(newFamily, null, null, null, users.find(manager).orElseThrow())).hasSize(2);
    }

    @Test
    void theSessionWarningLetsTheUserStaySignedIn() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        assertThat(b.find("body").getAttribute("data-session-seconds")).isEqualTo("1800");
        assertThat(b.find("#session-warning").isDisplayed()).isFalse();
        b.script("window.vigilSessionWarning()");
        b.await("document.getElementById('session-warning').open");
        assertThat(b.find("#session-warning").getText()).contains("You are about to be signed out")
                .containsPattern("sign you out in \\d+ minutes");
        assertThat(b.script("return document.activeElement.id")).isEqualTo("stay-signed-in");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("session-warning");
        b.click("#stay-signed-in");
        b.await("!document.getElementById('session-warning').open");
        b.open("/");
        assertThat(b.path()).isEqualTo("/");
    }

    @Test
    void aSupervisorSeesTheTeamsWorkloadOnMyWork() throws Exception {
        String supervisor = manager + ".lead";
        users.createIfAbsent(supervisor, "Team Lead", "MET", EnumSet.of(Role.SUPERVISOR), PASSWORD);
        users.setUpSecondFactorIfAbsent(supervisor, SECRET);
        Browser b = browser();
        signIn(b, supervisor);
        assertThat(b.find("#team + table").getText()).contains("Browser Manager");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("my-work-supervisor");
        b.signOut();
        signIn(b, manager);
        assertThat(b.all("#team")).as("an offender manager has no team section").isEmpty();
    }

    @Test
    void aChangeOfAddressIsRecordedAndTheRecordShowsTheNewAddress() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        Browser b = browser();
        signIn(b, manager);
        b.open("/offenders/" + offender + "/notifications/new");
        b.click("#type-2").submit("#choose-type");
        assertThat(b.find("h1").getText()).isEqualTo("Record a notification: change of name or address, or release");
        b.type("#policeStation", "Walthamstow Police Station").click("#newAddressType-home")
                .type("#newLine1", "7 Orford Road").type("#newPostcode", "E17 9NJ")
                .submit("#record-notification");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#event-day")).anyMatch(href -> href.endsWith("#newTown"));
        assertThat(b.find("#newLine1").getAttribute("value")).as("answers are kept").isEqualTo("7 Orford Road");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("notification-change-error");

        b.type("#newTown", "London").type("#event-day", String.valueOf(today.getDayOfMonth()))
                .type("#event-month", String.valueOf(today.getMonthValue()))
                .type("#event-year", String.valueOf(today.getYear())).submit("#record-notification");
        assertThat(b.find(".govuk-panel__title").getText()).isEqualTo("Notification recorded");
        b.follow("Back to the record");
        assertThat(b.find("#addresses").getText()).contains("7 Orford Road", "E17 9NJ");
    }

    @Test
    void anAdministratorManagesAccountsWithTheirCodeForRolesAndNewAccountsWhoChangeTheirPasswordFirst() throws Exception {
        String admin = manager + ".admin";
        users.createIfAbsent(admin, "Vigil Administrator", "NCA", EnumSet.of(Role.ADMIN), PASSWORD);
        users.setUpSecondFactorIfAbsent(admin, SECRET);
        Browser b = browser();
        signIn(b, admin);
        b.follow("Administration");
        assertThat(b.path()).isEqualTo("/admin/users");
        b.select("#agency", "MET").submit("#filter");
        assertThat(b.find("#accounts tr[data-username='" + manager + "']").getText()).contains("Browser Manager",
                "OFFENDER_MANAGER", "Active");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("admin-accounts");

        b.open("/admin/users/" + manager);
        b.submit("#disable");
        assertThat(b.find(".govuk-notification-banner").getText()).contains("Account disabled");
        assertThat(b.find("#account-status").getText()).isEqualTo("Disabled");
        b.submit("#enable");
        assertThat(b.find("#account-status").getText()).isEqualTo("Active");

        b.click("#role-SUPERVISOR").type("#code", "000000").submit("#change-roles");
        assertThat(b.find(".govuk-error-summary a").getAttribute("href")).endsWith("#code");
        assertThat(users.find(manager).orElseThrow().roles()).containsExactly(Role.OFFENDER_MANAGER);
        assertThat(b.accessibilityViolations()).isEmpty();
        clock.set(clock.instant().plusSeconds(30));
        b.click("#role-SUPERVISOR").click("#role-OFFENDER_MANAGER").type("#code", Totp.code(SECRET, clock.instant()))
                .submit("#change-roles");
        assertThat(b.find("#roles").getText()).isEqualTo("SUPERVISOR");
        assertThat(users.find(manager).orElseThrow().roles()).containsExactly(Role.SUPERVISOR);

        b.open("/admin/users/new");
        b.submit("#create-account");
        assertThat(b.all(".govuk-error-summary a")).extracting(e -> e.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#username")).anyMatch(href -> href.endsWith("#agencyCode"))
                .anyMatch(href -> href.endsWith("#roles"));
        assertThat(b.accessibilityViolations()).isEmpty();
        String newcomer = manager + ".newcomer";
        clock.set(clock.instant().plusSeconds(30));
        b.type("#username", newcomer).type("#displayName", "Nina Newcomer").select("#agencyCode", "MET")
                .click("#role-OFFENDER_MANAGER").type("#code", Totp.code(SECRET, clock.instant()))
                .submit("#create-account");
        assertThat(b.find(".govuk-panel__title").getText()).isEqualTo("Account added");
        String oneTimePassword = b.find("#one-time-password").getText();
        assertThat(oneTimePassword).hasSize(23);
        assertThat(users.find(newcomer)).isPresent();
        assertThat(b.accessibilityViolations()).isEmpty();

        b.open("/admin/agencies");
        assertThat(b.find("#agencies").getText()).contains("Metropolitan Police Service");
        assertThat(b.accessibilityViolations()).isEmpty();

        b.signOut();
        b.open("/sign-in").type("#username", newcomer).type("#password", oneTimePassword)
                .submit("button[type=submit]");
        String key = b.find("code").getText().replace(" ", "");
        clock.set(clock.instant().plusSeconds(30));
        b.type("#code", Totp.code(key, clock.instant())).submit("button[type=submit]");
        assertThat(b.path()).as("after the app, the password").isEqualTo("/account/password");
        b.open("/find");
        assertThat(b.path()).isEqualTo("/account/password");
        b.type("#currentPassword", oneTimePassword).type("#newPassword", "password12345")
                .type("#confirmPassword", "password12345").submit("#change-password");
        assertThat(b.find(".govuk-error-summary a").getAttribute("href")).endsWith("#newPassword");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("change-password-error");
        b.type("#currentPassword", oneTimePassword).type("#newPassword", "kettle lantern orchard pebble sixty")
                .type("#confirmPassword", "kettle lantern orchard pebble sixty").submit("#change-password");
        assertThat(b.path()).isEqualTo("/");
        assertThat(b.find(".govuk-notification-banner").getText()).contains("Your password has been changed");
    }

    @Test
    void aKeyboardOnlyUserSignsInAndRecordsANotificationInASensibleFocusOrder() throws Exception {
        Browser b = browser();
        b.open("/sign-in");
        assertThat(b.tabTo(".govuk-skip-link", 1)).hasSize(1);
        b.tabTo("#username", 5);
        b.press(manager).press(Keys.TAB);
        assertThat(b.focused()).isEqualTo("#password");
        b.press(PASSWORD).press(Keys.TAB);
        assertThat(b.focused()).isEqualTo("#code");
        clock.set(clock.instant().plusSeconds(30));
        b.press(Totp.code(SECRET, clock.instant())).press(Keys.TAB);
        assertThat(b.focused()).startsWith("button:Sign in");
        b.pressEnterToLeave();
        assertThat(b.path()).isEqualTo("/");

        List<String> order = b.tabTo("a[href='/find']", 10);
        assertThat(order.get(0)).as("the skip link comes first").isEqualTo("a:Skip to main content");
        assertThat(order).as("then the header, then the service navigation")
                .containsSubsequence("a:Vigil", "a:My work", "a:Find an offender");

        b.open("/offenders/" + offender);
        b.tabTo("#record-notification", 15);
        b.pressEnterToLeave();
        b.tabTo("input[name=type]:checked", 20);
        assertThat(b.focused()).as("the notification due is chosen already").isEqualTo("#type-1");
        b.tabTo("#choose-type", 5);
        b.pressEnterToLeave();
        b.tabTo("#policeStation", 20);
        b.press("Walthamstow Police Station");
        b.tabTo("#documentsSeen", 10);
        b.press(Keys.SPACE);
        b.tabTo("#record-notification", 10);
        b.pressEnterToLeave();
        assertThat(b.find(".govuk-panel__title").getText()).isEqualTo("Notification recorded");
    }

    @Test
    void aChangedRecordIsSavedButAStaleFormNamesWhoChangedItAndSavesNothing() throws Exception {
        Browser b = browser();
        signIn(b, manager);
        b.open("/offenders/" + offender);
        b.submit("#change-record");
        assertThat(b.find("#familyName").getAttribute("value")).isEqualTo(familyName);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.type("#givenNames", " ").submit("#save-record");
        assertThat(b.find(".govuk-error-summary a").getAttribute("href")).endsWith("#givenNames");
        assertThat(b.find(".govuk-error-summary").getText()).contains("Given names is required");

        b.type("#givenNames", "Barry John").type("#aliasGivenNames", "Bazza").type("#aliasFamilyName", "Smith")
                .submit("#save-record");
        assertThat(b.path()).isEqualTo("/offenders/" + offender);
        assertThat(b.find(".govuk-notification-banner").getText()).contains("Record changed");
        assertThat(b.find("h1").getText()).contains(familyName + ", Barry John");
        assertThat(b.find("#identity").getText()).contains("Smith, Bazza");

        b.submit("#change-record");
        String colleague = manager + ".editor";
        users.createIfAbsent(colleague, "Met Editor", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        VigilUser editor = users.find(colleague).orElseThrow();
        var current = offenders.recordUserMayChange(new uk.gov.vigil.offender.domain.OffenderId(offender), editor,
                "test");
        var d = current.details();
        offenders.update(current.id(), current.version(), new uk.gov.vigil.offender.domain.OffenderDetails(
                new PersonName("Barold", familyName), d.aliases(), d.dateOfBirth(), d.aliasDatesOfBirth(), d.sex(),
                d.nationality(), d.description(), d.distinguishingMarks(), d.identifiers(), d.convictions(),
                d.addresses(), d.management(), d.status()), editor);
        b.type("#givenNames", "Barrington").submit("#save-record");
        assertThat(b.find(".govuk-error-summary").getText()).contains(colleague + " changed this record at",
                "your changes were not saved");
        assertThat(b.find("#givenNames").getAttribute("value")).as("the form shows the record as it now is")
                .isEqualTo("Barold");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("offender-edit-stale");
    }

    @Test
    void theCaseloadIsPagedWithTheGovukPagination() throws Exception {
        VigilUser user = users.find(manager).orElseThrow();
        int n = ThreadLocalRandom.current().nextInt(800_000);
        for (int i = 0; i < 26; i++) {
            OffenderFixtures.Builder extra = OffenderFixtures.valid()
                    .pnc(IdentifierFormats.formatPncId(2018, 100_000 + (n + i) % 800_000));
            extra.management = new Management("MET", manager, null, null);
            offenders.register(extra.build(), user);
        }
        Browser b = browser();
        signIn(b, manager);
        b.open("/find");
        b.follow("browse every offender your agency manages");
        assertThat(b.path()).isEqualTo("/offenders");
        long total = offenders.list("MET", null, 0, 1, users.find(manager).orElseThrow()).totalItems();
        assertThat(b.find("#caseload caption").getText()).startsWith(total + " offenders, page 1 of ");
        b.submit(".govuk-pagination__next a");
        assertThat(b.find("#caseload caption").getText()).endsWith("page 2 of " + ((total + 24) / 25));
        assertThat(b.find(".govuk-pagination__item--current").getText()).isEqualTo("2");
        assertThat(b.all("#caseload tbody tr")).hasSizeBetween(1, 25);
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("caseload");
    }

    @Test
    void anAdministratorMergesADuplicateFoundBySearchAfterComparingTheTwo() throws Exception {
        OffenderFixtures.Builder twin = OffenderFixtures.valid()
                .pnc(IdentifierFormats.formatPncId(2011, ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        twin.name = new PersonName("Bary", familyName);
        twin.aliases = List.of();
        twin.management = new Management("HRT", null, null, null);
        UUID duplicate = offenders.register(twin.build(), TestUser.HERTS_OM.vigilUser()).id().value();
        String admin = manager + ".merger";
        users.createIfAbsent(admin, "Merging Administrator", "NCA", EnumSet.of(Role.ADMIN), PASSWORD);
        users.setUpSecondFactorIfAbsent(admin, SECRET);
        Browser b = browser();
        signIn(b, admin);
        b.open("/offenders/" + offender);
        b.submit("#merge-record");
        assertThat(b.find("#candidates").getText()).contains(familyName + ", Bary", "HRT");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.submit("#candidates a[href*='other=" + duplicate + "']");
        assertThat(b.find("#other").getText()).contains(familyName + ", Bary");
        b.submit("#confirm-merge");
        assertThat(b.find(".govuk-error-summary a").getAttribute("href")).endsWith("#reason");
        assertThat(b.accessibilityViolations()).isEmpty();
        b.screenshot("merge-confirm");
        assertThat(offenders.findWithoutAccessCheck(new uk.gov.vigil.offender.domain.OffenderId(duplicate))
                .orElseThrow().details().status()).as("nothing merged before the reason is given")
                .isEqualTo(uk.gov.vigil.offender.domain.RecordStatus.ACTIVE);

        b.type("#reason", "Same PNC fingerprints; HRT record made in error").submit("#confirm-merge");
        assertThat(b.path()).isEqualTo("/offenders/" + offender);
        assertThat(b.find(".govuk-notification-banner").getText()).contains("Records merged");
        assertThat(b.find("#identity").getText()).contains(familyName + ", Bary");
        b.open("/offenders/" + duplicate);
        assertThat(b.path()).isEqualTo("/offenders/" + offender);
        assertThat(b.find("#merged-from").getText()).contains(duplicate.toString());
    }
}
