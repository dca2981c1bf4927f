package uk.gov.vigil.compliance.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.ComplianceStatus;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.ComplianceService.RecordedNotification;
import uk.gov.vigil.compliance.application.ComplianceView;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.ComplianceCase;
import uk.gov.vigil.compliance.domain.ComplianceStore;
import uk.gov.vigil.compliance.domain.ComplianceStore.DueItem;
import uk.gov.vigil.compliance.domain.Notification;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.NotifiedChanges;
import uk.gov.vigil.compliance.domain.Obligation;
import uk.gov.vigil.compliance.domain.ObligationKind;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.compliance.domain.Requirement;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.compliance.domain.Verification;
import uk.gov.vigil.offender.OpenCases;

@RestController
@Tag(name = "Compliance", description = "Notifications, obligations, the due list and missed-notification cases")
class ComplianceController {

    record CorrectionRequest(NotificationType type, Instant receivedAt, String policeStation, LocalDate eventDate,
            NotifiedChanges changes, Verification verification, String reason) {
    }

    record CloseCaseRequest(ComplianceCase.CaseOutcome outcome, String note) {
    }

    record ObligationResource(UUID id, ObligationKind kind, ObligationState state, LocalDate lastDay,
            Instant deadlineAt, String citation, String explanation, String ruleVersion, JsonNode inputs,
            Instant createdAt, Instant closedAt, UUID metBy) {
    }

    record RecordedResource(Notification notification, ComplianceStatus status, ObligationResource nextObligation) {
    }

    /**
     * @param reviewQualifyingDate for an indefinite requirement, when it may first be reviewed under s.91A-91F
     *                             SOA 2003, assuming no sexual harm prevention order (orders are not yet recorded)
     */
    record ComplianceResource(UUID offenderId, ComplianceStatus status, Requirement requirement,
            ObligationResource currentObligation, LocalDate reviewQualifyingDate,
            OpenCases.OpenCase openWhereaboutsCase, List<ComplianceCase> cases,
            List<ObligationResource> obligations, List<Notification> notifications) {
    }

    private final ComplianceService compliance;
    private final JsonMapper json;

    ComplianceController(ComplianceService compliance, JsonMapper json) {
        this.compliance = compliance;
        this.json = json;
    }

    @PostMapping("/api/v1/offenders/{id}/notifications")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Record a notification", description = "Answers the open obligation, flags a late "
            + "notification with the provision it breaches, and returns the next obligation and the status.")
    ResponseEntity<RecordedResource> record(@PathVariable UUID id, @RequestBody NotificationInput input,
            VigilUser user) {
        RecordedNotification recorded = compliance.recordNotification(id, input, user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + id + "/notifications/"
                + recorded.notification().id())).body(resource(recorded));
    }

    @PostMapping("/api/v1/offenders/{id}/notifications/{notificationId}/corrections")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Correct a notification", description = "Records a corrected copy. The original stays on "
            + "record, marked as corrected; nothing is edited in place.")
    ResponseEntity<RecordedResource> correct(@PathVariable UUID id, @PathVariable UUID notificationId,
            @RequestBody CorrectionRequest request, VigilUser user) {
        NotificationInput input = new NotificationInput(request.type(), request.receivedAt(), request.policeStation(),
                request.eventDate(), request.changes(), request.verification());
        RecordedNotification recorded = compliance.correctNotification(id, notificationId, input, request.reason(),
                user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + id + "/notifications/"
                + recorded.notification().id())).body(resource(recorded));
    }

    @GetMapping("/api/v1/offenders/{id}/notifications/{notificationId}")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "One notification")
    Notification notification(@PathVariable UUID id, @PathVariable UUID notificationId, VigilUser user) {
        return compliance.notification(id, notificationId, user);
    }

    @GetMapping("/api/v1/offenders/{id}/compliance")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "An offender's compliance", description = "Status, the requirement with its legal basis, "
            + "the current obligation, and the history of obligations, notifications and cases.")
    ComplianceResource view(@PathVariable UUID id, VigilUser user) {
        ComplianceView view = compliance.view(id, user);
        return new ComplianceResource(id, view.status(), view.requirement(),
                view.current().map(this::resource).orElse(null), view.reviewQualifyingDate().orElse(null),
                view.openWhereaboutsCase().orElse(null), view.cases(),
                view.obligations().stream().map(this::resource).toList(), view.notifications());
    }

    @GetMapping("/api/v1/compliance/due")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "The due list", description = "Missed obligations and those due within withinDays days, "
            + "for the offenders an agency manages (your own unless you have national access), earliest first.")
    List<DueItem> due(@RequestParam(required = false) String agency,
            @RequestParam(defaultValue = "7") int withinDays, VigilUser user) {
        return compliance.dueList(agency, withinDays, user);
    }

    @GetMapping("/api/v1/workload")
    @PreAuthorize("hasAuthority('TEAM_WORKLOAD_READ')")
    @Operation(summary = "Your team's workload", description = "For each offender manager in your agency, and for "
            + "offenders with none assigned (manager null), how many offenders they manage, how many have missed a "
            + "notification and how many must notify within withinDays days. Counts only.")
    List<ComplianceStore.ManagerWorkload> workload(@RequestParam(defaultValue = "7") int withinDays, VigilUser user) {
        return compliance.workload(withinDays, user);
    }

    @GetMapping("/api/v1/tasks")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Open tasks", description = "Yours, or with scope=AGENCY your agency's.")
    List<Task> tasks(@RequestParam(defaultValue = "MINE") TaskScope scope, VigilUser user) {
        return compliance.tasks(user, scope == TaskScope.AGENCY);
    }

    @PostMapping("/api/v1/compliance/cases/{caseId}/close")
    @PreAuthorize("hasAuthority('OFFENDER_WRITE')")
    @Operation(summary = "Close a missed-notification case with its outcome")
    ComplianceCase close(@PathVariable UUID caseId, @RequestBody CloseCaseRequest request, VigilUser user) {
        return compliance.closeCase(caseId, request.outcome(), request.note(), user);
    }

    enum TaskScope {
        MINE,
        AGENCY
    }

    private RecordedResource resource(RecordedNotification recorded) {
        return new RecordedResource(recorded.notification(), recorded.status(),
                recorded.nextObligation().map(this::resource).orElse(null));
    }

    private ObligationResource resource(Obligation o) {
        return new ObligationResource(o.id(), o.kind(), o.state(), o.lastDay(), o.deadlineAt(), o.citation(),
                o.explanation(), o.ruleVersion(), json.readTree(o.inputs()), o.createdAt(), o.closedAt(), o.metBy());
    }
}
