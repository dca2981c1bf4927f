package uk.gov.vigil.shared.audit;

/** Who did something: a signed-in user, or someone who tried to sign in. */
public interface AuditActor {

    String username();

    /** The actor's agency, or null if not known. */
    String agencyCode();

    /** An actor known only by a name, such as a username tried at sign-in. */
    static AuditActor named(String username) {
        record Named(String username, String agencyCode) implements AuditActor {
        }
        return new Named(username, null);
    }
}
