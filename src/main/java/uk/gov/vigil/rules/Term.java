package uk.gov.vigil.rules;

/**
 * One of several terms of imprisonment imposed together.
 *
 * @param startMonth when the term starts, in months from the start of the first term
 * @param months     the length of the term
 */
public record Term(int startMonth, int months) {

    int endMonth() {
        return startMonth + months;
    }
}
