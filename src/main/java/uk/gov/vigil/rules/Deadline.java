package uk.gov.vigil.rules;

import java.time.LocalDate;

/**
 * The last day on which something may be done, with the provision that sets it. An absence that is still going
 * on leaves the deadline open: {@code lastDay} is null and {@code suspended} is true.
 */
public record Deadline(LocalDate lastDay, boolean suspended, String citation, String explanation) {

    public static Deadline on(LocalDate lastDay, String citation, String explanation) {
        return new Deadline(lastDay, false, citation, explanation);
    }

    public static Deadline suspended(String citation, String explanation) {
        return new Deadline(null, true, citation, explanation);
    }
}
