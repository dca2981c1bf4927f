package uk.gov.vigil.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Looks up and creates user accounts. */
public interface UserDirectory {

    Optional<VigilUser> find(String username);

    /** The enabled users of an agency holding any of the given roles, ordered by username. */
    List<VigilUser> usersOf(String agencyCode, Set<Role> anyOf);

    /**
     * Creates an account unless one with the same username exists.
     *
     * @return whether an account was created
     */
    boolean createIfAbsent(String username, String displayName, String agencyCode, Set<Role> roles,
            String rawPassword);

    /** Gives an account the TOTP secret of a second factor set up elsewhere, unless it already has one. */
    void setUpSecondFactorIfAbsent(String username, String base32Secret);

    /**
     * Creates or updates the account of a user who signs in through a force's identity provider, with the agency
     * and roles it asserts. The account gets an unusable password, so it can sign in only that way.
     *
     * @return the user as now stored, or empty if the account exists and is disabled or locked
     */
    Optional<VigilUser> provisionExternal(String username, String displayName, String agencyCode, Set<Role> roles);
}
