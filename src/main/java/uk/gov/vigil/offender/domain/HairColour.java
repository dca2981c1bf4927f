package uk.gov.vigil.offender.domain;

/** Hair colour, from the physical description. */
public enum HairColour {
    BLACK, BROWN, BLONDE, RED, GREY, WHITE, BALD, OTHER
}
