package uk.gov.vigil.risk.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.risk.application.CaseloadService;
import uk.gov.vigil.risk.application.CaseloadService.Caseload;
import uk.gov.vigil.risk.application.CaseloadService.Prioritised;
import uk.gov.vigil.risk.application.CaseloadService.WorkTask;
import uk.gov.vigil.risk.application.RiskInputs;
import uk.gov.vigil.risk.application.RiskService;
import uk.gov.vigil.risk.application.RiskService.RiskView;
import uk.gov.vigil.risk.domain.HomeVisit;
import uk.gov.vigil.risk.domain.MappaArrangement;
import uk.gov.vigil.risk.domain.MappaMeeting;
import uk.gov.vigil.risk.domain.ReactivePeriod;
import uk.gov.vigil.risk.domain.RiskAction;
import uk.gov.vigil.risk.domain.RiskAssessment;
import uk.gov.vigil.shared.web.ETags;

@RestController
@Tag(name = "Risk management", description = "Risk assessments, home visits, reactive management, MAPPA, the "
        + "priority score, tasks and caseloads")
class RiskController {

    private static final String OFFENDER = "/api/v1/offenders/{id}";

    private final RiskService risk;
    private final CaseloadService caseload;

    RiskController(RiskService risk, CaseloadService caseload) {
        this.risk = risk;
        this.caseload = caseload;
    }

    @GetMapping(OFFENDER + "/risk")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "An offender's risk management", description = "The current assessment and its history, "
            + "the visit schedule with its rule version and inputs, visits, s.96B warrant grounds, reactive "
            + "management and eligibility, MAPPA arrangement, meetings and actions, and the priority score with each "
            + "factor. For the agencies responsible for the offender.")
    ResponseEntity<RiskView> view(@PathVariable UUID id, VigilUser user) {
        RiskView view = risk.view(id, user);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        view.mappa().ifPresent(m -> ok.eTag(ETags.of(m.version())));
        return ok.body(view);
    }

    @PostMapping(OFFENDER + "/risk-assessments")
    @PreAuthorize("hasAuthority('RISK_WRITE')")
    @Operation(summary = "Record a risk assessment", description = "The latest assessment sets the level that "
            + "drives the visit schedule and the priority; a level above low ends reactive management.")
    ResponseEntity<RiskAssessment> assess(@PathVariable UUID id, @RequestBody RiskInputs.Assessment input,
            VigilUser user) {
        RiskAssessment a = risk.recordAssessment(id, input, user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + id + "/risk")).body(a);
    }

    @PostMapping(OFFENDER + "/home-visits")
    @PreAuthorize("hasAuthority('RISK_WRITE')")
    @Operation(summary = "Record a home visit", description = "Outcome SEEN or ADDRESS_VERIFIED completes the "
            + "visit; two NOT_SEEN or REFUSED_ENTRY since then flag grounds for a s.96B warrant.")
    ResponseEntity<HomeVisit> visit(@PathVariable UUID id, @RequestBody RiskInputs.Visit input, VigilUser user) {
        HomeVisit v = risk.recordVisit(id, input, user);
        return ResponseEntity.created(URI.create("/api/v1/offenders/" + id + "/risk")).body(v);
    }

    @PostMapping(OFFENDER + "/reactive-management")
    @PreAuthorize("hasAuthority('REACTIVE_APPROVE')")
    @Operation(summary = "Move to reactive management", description = "Supervisors. Low risk for 3 years or more, "
            + "no open whereabouts case, no missed notification in 12 months; the reason is kept with the approver.")
    ResponseEntity<ReactivePeriod> startReactive(@PathVariable UUID id, @RequestBody RiskInputs.Reactive input,
            VigilUser user) {
        return ResponseEntity.status(201).body(risk.startReactive(id, input, user));
    }

    @PostMapping(OFFENDER + "/reactive-management/end")
    @PreAuthorize("hasAuthority('REACTIVE_APPROVE')")
    @Operation(summary = "End reactive management", description = "Routine visits resume from today's schedule.")
    ResponseEntity<Void> endReactive(@PathVariable UUID id, @RequestBody RiskInputs.Reactive input, VigilUser user) {
        risk.endReactive(id, input, user);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(OFFENDER + "/mappa")
    @PreAuthorize("hasAuthority('MAPPA_WRITE')")
    @Operation(summary = "Set MAPPA category, level and lead agency", description = "The first time needs no "
            + "If-Match; a change needs If-Match with the ETag from GET .../risk.")
    ResponseEntity<MappaArrangement> mappa(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RiskInputs.Arrangement input, VigilUser user) {
        Long expected = ifMatch == null ? null : ETags.versionFromIfMatch(ifMatch);
        MappaArrangement a = risk.setArrangement(id, expected, input, user);
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(a);
    }

    @PostMapping(OFFENDER + "/mappa-meetings")
    @PreAuthorize("hasAuthority('MAPPA_WRITE')")
    @Operation(summary = "Record a level 2 or 3 MAPPA meeting", description = "Attendees by agency, minutes, and "
            + "the actions agreed, each with owner and due date. All or nothing is stored.")
    ResponseEntity<MappaMeeting> meeting(@PathVariable UUID id, @RequestBody RiskInputs.Meeting input,
            VigilUser user) {
        return ResponseEntity.status(201).body(risk.recordMeeting(id, input, user));
    }

    @PostMapping(OFFENDER + "/risk-actions")
    @PreAuthorize("hasAnyAuthority('RISK_WRITE', 'MAPPA_WRITE')")
    @Operation(summary = "Add an action to the risk management plan")
    ResponseEntity<RiskAction> action(@PathVariable UUID id, @RequestBody RiskInputs.Action input, VigilUser user) {
        RiskAction a = risk.addPlanAction(id, input, user);
        return ResponseEntity.status(201).eTag(ETags.of(a.version())).body(a);
    }

    @PostMapping("/api/v1/risk-actions/{actionId}/status")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Mark an action done, cancelled or open again", description = "The owner, or anyone who "
            + "may add actions. Needs If-Match with the action's version.")
    ResponseEntity<RiskAction> status(@PathVariable UUID actionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RiskInputs.StatusChange input, VigilUser user) {
        RiskAction a = risk.changeActionStatus(actionId, ETags.versionFromIfMatch(ifMatch), input.status(), user);
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(a);
    }

    @GetMapping("/api/v1/priorities")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Offenders by priority, highest first", description = "scope MINE (default): the "
            + "offenders you manage; AGENCY or UNASSIGNED: supervisors. Each entry gives the score, every factor "
            + "with its points, the rule version and the signals it read.")
    List<Prioritised> priorities(@RequestParam(defaultValue = "MINE") CaseloadService.Scope scope, VigilUser user) {
        return caseload.priorities(scope, user);
    }

    @GetMapping("/api/v1/risk-tasks")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Your home visits, risk reviews and actions due soon or overdue")
    List<WorkTask> tasks(VigilUser user) {
        return caseload.tasks(user);
    }

    @GetMapping("/api/v1/caseload")
    @PreAuthorize("hasAuthority('TEAM_WORKLOAD_READ')")
    @Operation(summary = "Your agency's caseload per offender manager", description = "Offenders against the "
            + "target, visits and reviews due and overdue, offenders never assessed, and the unassigned.")
    Caseload caseload(VigilUser user) {
        return caseload.caseload(user);
    }
}
