package uk.gov.vigil.offender.domain;

/** The kinds of address an offender must notify. */
public enum AddressType {
    /** The sole or main residence. */
    HOME,
    /** Another address where the offender stays for a qualifying period (7 days, or 7 days in 12 months). */
    SECONDARY,
    /** No sole or main residence: a place where the offender can regularly be found. */
    NO_FIXED_ABODE;

    /** Whether this kind of address answers "where does the offender live" (only one may be current). */
    public boolean isMainResidence() {
        return this == HOME || this == NO_FIXED_ABODE;
    }
}
