package uk.gov.vigil.audit.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.audit.application.AuditService;
import uk.gov.vigil.audit.application.AuditService.Answer;
import uk.gov.vigil.audit.application.AuditService.Question;
import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.ChainVerification;
import uk.gov.vigil.shared.web.Csv;

@RestController
@Tag(name = "Audit", description = "Who consulted or changed what, and the integrity of the audit trail")
class AuditController {

    private final AuditService service;

    AuditController(AuditService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/audit/events")
    @PreAuthorize("hasAnyAuthority('AUDIT_READ', 'AUDIT_READ_AGENCY')")
    @Operation(summary = "Who consulted an offender's record, or what a user did, between two dates (UTC)",
            description = "Give offenderId, username or both. Supervisors may ask only about their own agency's "
                    + "offenders and users. At most " + AuditService.MAX_ROWS + " rows; truncated says if more.")
    Answer events(@RequestParam(required = false) UUID offenderId, @RequestParam(required = false) String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            VigilUser user) {
        return service.ask(new Question(offenderId, username, from, to), user);
    }

    @GetMapping(value = "/api/v1/audit/events.csv", produces = "text/csv")
    @PreAuthorize("hasAnyAuthority('AUDIT_READ', 'AUDIT_READ_AGENCY')")
    @Operation(summary = "The same events as CSV; the export is itself audited as a disclosure")
    ResponseEntity<String> eventsCsv(@RequestParam(required = false) UUID offenderId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            VigilUser user) {
        Answer answer = service.export(new Question(offenderId, username, from, to), user);
        Csv csv = new Csv("seq", "occurredAt", "actor", "actorAgency", "action", "category", "objectType",
                "objectId", "outcome", "reason", "recipientAgency", "correlationId", "clientAddress");
        for (AuditEvent e : answer.events()) {
            csv.row(e.seq(), e.occurredAt(), e.actor(), e.actorAgency(), e.action(), e.category(), e.objectType(),
                    e.objectId(), e.outcome(), e.reason(), e.recipientAgency(), e.correlationId(), e.clientAddress());
        }
        return csv.download("audit-" + from + "-" + to + ".csv");
    }

    @GetMapping("/api/v1/admin/audit-chain")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    @Operation(summary = "Check the audit trail's hash chain", description = "Names the first broken link, if any.")
    ChainVerification verify(VigilUser user) {
        return service.verify(user);
    }
}
