package uk.gov.vigil.offender.domain;

import java.util.UUID;

public record OffenderId(UUID value) {

    public static OffenderId random() {
        return new OffenderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
