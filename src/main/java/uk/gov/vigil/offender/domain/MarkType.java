package uk.gov.vigil.offender.domain;

/** Kinds of distinguishing mark. */
public enum MarkType {
    SCAR, TATTOO, BIRTHMARK, PIERCING, DEFORMITY, OTHER
}
