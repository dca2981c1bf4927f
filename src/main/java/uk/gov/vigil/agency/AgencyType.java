package uk.gov.vigil.agency;

public enum AgencyType {
    POLICE_FORCE,
    PROBATION_REGION,
    PRISON,
    NATIONAL_CRIME_AGENCY,
    HOME_OFFICE_ANALYSIS
}
