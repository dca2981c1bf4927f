package uk.gov.vigil.access.web;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.shared.audit.AuditActor;

/** A signed-in principal of any kind (local account, force identity provider, token) and the Vigil user it is. */
interface VigilPrincipal extends AuditActor {

    VigilUser user();

    @Override
    default String username() {
        return user().username();
    }

    @Override
    default String agencyCode() {
        return user().agencyCode();
    }
}
