package uk.gov.vigil.agency.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.agency.AgencyType;
import uk.gov.vigil.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Police forces, probation regions, prisons and national bodies")
@PreAuthorize("hasAuthority('REFERENCE_READ')")
class AgencyController {

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "List agencies, optionally of one type")
    List<Agency> list(@RequestParam(required = false) AgencyType type) {
        return agencies.all().stream().filter(a -> type == null || a.type() == type).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One agency by its code")
    Agency get(@PathVariable String code) {
        return agencies.byCode(code).orElseThrow(() -> new NotFoundException("No agency has the code " + code));
    }
}
