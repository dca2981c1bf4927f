package uk.gov.vigil.offender.domain;

import java.time.LocalDate;

/**
 * An address the offender has notified, with the dates it applied. For {@link AddressType#NO_FIXED_ABODE} the
 * {@code placeDescription} says where the offender can regularly be found and the postal lines are optional.
 *
 * @param to the last day at the address, or null while it is current
 */
public record Address(AddressType type, String line1, String line2, String town, String postcode,
        String placeDescription, LocalDate from, LocalDate to) {

    public Address {
        line1 = Text.clean(line1);
        line2 = Text.clean(line2);
        town = Text.clean(town);
        postcode = IdentifierFormats.canonicalPostcode(postcode);
        placeDescription = Text.clean(placeDescription);
    }

    public boolean current() {
        return to == null;
    }
}
