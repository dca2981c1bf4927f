package uk.gov.vigil.offender.domain;

/** Height in centimetres, build, eye and hair colour. Every part is optional. */
public record PhysicalDescription(Integer heightCm, Build build, EyeColour eyeColour, HairColour hairColour) {

    public static final PhysicalDescription NONE = new PhysicalDescription(null, null, null, null);
}
