package uk.gov.vigil.compliance.domain;

import java.time.LocalDate;

import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.PersonName;

/**
 * What a notification tells the police. Every part is optional; which parts a notification needs depends on its
 * type.
 *
 * @param newName                a name the offender now uses
 * @param newAddress             a new home address, or no fixed abode with where they can be found
 * @param releasedFromDetention  the notification follows release from custody or detention
 * @param travel                 foreign travel
 * @param household              a stay in a household with a child under 18
 * @param bankAccountsGiven      bank account details were given (SI 2012/1876, at every notification)
 * @param paymentCardsGiven      payment card details were given
 * @param identityDocumentsGiven passport or other identity document details were given
 */
public record NotifiedChanges(PersonName newName, Address newAddress, boolean releasedFromDetention, Travel travel,
        Household household, boolean bankAccountsGiven, boolean paymentCardsGiven, boolean identityDocumentsGiven) {

    public static final NotifiedChanges NONE = new NotifiedChanges(null, null, false, null, null, false, false, false);

    /**
     * @param destinationCountry ISO 3166-1 alpha-2 code
     */
    public record Travel(String destinationCountry, LocalDate departureDate, LocalDate returnDate) {
    }

    /**
     * @param address         where the household is
     * @param intendedPeriod  how long the offender intends to stay, in the offender's words
     */
    public record Household(String address, String intendedPeriod) {
    }

    public boolean changesNameOrAddress() {
        return newName != null || newAddress != null;
    }
}
