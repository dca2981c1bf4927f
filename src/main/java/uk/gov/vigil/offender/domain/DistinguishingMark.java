package uk.gov.vigil.offender.domain;

/**
 * @param location where on the body, for example "left forearm"
 */
public record DistinguishingMark(MarkType type, String location, String description) {

    public DistinguishingMark {
        location = Text.clean(location);
        description = Text.clean(description);
    }
}
