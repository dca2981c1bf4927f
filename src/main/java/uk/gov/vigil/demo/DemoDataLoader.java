package uk.gov.vigil.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.offence.Offence;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.offender.application.OffenderService;

/**
 * Seeds the demo users and, on first start, the synthetic register. Later starts find the register populated and
 * leave it alone, so changes made while exploring the demo survive a restart.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The account the generator acts as. It has no password and cannot sign in. */
    static final VigilUser LOADER = new VigilUser("demo-loader", "Synthetic demo data", "NCA", Set.of(Role.ADMIN));

    record DemoUser(String username, String displayName, String agency, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Demo national administrator", "NCA", Role.ADMIN),
            new DemoUser("analyst", "Demo Home Office analyst", "HOAU", Role.ANALYST),
            new DemoUser("met.om", "Demo offender manager, Metropolitan Police", "MET", Role.OFFENDER_MANAGER),
            new DemoUser("met.supervisor", "Demo supervisor, Metropolitan Police", "MET", Role.SUPERVISOR),
            new DemoUser("herts.om", "Demo offender manager, Hertfordshire", "HRT", Role.OFFENDER_MANAGER),
            new DemoUser("tvp.om", "Demo offender manager, Thames Valley", "TVP", Role.OFFENDER_MANAGER),
            new DemoUser("probation.officer", "Demo probation officer, London", "PR-LON", Role.PROBATION_OFFICER),
            new DemoUser("prison.officer", "Demo prison officer, HMP Wandsworth", "HMP-WANDSWORTH",
                    Role.PRISON_OFFICER),
            new DemoUser("mappa.coordinator", "Demo MAPPA coordinator, London", "MET", Role.MAPPA_COORDINATOR),
            new DemoUser("auditor", "Demo auditor", "NCA", Role.AUDITOR));

    private final DemoProperties properties;
    private final UserDirectory users;
    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final OffenceCatalogue offences;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DemoDataLoader(DemoProperties properties, UserDirectory users, OffenderService offenders,
            ComplianceService compliance, OffenceCatalogue offences, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.properties = properties;
        this.users = users;
        this.offenders = offenders;
        this.compliance = compliance;
        this.offences = offences;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoUser user : USERS) {
            if (users.createIfAbsent(user.username(), user.displayName(), user.agency(), EnumSet.of(user.role()),
                    properties.password())) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo users", created);
        }
        if (offenders.list(null, null, 0, 1, LOADER).totalItems() > 0) {
            log.info("The register already holds offenders; demo register not regenerated");
            return;
        }
        long started = System.nanoTime();
        List<SyntheticOffender> register = generate();
        for (SyntheticOffender offender : register) {
            // One transaction each, so the overdue sweep never sees an offender before their history.
            transactions.executeWithoutResult(status -> {
                UUID id = offenders.register(offender.details(), LOADER).id().value();
                compliance.importHistory(id, offender.history(), LOADER.username());
            });
        }
        log.info("Loaded a synthetic register of {} offenders (seed {}) in {} ms", register.size(),
                properties.seed(), (System.nanoTime() - started) / 1_000_000);
    }

    List<SyntheticOffender> generate() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Map<String, List<String>> managers = new HashMap<>();
        for (DemoUser user : USERS) {
            if (user.role() == Role.OFFENDER_MANAGER || user.role() == Role.SUPERVISOR) {
                managers.computeIfAbsent(user.agency(), k -> new ArrayList<>()).add(user.username());
            }
        }
        List<String> codes = offences.all().stream().map(Offence::code).toList();
        return new SyntheticRegister(properties.seed(), today, codes)
                .generate(ForceProfile.load(), properties.offenders(), managers);
    }
}
