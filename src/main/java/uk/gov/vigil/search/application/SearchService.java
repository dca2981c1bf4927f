package uk.gov.vigil.search.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.offender.domain.Passport;
import uk.gov.vigil.search.domain.BirthDateQuery;
import uk.gov.vigil.search.domain.Match;
import uk.gov.vigil.search.domain.MatchScorer;
import uk.gov.vigil.search.domain.NameEquivalents;
import uk.gov.vigil.search.domain.NameKeys;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * The national search: finds people by any name they are known by, what is known of their date of birth, sex,
 * identifiers and postcode, across every agency, ranked with the reasons each matched. Another agency's offenders
 * appear as the minimal summary; restricted records appear only to those allowed to see them. Every search is
 * audited as a consultation.
 */
@Service
public class SearchService {

    /** How many results a search returns at most. */
    public static final int RESULTS = 50;

    /** How many candidates sharing the most name keys are scored. */
    static final int NAME_CANDIDATES = 50;

    /** How many candidates born on the date searched for (or near it) are scored. */
    static final int DATE_CANDIDATES = 300;

    /** How many candidates found by identifiers or address alone are scored. */
    static final int FILTER_CANDIDATES = 500;

    private final NameIndex index;
    private final NameKeys keys;
    private final MatchScorer scorer;
    private final NameEquivalents equivalents;
    private final AuditLog audit;

    SearchService(NameIndex index, NameKeys keys, MatchScorer scorer, NameEquivalents equivalents, AuditLog audit) {
        this.index = index;
        this.keys = keys;
        this.scorer = scorer;
        this.equivalents = equivalents;
        this.audit = audit;
    }

    /**
     * @param sex one of the register's values (MALE, FEMALE, OTHER, NOT_KNOWN), or null
     * @param passportNumber a passport number of any country, matched exactly (spaces and case ignored)
     * @param addressText words that must appear in an address line, town or place description, any case
     */
    public record Query(String givenNames, String familyName, BirthDateQuery birth, String sex, String pncId,
            String croNumber, String nationalInsuranceNumber, String postcode, String passportNumber,
            String addressText) {

        public Query {
            birth = birth == null ? BirthDateQuery.NONE : birth;
        }

        boolean hasName() {
            return notBlank(givenNames) || notBlank(familyName);
        }
    }

    public record Result(OffenderSummary summary, double score, List<String> reasons) {
    }

    /** @param version the matching rules and name table the ranking came from */
    public record Results(List<Result> results, String version) {
    }

    @Transactional(readOnly = true)
    public Results search(Query query, VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role gives no access to offender records");
        }
        Violations v = new Violations();
        NameIndex.Filters filters = filters(query, v);
        LocalDate exactBirth = query.birth().exact();
        if (query.birth().day() != null && query.birth().month() != null && query.birth().year() != null
                && exactBirth == null) {
            v.add("dateOfBirth", "must be a real date");
        }
        if (!query.hasName() && exactBirth == null && !filters.any()) {
            v.add("familyName", "Enter a name, a whole date of birth, or an identifier or postcode");
        }
        v.throwIfAny();
        String version = MatchScorer.VERSION + ", " + NameKeys.VERSION + ", names " + equivalents.version();
        audit.allowed(user, AuditAction.OFFENDERS_SEARCHED, AuditObject.of("offender-search", null),
                "by " + String.join(", ", used(query, filters)) + "; " + version);

