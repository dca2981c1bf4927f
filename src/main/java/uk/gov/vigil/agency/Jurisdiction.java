package uk.gov.vigil.agency;

/** The legal system an agency works under; it decides which notification rules apply to its offenders. */
public enum Jurisdiction {
    ENGLAND_AND_WALES,
    SCOTLAND,
    NORTHERN_IRELAND,
    UNITED_KINGDOM
}
