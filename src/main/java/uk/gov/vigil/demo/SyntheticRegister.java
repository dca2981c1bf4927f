package uk.gov.vigil.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import net.datafaker.Faker;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.NotifiedChanges;
import uk.gov.vigil.compliance.domain.Verification;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.Build;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.DistinguishingMark;
import uk.gov.vigil.offender.domain.EyeColour;
import uk.gov.vigil.offender.domain.HairColour;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.MarkType;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.Passport;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.PhysicalDescription;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Sex;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.rules.Outcome;
import uk.gov.vigil.rules.PeriodCase;
import uk.gov.vigil.rules.PeriodDecision;
import uk.gov.vigil.rules.Sentence;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;

/**
 * Generates a made-up register. The same seed, size, date and inputs always give the same offenders, in the same
 * order, so demo data and tests built on it are reproducible.
 */
final class SyntheticRegister {

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
    private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
    private static final List<String> NINO_EXCLUDED = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final String[] MARK_LOCATIONS = {"left forearm", "right forearm", "neck", "back of right hand",
        "left cheek", "chest", "upper back", "left calf"};
    private static final String[] NFA_PLACES = {"the night shelter on %s", "the bus station in %s",
        "the day centre, %s", "sleeping in a tent near the river, %s"};

    private static final EnglandAndWales RULES = new EnglandAndWales();

    private final Random random;
    private final Faker faker;
    private final LocalDate today;
    private final List<String> offenceCodes;
    private final NameLists names = NameLists.load();

