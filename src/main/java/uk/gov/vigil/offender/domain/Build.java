package uk.gov.vigil.offender.domain;

/** Body build, from the physical description. */
public enum Build {
    SLIM, MEDIUM, STOCKY, HEAVY, MUSCULAR
}
