package uk.gov.vigil.rules;

/** Whether the rules could decide. A case they cannot decide goes to a person; it is never guessed. */
public enum Outcome {
    DETERMINED,
    MANUAL_REVIEW
}
