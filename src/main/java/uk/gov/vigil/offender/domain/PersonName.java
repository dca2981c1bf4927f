package uk.gov.vigil.offender.domain;

/** A name as given: forenames (one or more, space-separated) and family name, stored in Unicode NFC. */
public record PersonName(String givenNames, String familyName) {

    public PersonName {
        givenNames = Text.clean(givenNames);
        familyName = Text.clean(familyName);
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
