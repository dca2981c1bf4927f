package uk.gov.vigil.agency;

/**
 * An agency that uses the register.
 *
 * @param code         stable short code, used in URLs, exports and every reference from other records
 * @param name         full name, for example "Hertfordshire Constabulary"
 * @param contactPoint how another agency reaches the team that manages registered offenders
 */
public record Agency(String code, String name, AgencyType type, Jurisdiction jurisdiction, String contactPoint) {

    public boolean isPoliceForce() {
        return type == AgencyType.POLICE_FORCE;
    }
}