        Set<java.util.UUID> candidates = new LinkedHashSet<>();
        if (query.hasName()) {
            candidates.addAll(index.sharingKeys(keys.lookup(query.givenNames(), query.familyName()),
                    NAME_CANDIDATES));
        }
        if (exactBirth != null) {
            // The date and its day-month swap first, so that on a national register the people born on the very
            // date are never crowded out by the many born a digit away; those only when no name was given.
            candidates.addAll(index.bornOn(likelyDates(exactBirth), DATE_CANDIDATES));
            if (!query.hasName()) {
                candidates.addAll(index.bornOn(nearDates(exactBirth), DATE_CANDIDATES));
            }
        }
        if (!query.hasName() && exactBirth == null) {
            candidates.addAll(index.filtered(filters, FILTER_CANDIDATES));
        }
        List<Result> results = new ArrayList<>();
        MatchScorer.Prepared scoring = scorer.prepare(query.givenNames(), query.familyName(), query.birth(),
                query.sex());
        for (NameIndex.Loaded loaded : index.load(candidates, filters, user.username())) {
            Match match = scoring.score(loaded.candidate());
            List<String> reasons = new ArrayList<>(match.reasons());
            reasons.addAll(filterReasons(filters));
            double score = query.hasName() || query.birth().given() ? match.score() : 1.0;
            if (score >= MatchScorer.THRESHOLD) {
                results.add(new Result(loaded.summary(), score, reasons));
            }
        }
        results.sort(Comparator.comparingDouble(Result::score).reversed()
                .thenComparing(r -> r.summary().name().familyName())
                .thenComparing(r -> r.summary().id().value()));
        return new Results(results.size() > RESULTS ? List.copyOf(results.subList(0, RESULTS)) : results, version);
    }

    /** The date itself and, where it makes a date, with day and month swapped. */
    static Set<LocalDate> likelyDates(LocalDate date) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        dates.add(date);
        if (date.getDayOfMonth() <= 12) {
            dates.add(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        }
        return dates;
    }

    /** The date itself, with day and month swapped, and with any one digit different. */
    static Set<LocalDate> nearDates(LocalDate date) {
        Set<LocalDate> dates = likelyDates(date);
        String digits = String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
        for (int i = 0; i < digits.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == digits.charAt(i)) {
                    continue;
                }
                String changed = digits.substring(0, i) + c + digits.substring(i + 1);
                try {
                    dates.add(LocalDate.of(Integer.parseInt(changed.substring(0, 4)),
                            Integer.parseInt(changed.substring(4, 6)), Integer.parseInt(changed.substring(6))));
                } catch (DateTimeException notADate) {
                    // not every digit makes a real date
                }
            }
        }
        return dates;
    }

    private static NameIndex.Filters filters(Query query, Violations v) {
        String pnc = null;
        if (notBlank(query.pncId())) {
            pnc = new Identifiers(query.pncId(), null, null, List.of()).pncId();
            IdentifierFormats.checkPncId(pnc).ifPresent(problem -> v.add("pncId", "The PNC ID " + problem));
        }
        String cro = null;
        if (notBlank(query.croNumber())) {
            cro = new Identifiers(null, query.croNumber(), null, List.of()).croNumber();
            IdentifierFormats.checkCroNumber(cro).ifPresent(problem -> v.add("croNumber", "The CRO number " + problem));
        }
        String ni = null;
        if (notBlank(query.nationalInsuranceNumber())) {
            ni = new Identifiers(null, null, query.nationalInsuranceNumber(), List.of()).nationalInsuranceNumber();
            IdentifierFormats.checkNationalInsuranceNumber(ni).ifPresent(problem -> v.add("nationalInsuranceNumber",
                    "The National Insurance number " + problem));
        }
        String postcode = null;
        if (notBlank(query.postcode())) {
            String whole = IdentifierFormats.canonicalPostcode(query.postcode());
            postcode = IdentifierFormats.checkPostcode(whole).isEmpty() ? whole
                    : query.postcode().strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (postcode.length() < 2) {
                v.add("postcode", "Enter at least the first 2 characters of the postcode");
            }
        }
        String passport = null;
        if (notBlank(query.passportNumber())) {
            passport = new Passport(query.passportNumber(), null).number();
            if (!passport.matches("[A-Z0-9]{5,20}")) {
                v.add("passportNumber", "The passport number must be 5 to 20 letters and digits");
            }
        }
        String address = null;
        if (notBlank(query.addressText())) {
            address = query.addressText().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (address.length() < 3) {
                v.add("address", "Enter at least 3 characters of the address");
            }
        }
        return new NameIndex.Filters(pnc, cro, ni, postcode, passport, address);
    }

    private static List<String> used(Query query, NameIndex.Filters f) {
        List<String> used = new ArrayList<>();
        if (query.hasName()) {
            used.add("name");
        }
        if (query.birth().given()) {
            used.add("date of birth");
        }
        if (query.sex() != null) {
            used.add("sex");
        }
        if (f.pncId() != null) {
            used.add("PNC ID");
        }
        if (f.croNumber() != null) {
            used.add("CRO number");
        }
        if (f.nationalInsuranceNumber() != null) {
            used.add("National Insurance number");
        }
        if (f.postcodeStart() != null) {
            used.add("postcode");
        }
        if (f.passportNumber() != null) {
            used.add("passport number");
        }
        if (f.addressText() != null) {
            used.add("address");
        }
        return used;
    }

    private static List<String> filterReasons(NameIndex.Filters f) {
        List<String> reasons = new ArrayList<>();
        if (f.pncId() != null) {
            reasons.add("PNC ID exact");
        }
        if (f.croNumber() != null) {
            reasons.add("CRO number exact");
        }
        if (f.nationalInsuranceNumber() != null) {
            reasons.add("National Insurance number exact");
        }
        if (f.postcodeStart() != null) {
            reasons.add("an address in " + f.postcodeStart());
        }
        if (f.passportNumber() != null) {
            reasons.add("passport number exact");
        }
        if (f.addressText() != null) {
            reasons.add("an address containing \"" + f.addressText() + "\"");
        }
        return reasons;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
