package uk.gov.vigil.offender.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything an officer records about an offender: identity, description, identifiers, the convictions that
 * trigger registration, the address history, who manages them, and the record's status.
 *
 * @param aliases            other names the offender has used
 * @param aliasDatesOfBirth  other dates of birth the offender has given
 * @param nationality        ISO 3166-1 alpha-2 code
 */
public record OffenderDetails(
        PersonName name,
        List<PersonName> aliases,
        LocalDate dateOfBirth,
        List<LocalDate> aliasDatesOfBirth,
        Sex sex,
        String nationality,
        PhysicalDescription description,
        List<DistinguishingMark> distinguishingMarks,
        Identifiers identifiers,
        List<Conviction> convictions,
        List<Address> addresses,
        Management management,
        RecordStatus status) {

    public OffenderDetails {
        aliases = copy(aliases);
        aliasDatesOfBirth = copy(aliasDatesOfBirth);
        nationality = nationality == null ? null : Text.clean(nationality.toUpperCase(Locale.ROOT));
        description = description == null ? PhysicalDescription.NONE : description;
        distinguishingMarks = copy(distinguishingMarks);
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
        convictions = copy(convictions);
        addresses = copy(addresses);
    }

    /** The current main residence (home or no fixed abode), if one is recorded. */
    public Optional<Address> currentMainResidence() {
        return addresses.stream().filter(a -> a.current() && a.type() != null && a.type().isMainResidence())
                .findFirst();
    }

    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        // List.copyOf rejects nulls; a null element is reported by the rules as a missing item instead.
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
