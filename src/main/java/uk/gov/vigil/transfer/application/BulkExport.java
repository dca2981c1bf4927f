package uk.gov.vigil.transfer.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.StepUp;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.shared.audit.AuditOutcome;
import uk.gov.vigil.transfer.domain.TransferFormat;

/**
 * Exports the full records an agency is responsible for, with their notification histories, in a format the
 * import reads back. Each record is a disclosure: it is audited before it is written. The user's second factor is
 * checked again first (step-up), as for any bulk disclosure.
 */
@Service
public class BulkExport {

    static final int PAGE = 500;

    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final StepUp signIn;
    private final Agencies agencies;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    BulkExport(OffenderService offenders, ComplianceService compliance, StepUp signIn, Agencies agencies,
            AuditLog audit, JsonMapper json, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.offenders = offenders;
        this.compliance = compliance;
        this.signIn = signIn;
        this.agencies = agencies;
        this.audit = audit;
        this.json = json;
    }

    /** What to export, checked before anything is written. */
    public record Request(TransferFormat format, String agency) {
    }

    /**
     * Checks the request, the user's permission and their second factor; a refusal is audited before it is
     * thrown.
     */
    public Request check(String format, String agency, String code, VigilUser user) {
        String scope = agency == null || agency.isBlank() ? user.agencyCode() : agency.strip();
        AuditObject object = AuditObject.of("offender-export", scope);
        if (!user.can(Permission.BULK_EXPORT)) {
            audit.refused(user, AuditAction.OFFENDER_EXPORTED, object, "role cannot export in bulk");
            throw new AccessDeniedException("Your role cannot export offenders in bulk");
        }
        Violations v = new Violations();
        if (TransferFormat.named(format).isEmpty()) {
            v.add("format", "must be jsonl or csv");
        }
        if (agencies.byCode(scope).isEmpty()) {
            v.add("agency", "is not a known agency code");
        }
        v.throwIfAny();
        if (!user.can(Permission.OFFENDER_NATIONAL_ACCESS) && !scope.equals(user.agencyCode())) {
            audit.refused(user, AuditAction.OFFENDER_EXPORTED, object, "another agency's records");
            throw new AccessDeniedException("You can export only your own agency's offenders");
        }
        try {
            signIn.stepUp(user, code);
        } catch (AccessDeniedException refused) {
            audit.refused(user, AuditAction.OFFENDER_EXPORTED, object, "step-up failed");
            throw refused;
        }
        return new Request(TransferFormat.named(format).orElseThrow(), scope);
    }

    /** Writes every record of the request's agency, page by page, auditing each page's records before writing it. */
    public long write(Request request, VigilUser user, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RecordWriter writer = TransferFiles.writer(request.format(), text, json);
        long written = 0;
        OffenderId after = null;
        while (true) {
            List<OffenderRecord> page = offenders.fullRecordsOf(request.agency(), after, PAGE, user);
            if (page.isEmpty()) {
                break;
            }
            List<UUID> ids = page.stream().map(r -> r.id().value()).toList();
            Map<UUID, List<NotificationInput>> histories = compliance.historiesWithoutAccessCheck(ids);
            String reason = "bulk export " + request.format().extension() + " of " + request.agency();
            // In one transaction, so the page's audit rows are appended together, as one commit.
            transactions.executeWithoutResult(tx -> ids.forEach(id -> audit.record(user,
                    AuditAction.OFFENDER_EXPORTED, AuditObject.offender(id), AuditOutcome.ALLOWED, reason,
                    user.agencyCode())));
            for (OffenderRecord r : page) {
                writer.write(new TransferRecord(r.id().value().toString(), r.details(),
                        histories.getOrDefault(r.id().value(), List.of()), 0));
            }
            written += page.size();
            after = page.get(page.size() - 1).id();
            writer.flush();
        }
        writer.flush();
        return written;
    }
}
