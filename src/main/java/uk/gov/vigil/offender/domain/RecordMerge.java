package uk.gov.vigil.offender.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Combining two records of the same person into the one that is kept. Nothing known is lost: the other record's
 * names become aliases, its dates of birth alias dates of birth, and its convictions, marks and addresses are
 * added; identifiers the kept record lacks are taken from it. The kept record's name, date of birth,
 * description, management and status stay as they are. An address that was current on the other record is added
 * as ended the day before the merge, since the kept record says where the person lives now.
 */
public final class RecordMerge {

    private RecordMerge() {
    }

    public static OffenderDetails combine(OffenderDetails kept, OffenderDetails other, LocalDate mergedOn) {
        LinkedHashSet<PersonName> aliases = new LinkedHashSet<>(kept.aliases());
        aliases.add(other.name());
        aliases.addAll(other.aliases());
        aliases.remove(kept.name());

        LinkedHashSet<LocalDate> aliasDates = new LinkedHashSet<>(kept.aliasDatesOfBirth());
        aliasDates.add(other.dateOfBirth());
        aliasDates.addAll(other.aliasDatesOfBirth());
        aliasDates.remove(kept.dateOfBirth());
        aliasDates.remove(null);

        LinkedHashSet<DistinguishingMark> marks = new LinkedHashSet<>(kept.distinguishingMarks());
        marks.addAll(other.distinguishingMarks());
        LinkedHashSet<Conviction> convictions = new LinkedHashSet<>(kept.convictions());
        convictions.addAll(other.convictions());

        List<Address> addresses = new ArrayList<>(kept.addresses());
        for (Address a : other.addresses()) {
            Address added = a.current() && a.type() != null && a.type().isMainResidence()
                    ? new Address(a.type(), a.line1(), a.line2(), a.town(), a.postcode(), a.placeDescription(),
                            a.from(), a.from() != null && !a.from().isBefore(mergedOn) ? a.from() : mergedOn.minusDays(1))
                    : a;
            if (!addresses.contains(added)) {
                addresses.add(added);
            }
        }

        Identifiers k = kept.identifiers();
        Identifiers o = other.identifiers();
        LinkedHashSet<Passport> passports = new LinkedHashSet<>(k.passports());
        passports.addAll(o.passports());
        Identifiers identifiers = new Identifiers(k.pncId() != null ? k.pncId() : o.pncId(),
                k.croNumber() != null ? k.croNumber() : o.croNumber(),
                k.nationalInsuranceNumber() != null ? k.nationalInsuranceNumber() : o.nationalInsuranceNumber(),
                List.copyOf(passports));

        return new OffenderDetails(kept.name(), List.copyOf(aliases), kept.dateOfBirth(), List.copyOf(aliasDates),
                kept.sex(), kept.nationality() != null ? kept.nationality() : other.nationality(), kept.description(),
                List.copyOf(marks), identifiers, List.copyOf(convictions), addresses, kept.management(),
                kept.status());
    }

    /** The other record as it is left: marked merged, without the identifiers the kept record has taken. */
    public static OffenderDetails leftBehind(OffenderDetails other, OffenderDetails combined) {
        Identifiers o = other.identifiers();
        Identifiers c = combined.identifiers();
        Identifiers remaining = new Identifiers(same(o.pncId(), c.pncId()) ? null : o.pncId(), o.croNumber(),
                o.nationalInsuranceNumber(), o.passports());
        return new OffenderDetails(other.name(), other.aliases(), other.dateOfBirth(), other.aliasDatesOfBirth(),
                other.sex(), other.nationality(), other.description(), other.distinguishingMarks(), remaining,
                other.convictions(), other.addresses(), other.management(), RecordStatus.MERGED);
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }
}
