package uk.gov.vigil.shared.web;

/** An update arrived without a usable {@code If-Match} header (RFC 6585 §3: 428 Precondition Required). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
