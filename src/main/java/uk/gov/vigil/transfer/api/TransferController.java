package uk.gov.vigil.transfer.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.transfer.application.BulkExport;
import uk.gov.vigil.transfer.application.BulkImport;
import uk.gov.vigil.transfer.application.ImportJobRunner;
import uk.gov.vigil.transfer.domain.ImportJob;
import uk.gov.vigil.transfer.domain.ImportJobState;
import uk.gov.vigil.transfer.domain.RowProblem;
import uk.gov.vigil.transfer.domain.TransferFormat;

@RestController
@RequestMapping("/api/v1")
class TransferController {

    private final ImportJobRunner runner;
    private final BulkImport imports;
    private final BulkExport exports;

    TransferController(ImportJobRunner runner, BulkImport imports, BulkExport exports) {
        this.runner = runner;
        this.imports = imports;
        this.exports = exports;
    }

    /** An import job as the API shows it. */
    record ImportJobResource(UUID id, String source, TransferFormat format, ImportJobState state, String startedBy,
            Instant createdAt, Instant finishedAt, int percent, long bytesRead, long bytesTotal, long recordsRead,
            long recordsStored, long recordsSkipped, long recordsRejected, String failure, String problems) {

        static ImportJobResource of(ImportJob j) {
            return new ImportJobResource(j.id(), j.source(), j.format(), j.state(), j.startedBy(), j.createdAt(),
                    j.finishedAt(), j.percent(), j.bytesRead(), j.bytesTotal(), j.read(), j.stored(), j.skipped(),
                    j.rejected(), j.failure(), "/api/v1/imports/" + j.id() + "/problems");
        }
    }

    @PostMapping("/imports")
    @PreAuthorize("hasAuthority('BULK_IMPORT')")
    @Operation(summary = "Import offenders from a bulk file", description = "The body is the file, in the JSON Lines"
            + " or CSV format of docs/import-format.md (format=jsonl or csv, or a Content-Type of"
            + " application/x-ndjson or text/csv). Answers 202 with the job; read its progress and rejected rows"
            + " at the Location. A record already imported from the same source is skipped.")
    ResponseEntity<ImportJobResource> startImport(@RequestParam(required = false) String source,
            @RequestParam(required = false) String format, HttpServletRequest request, VigilUser user)
            throws IOException {
        String chosen = format != null ? format : formatOf(request.getContentType());
        ImportJob job = runner.start(source, chosen, request.getContentLengthLong(), request.getInputStream(), user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id()))
                .body(ImportJobResource.of(job));
    }

    private static String formatOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        for (TransferFormat f : TransferFormat.values()) {
            if (type.startsWith(f.mediaType())) {
                return f.extension();
            }
        }
        return null;
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('BULK_IMPORT')")
    @Operation(summary = "An import job's progress and totals")
    ImportJobResource job(@PathVariable UUID id, VigilUser user) {
        return ImportJobResource.of(imports.job(id, user));
    }

    @GetMapping("/imports/{id}/problems")
    @PreAuthorize("hasAuthority('BULK_IMPORT')")
    @Operation(summary = "The rows an import job turned away, with the field at fault and why",
            description = "In file order, a page at a time (page from 0, size up to 1000).")
    List<RowProblem> problems(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, VigilUser user) {
        Violations v = new Violations();
        if (page < 0) {
            v.add("page", "must be 0 or more");
        }
        if (size < 1 || size > 1000) {
            v.add("size", "must be between 1 and 1000");
        }
        v.throwIfAny();
        return imports.problems(id, page, size, user);
    }

    /** What to export; {@code code} is the current code from the user's authenticator app (step-up). */
    record ExportRequest(String format, String agency, String code) {
    }

    @PostMapping("/exports/offenders")
    @PreAuthorize("hasAuthority('BULK_EXPORT')")
    @Operation(summary = "Export an agency's offenders in bulk", description = "Streams the full records the"
            + " agency is responsible for (default: the user's own), with their notifications, in the import"
            + " format. Needs the current authenticator code (step-up). Each record is audited as a disclosure.")
    void export(@RequestBody ExportRequest body, VigilUser user, HttpServletResponse response) throws IOException {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        BulkExport.Request request = exports.check(body.format(), body.agency(), body.code(), user);
        response.setContentType(request.format().mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vigil-offenders-"
                + request.agency() + "." + request.format().extension() + "\"");
        exports.write(request, user, response.getOutputStream());
    }
}
