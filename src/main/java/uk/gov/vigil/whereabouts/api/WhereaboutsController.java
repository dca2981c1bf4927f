package uk.gov.vigil.whereabouts.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.web.ETags;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.application.WhereaboutsService.CaseView;
import uk.gov.vigil.whereabouts.domain.CaseEvent;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.Enquiry;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases.OpenCase;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.AgencyFigures;

@RestController
@Tag(name = "Whereabouts", description = "Cases for offenders whose whereabouts are unknown, and the figures")
class WhereaboutsController {

    record OpenRequest(OpeningReason reason, UUID complianceCaseId) {
    }

    record OpenCaseResource(UUID caseId, UUID offenderId, String givenNames, String familyName, String state,
            LocalDate openedOn, LocalDate unknownSince, Long daysUnknown, String circumstance) {
    }

    private final WhereaboutsService service;
    private final Clock clock;

    WhereaboutsController(WhereaboutsService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @PostMapping("/api/v1/offenders/{id}/whereabouts-cases")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Open a whereabouts case", description = "Starts in ENQUIRIES. After a missed notification, "
            + "give the complianceCaseId; that case is then closed as handed over.")
    ResponseEntity<WhereaboutsCase> open(@PathVariable UUID id, @RequestBody OpenRequest request, VigilUser user) {
        WhereaboutsCase opened = service.open(id, request.reason(), request.complianceCaseId(), user);
        return ResponseEntity.created(URI.create("/api/v1/whereabouts-cases/" + opened.id()))
                .eTag(ETags.of(opened.version())).body(opened);
    }

    @GetMapping("/api/v1/offenders/{id}/whereabouts-cases")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "An offender's whereabouts cases, newest first")
    List<WhereaboutsCase> ofOffender(@PathVariable UUID id, VigilUser user) {
        return service.casesOf(id, user);
    }

    @GetMapping("/api/v1/whereabouts-cases/{caseId}")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "A case with its full history")
    ResponseEntity<CaseView> view(@PathVariable UUID caseId, VigilUser user) {
        CaseView view = service.view(caseId, user);
        return ResponseEntity.ok().eTag(ETags.of(view.whereaboutsCase().version())).body(view);
    }

    @PostMapping("/api/v1/whereabouts-cases/{caseId}/enquiries")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Record an enquiry: a visit, call or check, with its result")
    ResponseEntity<CaseEvent> enquiry(@PathVariable UUID caseId, @RequestBody Enquiry enquiry, VigilUser user) {
        return ResponseEntity.status(201).body(service.addEnquiry(caseId, enquiry, user));
    }

    @PostMapping("/api/v1/whereabouts-cases/{caseId}/whereabouts-unknown")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Declare whereabouts unknown", description = "Needs If-Match with the case's ETag.")
    ResponseEntity<WhereaboutsCase> unknown(@PathVariable UUID caseId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WhereaboutsCase.Unknown details, VigilUser user) {
        return tagged(service.declareUnknown(caseId, ETags.versionFromIfMatch(ifMatch), details, user));
    }

    @PostMapping("/api/v1/whereabouts-cases/{caseId}/wanted")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Mark wanted: warrant date and circulation references", description = "Needs If-Match.")
    ResponseEntity<WhereaboutsCase> wanted(@PathVariable UUID caseId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WhereaboutsCase.Wanted details, VigilUser user) {
        return tagged(service.markWanted(caseId, ETags.versionFromIfMatch(ifMatch), details, user));
    }

    @PostMapping("/api/v1/whereabouts-cases/{caseId}/located")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Record that the offender was located", description = "Needs If-Match.")
    ResponseEntity<WhereaboutsCase> located(@PathVariable UUID caseId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WhereaboutsCase.Located details, VigilUser user) {
        return tagged(service.locate(caseId, ETags.versionFromIfMatch(ifMatch), details, user));
    }

    @PostMapping("/api/v1/whereabouts-cases/{caseId}/close")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Close the case with its outcome", description = "Needs If-Match.")
    ResponseEntity<WhereaboutsCase> close(@PathVariable UUID caseId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WhereaboutsCase.Closure details, VigilUser user) {
        return tagged(service.close(caseId, ETags.versionFromIfMatch(ifMatch), details, user));
    }

    @GetMapping("/api/v1/whereabouts-cases")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "A force's open cases, longest unknown first")
    List<OpenCaseResource> openCases(@RequestParam(required = false) String agency, VigilUser user) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), EnglandAndWales.ZONE);
        return service.openCases(agency, user).stream().map(c -> resource(c, today)).toList();
    }

    @GetMapping("/api/v1/statistics/whereabouts-unknown")
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    @Operation(summary = "Whereabouts-unknown figures for any date", description = "Every police force, with zeros; "
            + "a case counts on asOf when whereabouts became unknown on or before it and it was not located by it.")
    WhereaboutsFigures.Figures figures(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return service.figures(asOf);
    }

    @GetMapping(value = "/api/v1/statistics/whereabouts-unknown.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    @Operation(summary = "The same figures as CSV, one row per police force")
    ResponseEntity<String> figuresCsv(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        WhereaboutsFigures.Figures figures = service.figures(asOf);
        StringBuilder csv = new StringBuilder(
                "code,name,count,overOneYear,longestSince,longestDays,believedAbroad,noFixedAbode\r\n");
        for (AgencyFigures a : figures.agencies()) {
            csv.append(a.code()).append(',').append('"').append(a.name().replace("\"", "\"\"")).append('"').append(',')
                    .append(a.count()).append(',').append(a.overOneYear()).append(',')
                    .append(a.longestSince() == null ? "" : a.longestSince()).append(',')
                    .append(a.longestDays() == null ? "" : a.longestDays()).append(',')
                    .append(a.believedAbroad()).append(',').append(a.noFixedAbode()).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"whereabouts-unknown-"
                        + figures.asOf() + ".csv\"")
                .body(csv.toString());
    }

    private static ResponseEntity<WhereaboutsCase> tagged(WhereaboutsCase c) {
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(c);
    }

    private static OpenCaseResource resource(OpenCase c, LocalDate today) {
        return new OpenCaseResource(c.caseId(), c.offenderId(), c.givenNames(), c.familyName(), c.state().name(),
                c.openedOn(), c.unknownSince(),
                c.unknownSince() == null ? null : ChronoUnit.DAYS.between(c.unknownSince(), today),
                c.circumstance() == null ? null : c.circumstance().name());
    }
}
