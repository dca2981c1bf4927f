package uk.gov.vigil.offence;

/**
 * An offence that triggers registration.
 *
 * @param code      stable code, for example {@code SOA2003-S1}
 * @param act       the Act that creates the offence
 * @param provision the section within that Act, for example {@code s.1}
 */
public record Offence(String code, String title, String act, String provision) {

    /** The citation as officers write it, for example "s.1 Sexual Offences Act 2003". */
    public String statutoryReference() {
        return provision + " " + act;
    }
}
