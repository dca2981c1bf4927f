package uk.gov.vigil.offender.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.boot.jackson.JacksonMixin;

import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.OffenderDetails;

/**
 * Lets a client send back a record it read: the read-only fields of the response are accepted and ignored, while
 * any other unknown field is still refused by name.
 */
final class ReadOnlyFieldMixins {

    private ReadOnlyFieldMixins() {
    }

    @JacksonMixin(OffenderDetails.class)
    @JsonIgnoreProperties({"id", "version", "access", "openWhereaboutsCase", "createdAt", "createdBy", "updatedAt",
        "updatedBy"})
    abstract static class OffenderDetailsMixin {
    }

    @JacksonMixin(Conviction.class)
    @JsonIgnoreProperties({"offenceTitle", "statutoryReference", "ageAtConviction"})
    abstract static class ConvictionMixin {
    }
}
