package uk.gov.vigil.access;

/** Asks a signed-in user for their second factor again before a sensitive action (ASVS 7.5.3). */
public interface StepUp {

    /**
     * Checks the current code from the user's authenticator app. A wrong code counts as a failed sign-in, and a
     * code already used is refused.
     *
     * @throws org.springframework.security.access.AccessDeniedException if the code is missing or not right, or
     *         the user has no Vigil second factor
     */
    void stepUp(VigilUser user, String code);
}
