package uk.gov.vigil.access.application;

import java.security.SecureRandom;

/**
 * Random first passwords for new accounts: 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * about 115 bits, well past the password policy's strength check.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
