package uk.gov.vigil.offender.domain;

/** Eye colour, from the physical description. */
public enum EyeColour {
    BLUE, BROWN, GREEN, GREY, HAZEL, OTHER
}
