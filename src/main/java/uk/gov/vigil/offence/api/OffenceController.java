package uk.gov.vigil.offence.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.offence.Offence;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/offences")
@Tag(name = "Offences", description = "Schedule 3 offences that trigger registration")
@PreAuthorize("hasAuthority('REFERENCE_READ')")
class OffenceController {

    record OffenceResource(String code, String title, String statutoryReference) {
        static OffenceResource of(Offence offence) {
            return new OffenceResource(offence.code(), offence.title(), offence.statutoryReference());
        }
    }

    private final OffenceCatalogue catalogue;

    OffenceController(OffenceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The offence catalogue")
    List<OffenceResource> list() {
        return catalogue.all().stream().map(OffenceResource::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One offence by its code")
    OffenceResource get(@PathVariable String code) {
        return catalogue.byCode(code).map(OffenceResource::of)
                .orElseThrow(() -> new NotFoundException("No offence has the code " + code));
    }
}
