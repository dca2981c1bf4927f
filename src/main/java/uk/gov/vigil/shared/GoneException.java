package uk.gov.vigil.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The thing asked for existed but was deliberately removed, such as an erased record. Pages answer 410. */
@ResponseStatus(HttpStatus.GONE)
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
