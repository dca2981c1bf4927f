package uk.gov.vigil.transfer.domain;

/**
 * Why a record of a bulk file was turned away.
 *
 * @param line            the line the record starts on (for CSV, its OFFENDER row)
 * @param sourceReference the record's reference, when it could be read
 * @param field           the field at fault, as a path into the record ({@code offender.name.familyName}), or
 *                        {@code line} when the line itself could not be read
 */
public record RowProblem(long line, String sourceReference, String field, String message) {
}
