package uk.gov.vigil.offender.domain;

/**
 * How the court (or the police, for a caution) disposed of the offence. The notification period under s.82 SOA
 * 2003 depends on it.
 */
public enum Disposal {
    IMPRISONMENT(true),
    LIFE_IMPRISONMENT(false),
    IMPRISONMENT_FOR_PUBLIC_PROTECTION(false),
    HOSPITAL_ORDER(false),
    HOSPITAL_ORDER_WITH_RESTRICTION(false),
    CAUTION(false),
    CONDITIONAL_DISCHARGE(true),
    OTHER(false);

    private final boolean needsTerm;

    Disposal(boolean needsTerm) {
        this.needsTerm = needsTerm;
    }

    /** Whether the disposal has a length in months that the notification period depends on. */
    public boolean needsTerm() {
        return needsTerm;
    }
}
