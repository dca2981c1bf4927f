package uk.gov.vigil.offender.domain;

/** Sex as recorded at registration. */
public enum Sex {
    MALE, FEMALE, OTHER, NOT_KNOWN
}
