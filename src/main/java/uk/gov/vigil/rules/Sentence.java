package uk.gov.vigil.rules;

/**
 * The kinds of disposal that decide the notification period. They mirror the offender record's disposals but
 * belong to the rules, so that a jurisdiction can be reasoned about without the record.
 */
public enum Sentence {
    IMPRISONMENT,
    LIFE_IMPRISONMENT,
    IMPRISONMENT_FOR_PUBLIC_PROTECTION,
    HOSPITAL_ORDER,
    HOSPITAL_ORDER_WITH_RESTRICTION,
    CAUTION,
    CONDITIONAL_DISCHARGE,
    OTHER
}
