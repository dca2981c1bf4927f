package uk.gov.vigil.offender.domain;

import java.util.UUID;

import uk.gov.vigil.shared.Ids;

public record OffenderId(UUID value) {

    public static OffenderId random() {
        return new OffenderId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
