package uk.gov.vigil.offender.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.offender.OpenCases;
import uk.gov.vigil.offender.api.OffenderResources.FullRecord;
import uk.gov.vigil.offender.api.OffenderResources.PageResource;
import uk.gov.vigil.offender.api.OffenderResources.SummaryRecord;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderView;
import uk.gov.vigil.offender.domain.ErasureReason;
import uk.gov.vigil.offender.domain.FullAccessGrant;
import uk.gov.vigil.offender.domain.FullAccessReason;
import uk.gov.vigil.offender.domain.IntelligenceNote;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.RecordMergedException;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.OffenderRecords;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Restrictions;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/offenders")
@Tag(name = "Offenders", description = "The offender record, shared across agencies")
class OffenderController {

    private final OffenderService service;
    private final OffenceCatalogue offences;
    private final OpenCases openCases;

    OffenderController(OffenderService service, OffenceCatalogue offences, ObjectProvider<OpenCases> openCases) {
        this.service = service;
        this.offences = offences;
        this.openCases = openCases.getIfAvailable();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Register an offender", description = "Validates the whole record; stores nothing if any "
            + "field is invalid. Returns the record with its ETag.")
    ResponseEntity<FullRecord> register(@RequestBody OffenderDetails details, VigilUser user) {
        OffenderRecord record = service.register(details, user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + record.id()))
                .eTag(ETags.of(record.version()))
                .body(FullRecord.of(record, offences, openCases));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Read an offender's record", description = "The full record (access FULL, with an ETag) "
            + "for staff of a responsible agency or a national role; otherwise the minimal summary (access SUMMARY).")
    ResponseEntity<?> read(@PathVariable UUID id, VigilUser user) {
        OffenderView view = service.read(new OffenderId(id), user);
        if (view instanceof OffenderView.Full full) {
            return ResponseEntity.ok().eTag(ETags.of(full.record().version()))
                    .body(FullRecord.of(full.record(), offences, openCases));
        }
        return ResponseEntity.ok(SummaryRecord.of((OffenderView.Summary) view));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Replace an offender's record", description = "Needs If-Match with the ETag that was read: "
            + "412 if the record has changed since, 428 if the header is missing.")
    ResponseEntity<FullRecord> update(@PathVariable UUID id,
            @Parameter(description = "The ETag of the version being changed, for example \"3\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody OffenderDetails details, VigilUser user) {
        long expected = ETags.versionFromIfMatch(ifMatch);
        OffenderRecord record = service.update(new OffenderId(id), expected, details, user);
        return ResponseEntity.ok().eTag(ETags.of(record.version())).body(FullRecord.of(record, offences, openCases));
    }

    record ReassignRequest(String offenderManager) {
    }

    @PutMapping("/{id}/offender-manager")
    @PreAuthorize("hasAuthority('CASELOAD_ASSIGN')")
    @Operation(summary = "Give the offender to another offender manager", description = "Supervisors of the "
            + "managing agency. An empty offenderManager leaves the offender unassigned. Needs If-Match; audited.")
    ResponseEntity<FullRecord> reassign(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReassignRequest request, VigilUser user) {
        long expected = ETags.versionFromIfMatch(ifMatch);
        OffenderRecord record = service.reassign(new OffenderId(id), expected, request.offenderManager(), user);
        return ResponseEntity.ok().eTag(ETags.of(record.version())).body(FullRecord.of(record, offences, openCases));
    }

    /**
     * @param mergedVersion the version of the other record that was read, so that a change made to it since is
     *                      not folded in unseen
     */
    record MergeRequest(UUID mergedId, Long mergedVersion, String reason) {
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasAuthority('RECORD_MERGE')")
    @Operation(summary = "Merge another record of the same person into this one", description = "Needs If-Match "
            + "with this record's ETag, and mergedVersion with the other's. The other record's names become aliases, "
            + "its dates of birth alias dates of birth; its convictions, marks, addresses, notifications and cases "
            + "join this record. The other record is marked MERGED, and reading it answers 308 with this record's "
            + "location. Audited as a combination.")
    ResponseEntity<FullRecord> merge(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MergeRequest request, VigilUser user) {
        long expected = ETags.versionFromIfMatch(ifMatch);
        Violations v = new Violations();
        v.require("mergedId", request.mergedId(), "is required: the record to merge into this one");
        v.require("mergedVersion", request.mergedVersion(), "is required: the version of that record you read");
        v.throwIfAny();
        OffenderRecord record = service.merge(new OffenderId(id), expected, new OffenderId(request.mergedId()),
                request.mergedVersion(), request.reason(), user);
        return ResponseEntity.ok().eTag(ETags.of(record.version())).body(FullRecord.of(record, offences, openCases));
    }

    /** @param code the current code from the user's authenticator app (step-up) */
    record ErasureRequest(ErasureReason reason, String decisionReference, String code) {
    }

    record ErasureResult(List<UUID> erased) {
    }

    @PostMapping("/{id}/erasure")
    @PreAuthorize("hasAuthority('RECORD_ERASE')")
    @Operation(summary = "Erase a record and everything held about the offender", description = "Administrators of "
            + "the managing agency, or with national access. Needs If-Match, a reason (RECORDED_IN_ERROR, "
            + "CONVICTION_QUASHED, or RETENTION_REVIEW for a record whose period has ended or whose offender has "
            + "died), the decision's reference, and the current code from the user's authenticator app. Records "
            + "merged into this one are erased with it. Audited as an erasure, one row per record, holding only the "
            + "reason code. The id answers 410 Gone afterwards.")
    ErasureResult erase(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ErasureRequest request, VigilUser user) {
        long expected = ETags.versionFromIfMatch(ifMatch);
        List<OffenderId> erased = service.erase(new OffenderId(id), expected, request.reason(),
                request.decisionReference(), request.code(), user);
        return new ErasureResult(erased.stream().map(OffenderId::value).toList());
    }

    /** A merged record's id leads to the record it was merged into. */
    @ExceptionHandler(RecordMergedException.class)
    ResponseEntity<ProblemDetail> merged(RecordMergedException merged) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PERMANENT_REDIRECT, merged.getMessage());
        problem.setTitle("Record merged");
        problem.setProperty("keptId", merged.keptId());
        return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                .location(URI.create("/api/v1/offenders/" + merged.keptId()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Every saved version of the record: who saved it and when")
    List<OffenderRecords.Revision> versions(@PathVariable UUID id, VigilUser user) {
        return service.revisions(new OffenderId(id), user);
    }

    @GetMapping("/{id}/versions/{version}")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "The record as it was saved at one version")
    OffenderDetails version(@PathVariable UUID id, @PathVariable long version, VigilUser user) {
        return service.detailsAt(new OffenderId(id), version, user);
    }

    record FullAccessRequest(FullAccessReason reason, String explanation) {
    }

    @PostMapping("/{id}/full-access")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Open another agency's record in full, read-only, for 24 hours",
            description = "Give a reason (OFFENDER_NOW_IN_MY_AREA, MAPPA_MEETING, ENQUIRY_ABOUT_NAMED_SUSPECT, "
                    + "SAFEGUARDING_CONCERN) and an explanation. The managing agency's supervisors are told.")
    ResponseEntity<FullAccessGrant> requestFullAccess(@PathVariable UUID id, @RequestBody FullAccessRequest request,
            VigilUser user) {
        FullAccessGrant grant = service.requestFullAccess(new OffenderId(id), request.reason(),
                request.explanation(), user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + id)).body(grant);
    }

    @GetMapping("/{id}/full-access")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Who has opened this record in full from another agency, and why, newest first")
    List<FullAccessGrant> fullAccessGrants(@PathVariable UUID id, VigilUser user) {
        return service.fullAccessGrants(new OffenderId(id), user);
    }

    record NewIntelligence(String text) {
    }

    @GetMapping("/{id}/intelligence")
    @PreAuthorize("hasAuthority('INTELLIGENCE_READ')")
    @Operation(summary = "Intelligence notes, newest first", description = "For those who see the record in full; "
            + "never prison staff or analysts.")
    List<IntelligenceNote> intelligence(@PathVariable UUID id, VigilUser user) {
        return service.intelligence(new OffenderId(id), user);
    }

    @PostMapping("/{id}/intelligence")
    @PreAuthorize("hasAuthority('INTELLIGENCE_READ') and hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Record an intelligence note", description = "Notes are never edited.")
    ResponseEntity<IntelligenceNote> recordIntelligence(@PathVariable UUID id, @RequestBody NewIntelligence note,
            VigilUser user) {
        IntelligenceNote recorded = service.recordIntelligence(new OffenderId(id), note.text(), user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + id + "/intelligence")).body(recorded);
    }

    @GetMapping("/{id}/restrictions")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Who the record is restricted to, and who is excluded from it")
    Restrictions restrictions(@PathVariable UUID id, VigilUser user) {
        return service.restrictions(new OffenderId(id), user);
    }

    @PutMapping("/{id}/restrictions")
    @PreAuthorize("hasAuthority('RECORD_RESTRICT')")
    @Operation(summary = "Restrict the record to named users, or exclude named users from it",
            description = "Replaces both lists. An empty restrictedTo leaves the record open as usual. Supervisors of "
                    + "the managing agency or administrators; whoever restricts it is kept on the list.")
    Restrictions restrict(@PathVariable UUID id, @RequestBody Restrictions restrictions, VigilUser user) {
        return service.restrict(new OffenderId(id), restrictions, user);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "List offenders", description = "Offenders an agency is responsible for, ordered by name. "
            + "Without national access, only your own agency can be listed.")
    PageResource list(@RequestParam(required = false) String agency,
            @RequestParam(required = false) RecordStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            VigilUser user) {
        return PageResource.of(service.list(agency, status, page, size, user));
    }
}
