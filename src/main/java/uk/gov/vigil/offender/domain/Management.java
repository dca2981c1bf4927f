package uk.gov.vigil.offender.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is responsible for the offender.
 *
 * @param managingAgency  the police force that manages the offender (agency code)
 * @param offenderManager the username of the named offender manager, or null while unassigned
 * @param probationAgency the probation region supervising the offender, if any
 * @param prisonAgency    the prison holding the offender, if any
 */
public record Management(String managingAgency, String offenderManager, String probationAgency, String prisonAgency) {

    public Management {
        managingAgency = Text.clean(managingAgency);
        offenderManager = Text.clean(offenderManager);
        probationAgency = Text.clean(probationAgency);
        prisonAgency = Text.clean(prisonAgency);
    }

    /** The agencies whose staff see the full record. */
    public Set<String> responsibleAgencies() {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : new String[] {managingAgency, probationAgency, prisonAgency}) {
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }
}
