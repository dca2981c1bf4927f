package uk.gov.vigil.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offence.Offence;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.risk.application.RiskService;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;

/**
 * Seeds the demo users and, on first start, the synthetic register. Later starts find the register populated and
 * leave it alone, so changes made while exploring the demo survive a restart.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Offenders stored per transaction: each arrives whole with its history, so the sweep never sees half of one. */
    private static final int BATCH = 1_000;

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
    private final WhereaboutsService whereabouts;
    private final RiskService risk;

    DemoDataLoader(DemoProperties properties, UserDirectory users, OffenderService offenders,
            ComplianceService compliance, OffenceCatalogue offences, Clock clock, TransactionTemplate transactions,
            WhereaboutsService whereabouts, RiskService risk) {
        this.risk = risk;
        this.transactions = transactions;
        this.whereabouts = whereabouts;
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
            users.setUpSecondFactorIfAbsent(user.username(), properties.totpSecret());
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
        long generated = System.nanoTime();
        SyntheticRisk riskHistories = new SyntheticRisk(properties.seed(), today());
        for (int from = 0; from < register.size(); from += BATCH) {
            List<SyntheticOffender> batch = register.subList(from, Math.min(register.size(), from + BATCH));
            transactions.executeWithoutResult(status -> {
                List<OffenderRecord> stored = store(batch);
                List<RiskService.ImportRow> rows = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    rows.add(new RiskService.ImportRow(stored.get(i).id().value(), batch.get(i).details().status(),
                            riskHistories.history(batch.get(i).details())));
                }
                risk.importHistories(rows, LOADER.username());
            });
        }
        int missing = loadMarch2015();
        log.info("Loaded a synthetic register of {} offenders, {} of whom went missing by March 2015 (seed {}), in {}"
                + " ms ({} ms generating)", register.size() + missing, missing, properties.seed(),
                (System.nanoTime() - started) / 1_000_000, (generated - started) / 1_000_000);
    }

    /**
     * The offenders whose whereabouts were unknown on 10 March 2015, with their cases, so that the figures for that
     * date reproduce the published picture.
     */
    private int loadMarch2015() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        List<ForceProfile> forces = ForceProfile.load();
        Map<String, ForceProfile> byCode = new HashMap<>();
        forces.forEach(f -> byCode.put(f.code(), f));
        List<March2015.MissingCase> cases = March2015.cases(forces, properties.seed(), today);
        SyntheticRegister generator = new SyntheticRegister(properties.seed() + 2015, today, offenceCodes());
        int serial = 900_000;
        Random random = new Random(properties.seed());
        List<SyntheticOffender> missingOffenders = new ArrayList<>();
        for (March2015.MissingCase missing : cases) {
            missingOffenders.add(generator.missingOffender(byCode.get(missing.force()), ++serial,
                    managers().getOrDefault(missing.force(), List.of()), missing));
        }
        transactions.executeWithoutResult(status -> {
            List<OffenderRecord> stored = store(missingOffenders);
            for (int i = 0; i < cases.size(); i++) {
                importCase(stored.get(i).id().value(), cases.get(i), missingOffenders.get(i), random, today);
            }
        });
        return cases.size();
    }

    /**
     * Registers a batch of generated offenders with their notification histories. The generator makes only valid
     * records, so a rejected row is a bug in it.
     */
    private List<OffenderRecord> store(List<SyntheticOffender> batch) {
        OffenderService.ImportedBatch imported = offenders.importBatch(
                batch.stream().map(SyntheticOffender::details).toList(), LOADER);
        if (!imported.rejected().isEmpty()) {
            throw new IllegalStateException("The generator made invalid offenders: " + imported.rejected());
        }
        Map<UUID, List<NotificationInput>> histories = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            histories.put(imported.stored().get(i).id().value(), batch.get(i).history());
        }
        compliance.importHistories(imported.stored(), histories, LOADER.username());
        return imported.stored();
    }

    private void importCase(UUID offenderId, March2015.MissingCase m, SyntheticOffender offender, Random random,
            LocalDate today) {
        boolean abroad = m.circumstance() == Circumstance.BELIEVED_ABROAD;
        Address lastKnown = offender.details().addresses().get(0);
        String lastKnownAddress = lastKnown.type() == AddressType.NO_FIXED_ABODE ? lastKnown.placeDescription()
                : lastKnown.line1() + ", " + lastKnown.town() + " " + lastKnown.postcode();
        WhereaboutsCase.Wanted wanted = m.warrant() == null ? null : new WhereaboutsCase.Wanted(m.warrant(),
                String.format("%02d/%06d%c", m.warrant().getYear() % 100, random.nextInt(1_000_000),
                        (char) ('A' + random.nextInt(26))),
                abroad ? "INTERPOL diffusion " + (10_000 + random.nextInt(90_000)) : null);
        WhereaboutsCase.Located located = null;
        WhereaboutsCase.Closure closure = null;
        if (m.located() != null) {
            LocatedHow how = abroad ? LocatedHow.FOUND_ABROAD
                    : List.of(LocatedHow.ARRESTED, LocatedHow.ARRESTED, LocatedHow.SURRENDERED,
                            LocatedHow.FOUND_IN_CUSTODY).get(random.nextInt(4));
            located = new WhereaboutsCase.Located(m.located(), abroad ? "Returned via Heathrow Airport"
                    : "Stopped in " + offender.details().addresses().get(0).town(), abroad ? "NCA" : m.force(), how);
            LocalDate closedOn = m.located().plusDays(20 + random.nextInt(60));
            if (closedOn.isBefore(today)) {
                closure = new WhereaboutsCase.Closure(closedOn, abroad ? Outcome.DEPORTED_OR_EXTRADITED
                        : List.of(Outcome.PROSECUTED_S91, Outcome.PROSECUTED_S91, Outcome.CAUTIONED, Outcome.COMPLIED)
                                .get(random.nextInt(4)));
            }
        }
        whereabouts.importCase(offenderId, abroad ? OpeningReason.LEFT_THE_COUNTRY
                        : OpeningReason.NOT_AT_NOTIFIED_ADDRESS, m.since().minusDays(10),
                new WhereaboutsCase.Unknown(m.since(), lastKnownAddress, m.circumstance(), m.country()), wanted,
                located, closure, LOADER.username());
    }

    private List<String> offenceCodes() {
        return offences.all().stream().map(Offence::code).toList();
    }

    private Map<String, List<String>> managers() {
        Map<String, List<String>> managers = new HashMap<>();
        for (DemoUser user : USERS) {
            if (user.role() == Role.OFFENDER_MANAGER || user.role() == Role.SUPERVISOR) {
                managers.computeIfAbsent(user.agency(), k -> new ArrayList<>()).add(user.username());
            }
        }
        return managers;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    List<SyntheticOffender> generate() {
        return new SyntheticRegister(properties.seed(), today(), offenceCodes())
                .generate(ForceProfile.load(), properties.offenders(), managers());
    }
}