    SyntheticRegister(long seed, LocalDate today, List<String> offenceCodes) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.UK, new Random(seed ^ 0x5DEECE66DL));
        this.today = today;
        this.offenceCodes = List.copyOf(offenceCodes);
    }

    /**
     * @param managers usernames that may be named as offender manager, by force code; forces not in the map get
     *                 unassigned offenders
     */
    List<SyntheticOffender> generate(List<ForceProfile> forces, int total, Map<String, List<String>> managers) {
        List<SyntheticOffender> register = new ArrayList<>(total);
        generate(forces, total, managers, register::add);
        return register;
    }

    /** The same register, handed over one offender at a time, so that a register of any size needs no memory. */
    void generate(List<ForceProfile> forces, int total, Map<String, List<String>> managers,
            Consumer<SyntheticOffender> sink) {
        int[] counts = ForceProfile.allocate(forces, total);
        int serial = 0;
        for (int f = 0; f < forces.size(); f++) {
            for (int n = 0; n < counts[f]; n++) {
                serial++;
                OffenderDetails details = offender(forces.get(f), serial,
                        managers.getOrDefault(forces.get(f).code(), List.of()));
                sink.accept(new SyntheticOffender(details, history(details)));
            }
        }
    }

    private OffenderDetails offender(ForceProfile force, int serial, List<String> managers) {
        Sex sex = random.nextInt(100) < 97 ? Sex.MALE : Sex.FEMALE;
        LocalDate dob = today.minusYears(20 + random.nextInt(55)).minusDays(random.nextInt(365));
        PersonName name = new PersonName(givenNames(sex), pick(names.surnames()));
        List<PersonName> aliases = new ArrayList<>();
        List<LocalDate> aliasDobs = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            aliases.add(new PersonName(random.nextBoolean() ? name.givenNames() : givenNames(sex), pick(names.surnames())));
            if (random.nextInt(4) == 0) {
                aliases.add(new PersonName(givenNames(sex), name.familyName()));
            }
            if (random.nextInt(3) == 0) {
                aliasDobs.add(dob.plusDays(random.nextInt(60) - 30));
            }
        }
        String town = pick(force.towns());
        List<Conviction> convictions = convictions(dob, town);
        LocalDate firstConviction = convictions.get(0).date();
        RecordStatus status = status();
        return new OffenderDetails(name, aliases, dob, aliasDobs, sex, random.nextInt(10) < 9 ? "GB" : pick(
                "PL", "RO", "IE", "LT", "PK", "IN", "JM", "SO"),
                new PhysicalDescription(sex == Sex.MALE ? 160 + random.nextInt(35) : 150 + random.nextInt(30),
                        pick(Build.values()), pick(EyeColour.values()), pick(HairColour.values())),
                marks(),
                identifiers(serial, firstConviction),
                convictions,
                addresses(force, town, firstConviction),
                new Management(force.code(), managers.isEmpty() ? null : managers.get(random.nextInt(managers.size())),
                        force.probationRegion() != null && random.nextInt(10) < 4 ? force.probationRegion() : null,
                        status == RecordStatus.IN_CUSTODY ? pick("HMP-WANDSWORTH", "HMP-WHATTON", "HMP-USK",
                                "HMP-BULLINGDON", "HMP-STAFFORD", "HMP-THEMOUNT") : null),
                status);
    }

    /**
     * An offender who went missing as {@code missing} says: convicted before, with an indefinite requirement,
     * notifying every year until some months before whereabouts became unknown, and again every year from shortly
     * after being located.
     */
    SyntheticOffender missingOffender(ForceProfile force, int serial, List<String> managers,
            March2015.MissingCase missing) {
        OffenderDetails base = offender(force, serial, managers);
        LocalDate convicted = missing.since().minusDays(200 + random.nextInt(1200));
        if (convicted.isBefore(LocalDate.of(1997, 10, 1))) {
            convicted = LocalDate.of(1997, 10, 1).plusDays(random.nextInt(90));
        }
        LocalDate dob = convicted.minusYears(20 + random.nextInt(30)).minusDays(random.nextInt(365));
        String town = force.towns().get(random.nextInt(force.towns().size()));
        boolean life = random.nextInt(10) == 0;
        Conviction conviction = new Conviction(offenceCodes.get(random.nextInt(offenceCodes.size())), convicted,
                town + " Crown Court", life ? Disposal.LIFE_IMPRISONMENT : Disposal.IMPRISONMENT,
                life ? null : pick(36, 48, 60, 72, 96));
        List<Address> addresses = new ArrayList<>();
        if (missing.circumstance() == Circumstance.NO_FIXED_ABODE) {
            addresses.add(new Address(AddressType.NO_FIXED_ABODE, null, null, town, null,
                    String.format(pick(NFA_PLACES), town), missing.since().minusDays(200), null));
        } else {
            addresses.add(home(force, town, convicted.plusDays(30 + random.nextInt(300)), null));
        }
        OffenderDetails details = new OffenderDetails(base.name(), base.aliases(), dob, List.of(), base.sex(),
                base.nationality(), base.description(), base.distinguishingMarks(), base.identifiers(),
                List.of(conviction), addresses,
                new Management(force.code(), base.management().offenderManager(), null, null), RecordStatus.ACTIVE);
        String station = town + " Police Station";
        List<NotificationInput> history = new ArrayList<>();
        LocalDate day = convicted.plusDays(1 + random.nextInt(2));
        history.add(notification(NotificationType.INITIAL, day, station, true));
        while (day.plusDays(365).isBefore(missing.since().minusDays(60))) {
            day = day.plusDays(330 + random.nextInt(35));
            history.add(notification(NotificationType.PERIODIC, day, station, false));
        }
        if (missing.located() != null) {
            day = missing.located().plusDays(1 + random.nextInt(3));
            boolean first = true;
            while (day.isBefore(today)) {
                history.add(notification(NotificationType.PERIODIC, day, station, first));
                first = false;
                day = day.plusDays(330 + random.nextInt(35));
            }
        }
        return new SyntheticOffender(details, history);
    }

    /**
     * The notifications the offender has made: the initial one a day or two after the latest conviction (a few
     * late), then one a year (weekly while of no fixed abode) until today, the end of the requirement, or the
     * start of a custodial spell. About 3 in 100 of those living in the community have missed their latest one.
     */
    private List<NotificationInput> history(OffenderDetails details) {
        Conviction latest = details.convictions().stream().max(Comparator.comparing(Conviction::date)).orElseThrow();
        // Up to yesterday: a notification later today would be in the future.
        LocalDate end = today.minusDays(1);
        LocalDate requirementEnds = LocalDate.MIN;
        for (Conviction c : details.convictions()) {
            PeriodDecision period = RULES.notificationPeriod(periodCase(details.dateOfBirth(), c));
            requirementEnds = period.outcome() != Outcome.DETERMINED || period.indefinite() ? LocalDate.MAX
                    : period.lastDay().isAfter(requirementEnds) ? period.lastDay() : requirementEnds;
        }
        if (requirementEnds.isBefore(end)) {
            end = requirementEnds;
        }
        if (details.status() != RecordStatus.ACTIVE) {
            end = end.minusDays(30 + random.nextInt(300));
        }
        String station = details.addresses().isEmpty() ? "Central Police Station"
                : details.addresses().get(details.addresses().size() - 1).town() + " Police Station";
        List<NotificationInput> history = new ArrayList<>();
        LocalDate day = latest.date().plusDays(random.nextInt(10) == 0 ? 3 + random.nextInt(8) : random.nextInt(3));
        if (day.isAfter(end)) {
            return history;
        }
        history.add(notification(NotificationType.INITIAL, day, station, true));
        boolean noFixedAbode = details.currentMainResidence()
                .map(a -> a.type() == AddressType.NO_FIXED_ABODE).orElse(false);
        LocalDate nfaFrom = details.currentMainResidence().map(Address::from).orElse(end);
        boolean missesLatest = details.status() == RecordStatus.ACTIVE && random.nextInt(100) < 3;
        while (true) {
            boolean weekly = noFixedAbode && !day.isBefore(nfaFrom.minusDays(7));
            LocalDate next = weekly ? day.plusDays(5 + random.nextInt(3)) : day.plusDays(300 + random.nextInt(66));
            LocalDate dueAfterNext = weekly ? next.plusDays(7) : next.plusYears(1);
            if (next.isAfter(end) || (missesLatest && dueAfterNext.isAfter(end))) {
                break;
            }
            day = next;
            history.add(notification(NotificationType.PERIODIC, day, station, false));
        }
        return history;
    }

    private NotificationInput notification(NotificationType type, LocalDate day, String station, boolean first) {
        Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(EnglandAndWales.ZONE).toInstant();
        return new NotificationInput(type, at, station, null,
                new NotifiedChanges(null, null, false, null, null, random.nextInt(10) < 7, random.nextInt(10) < 6,
                        random.nextInt(10) < 8),
                new Verification(true, first || random.nextInt(5) == 0, first));
    }

    private String givenNames(Sex sex) {
        List<String> forenames = sex == Sex.MALE ? names.male() : names.female();
        String first = pick(forenames);
        return random.nextInt(3) == 0 ? first + " " + pick(forenames) : first;
    }

    /**
     * One conviction, sometimes two. Nine in ten finite requirements are still running, as on a live register;
     * the rest have ended and stay for their history.
     */
    private List<Conviction> convictions(LocalDate dob, String town) {
        List<Conviction> convictions = new ArrayList<>();
        LocalDate earliest = dob.plusYears(16);
        LocalDate latestPossible = today.minusDays(30);
        Conviction first = conviction(between(earliest, latestPossible), town);
        PeriodDecision period = RULES.notificationPeriod(periodCase(dob, first));
        if (period.outcome() == Outcome.DETERMINED && !period.indefinite() && period.lastDay().isBefore(today)
                && random.nextInt(10) < 9) {
            LocalDate windowStart = today.minus(period.period()).plusDays(1);
            first = new Conviction(first.offenceCode(), between(windowStart.isBefore(earliest) ? earliest : windowStart,
                    latestPossible), first.court(), first.disposal(), first.termMonths());
        }
        convictions.add(first);
        if (random.nextInt(5) == 0 && first.date().isBefore(today.minusYears(2))) {
            convictions.add(conviction(first.date().plusDays(200 + random.nextInt(500)), town));
        }
        return convictions;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays((long) (span * Math.pow(random.nextDouble(), 0.6)));
    }

    private static PeriodCase periodCase(LocalDate dob, Conviction c) {
        return new PeriodCase(dob, c.date(), Sentence.valueOf(c.disposal().name()), c.termMonths(), List.of());
    }

    private Conviction conviction(LocalDate date, String town) {
        int roll = random.nextInt(100);
        Disposal disposal;
        Integer term = null;
        if (roll < 45) {
            disposal = Disposal.IMPRISONMENT;
            term = pick(4, 6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120);
        } else if (roll < 55) {
            disposal = Disposal.CAUTION;
        } else if (roll < 60) {
            disposal = Disposal.CONDITIONAL_DISCHARGE;
            term = pick(12, 18, 24, 36);
        } else if (roll < 92) {
            disposal = Disposal.OTHER;
        } else if (roll < 95) {
            disposal = Disposal.LIFE_IMPRISONMENT;
        } else if (roll < 97) {
            disposal = Disposal.IMPRISONMENT_FOR_PUBLIC_PROTECTION;
        } else if (roll < 99) {
            disposal = Disposal.HOSPITAL_ORDER;
        } else {
            disposal = Disposal.HOSPITAL_ORDER_WITH_RESTRICTION;
        }
        String court = town + switch (disposal) {
            case CAUTION -> " Police Station";
            case OTHER, CONDITIONAL_DISCHARGE -> " Magistrates' Court";
            default -> " Crown Court";
        };
        return new Conviction(offenceCodes.get(random.nextInt(offenceCodes.size())), date, court, disposal, term);
    }

    private RecordStatus status() {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return RecordStatus.IN_CUSTODY;
        }
        return roll < 9 ? RecordStatus.ABROAD : RecordStatus.ACTIVE;
    }

    private List<DistinguishingMark> marks() {
        List<DistinguishingMark> marks = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            MarkType type = pick(MarkType.SCAR, MarkType.TATTOO, MarkType.TATTOO, MarkType.BIRTHMARK);
            marks.add(new DistinguishingMark(type, pick(MARK_LOCATIONS),
                    type == MarkType.TATTOO ? "Tattoo of " + faker.animal().name() : null));
        }
        return marks;
    }

    /**
     * A CRO number for the offender's serial. Its serial part has at most six digits, so from the millionth
     * offender on it starts again at 1; CRO numbers need not be unique in the register, PNC ids must.
     */
    static String croNumber(int serial, int year) {
        return IdentifierFormats.formatCroNumber((serial - 1) % 999_999 + 1, year);
    }

    private Identifiers identifiers(int serial, LocalDate firstConviction) {
        int year = firstConviction.getYear();
        String pnc = IdentifierFormats.formatPncId(year, serial);
        String cro = random.nextInt(4) == 0 ? null : croNumber(serial, year);
        List<Passport> passports = random.nextInt(4) == 0
                ? List.of(new Passport(String.format("%09d", 100_000_000 + random.nextInt(800_000_000)), "GB"))
                : List.of();
        return new Identifiers(pnc, cro, random.nextInt(10) < 8 ? nino() : null, passports);
    }

    private String nino() {
        String prefix;
        do {
            prefix = "" + NINO_FIRST.charAt(random.nextInt(NINO_FIRST.length()))
                    + NINO_SECOND.charAt(random.nextInt(NINO_SECOND.length()));
        } while (NINO_EXCLUDED.contains(prefix));
        return prefix + String.format("%06d", random.nextInt(1_000_000)) + "ABCD".charAt(random.nextInt(4));
    }

    private List<Address> addresses(ForceProfile force, String town, LocalDate firstConviction) {
        List<Address> addresses = new ArrayList<>();
        LocalDate moved = firstConviction.plusDays(random.nextInt(400));
        if (moved.isAfter(today)) {
            moved = today;
        }
        if (random.nextInt(3) == 0 && moved.isBefore(today.minusYears(1))) {
            LocalDate movedAgain = moved.plusDays(180 + random.nextInt(
                    (int) Math.max(1, today.toEpochDay() - moved.toEpochDay() - 180)));
            addresses.add(home(force, town, moved, movedAgain.minusDays(1)));
            moved = movedAgain;
        }
        if (random.nextInt(100) < 3) {
            // Homelessness is usually a recent turn: housed until a few weeks to two years ago.
            LocalDate homeless = today.minusDays(20 + random.nextInt(700));
            if (homeless.isAfter(moved.plusDays(30))) {
                addresses.add(home(force, town, moved, homeless.minusDays(1)));
                moved = homeless;
            }
            addresses.add(new Address(AddressType.NO_FIXED_ABODE, null, null, town, null,
                    String.format(pick(NFA_PLACES), town), moved, null));
        } else {
            addresses.add(home(force, town, moved, null));
        }
        return addresses;
    }

    private Address home(ForceProfile force, String town, LocalDate from, LocalDate to) {
        String line1 = (1 + random.nextInt(180)) + " " + pick(names.streets()) + " " + pick(names.streetSuffixes());
        return new Address(AddressType.HOME, line1, null, town, postcode(force), null, from, to);
    }

    private String postcode(ForceProfile force) {
        String area = pick(force.postcodeAreas());
        return area + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
