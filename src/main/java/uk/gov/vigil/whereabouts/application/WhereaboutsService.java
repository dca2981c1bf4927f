package uk.gov.vigil.whereabouts.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.StaleVersionException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.whereabouts.WhereaboutsCaseOpened;
import uk.gov.vigil.whereabouts.domain.CaseEvent;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.Enquiry;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases.OpenCase;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures;

/**
 * Running whereabouts cases and computing the figures. Each step checks, for the case's offender, that the user
 * may change the record; each is recorded as an event with who and when, and the case row moves on only from the
 * version the user saw.
 */
@Service
public class WhereaboutsService {

    private final WhereaboutsCases cases;
    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final Agencies agencies;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    WhereaboutsService(WhereaboutsCases cases, OffenderService offenders, ComplianceService compliance,
            Agencies agencies, JsonMapper json, Clock clock, ApplicationEventPublisher events, AuditLog audit) {
        this.audit = audit;
        this.cases = cases;
        this.offenders = offenders;
        this.compliance = compliance;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    private record Opened(OpeningReason reason, UUID complianceCaseId) {
    }

    private record Step(String type, LocalDate on, Object details) {
    }

    /** A case and its history. */
    public record CaseView(WhereaboutsCase whereaboutsCase, List<CaseEvent> history) {
    }

    @Transactional
    public WhereaboutsCase open(UUID offenderId, OpeningReason reason, UUID complianceCaseId, VigilUser user) {
        OffenderRecord record = recordUserMayChange(offenderId, user);
        cases.openCaseOf(offenderId).ifPresent(open -> {
            throw new ConflictException("The offender already has an open whereabouts case, " + open.id());
        });
        if (complianceCaseId != null && compliance.caseWithoutAccessCheck(complianceCaseId)
                .filter(c -> c.offenderId().equals(offenderId)).isEmpty()) {
            throw new InvalidInputException("complianceCaseId", "is not a compliance case of this offender");
        }
        Instant now = now();
        WhereaboutsCase opened = WhereaboutsCase.open(offenderId, record.details().management().managingAgency(),
                reason, complianceCaseId, today(), now, user.username());
        cases.add(opened);
        cases.appendEvent(opened.id(), "OPENED", now, user.username(),
                json.writeValueAsString(new Opened(reason, complianceCaseId)));
        if (complianceCaseId != null) {
            compliance.handOverToWhereaboutsCase(complianceCaseId, user.username());
        }
        events.publishEvent(new WhereaboutsCaseOpened(opened.id(), offenderId, opened.agencyCode(), reason.name(),
                opened.openedOn()));
        audit.allowed(user, AuditAction.WHEREABOUTS_CASE_OPENED, caseObject(opened), reason.name());
        return opened;
    }

    /**
     * Records a case that ran in the past, as a migration or the demo register does: opened on {@code openedOn},
     * then each step that has details, through the same rules as a live case, each recorded as an event dated at
     * noon on its own day.
     */
    @Transactional
    public WhereaboutsCase importCase(UUID offenderId, OpeningReason reason, LocalDate openedOn,
            WhereaboutsCase.Unknown unknown, WhereaboutsCase.Wanted wanted, WhereaboutsCase.Located located,
            WhereaboutsCase.Closure closure, String actor) {
        OffenderRecord record = offenders.findWithoutAccessCheck(new OffenderId(offenderId))
                .orElseThrow(() -> new NotFoundException("No offender has the id " + offenderId));
        LocalDate today = today();
        WhereaboutsCase c = WhereaboutsCase.open(offenderId, record.details().management().managingAgency(), reason,
                null, openedOn, noon(openedOn), actor);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("OPENED", openedOn, new Opened(reason, null)));
        if (unknown != null) {
            c = c.declareUnknown(unknown, today, noon(unknown.since()), actor);
            steps.add(new Step("WHEREABOUTS_UNKNOWN", unknown.since(), unknown));
        }
        if (wanted != null) {
            c = c.markWanted(wanted, today, noon(wanted.warrantDate()), actor);
            steps.add(new Step("WANTED", wanted.warrantDate(), wanted));
        }
        if (located != null) {
            c = c.locate(located, today, noon(located.on()), actor);
            steps.add(new Step("LOCATED", located.on(), located));
        }
        if (closure != null) {
            c = c.close(closure, today, noon(closure.on()), actor);
            steps.add(new Step("CLOSED", closure.on(), closure));
        }
        cases.add(c);
        for (Step step : steps) {
            cases.appendEvent(c.id(), step.type(), noon(step.on()), actor, json.writeValueAsString(step.details()));
        }
        return c;
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(EnglandAndWales.ZONE).toInstant();
    }

    @Transactional
    public WhereaboutsCase declareUnknown(UUID caseId, long version, WhereaboutsCase.Unknown details, VigilUser user) {
        return step(caseId, version, user, "WHEREABOUTS_UNKNOWN", details,
                c -> c.declareUnknown(details, today(), now(), user.username()));
    }

    @Transactional
    public WhereaboutsCase markWanted(UUID caseId, long version, WhereaboutsCase.Wanted details, VigilUser user) {
        return step(caseId, version, user, "WANTED", details,
                c -> c.markWanted(details, today(), now(), user.username()));
    }

    @Transactional
    public WhereaboutsCase locate(UUID caseId, long version, WhereaboutsCase.Located details, VigilUser user) {
        if (details.byAgency() != null && agencies.byCode(details.byAgency()).isEmpty()) {
            throw new InvalidInputException("byAgency", "is not a known agency code");
        }
        return step(caseId, version, user, "LOCATED", details,
                c -> c.locate(details, today(), now(), user.username()));
    }

    @Transactional
    public WhereaboutsCase close(UUID caseId, long version, WhereaboutsCase.Closure details, VigilUser user) {
        return step(caseId, version, user, "CLOSED", details, c -> c.close(details, today(), now(), user.username()));
    }

    /** Records an attempt to locate the offender. Enquiries add to the history; they do not change the case. */
    @Transactional
    public CaseEvent addEnquiry(UUID caseId, Enquiry enquiry, VigilUser user) {
        WhereaboutsCase c = caseUserMayChange(caseId, user);
        c.checkEnquiriesAllowed();
        Violations v = new Violations();
        if (v.require("on", enquiry.on(), "is required") && enquiry.on().isAfter(today())) {
            v.add("on", "must not be in the future");
        }
        v.require("kind", enquiry.kind(), "is required: VISIT, CALL or CHECK");
        v.require("result", enquiry.result(), "is required: what the enquiry found");
        v.maxLength("result", enquiry.result(), 1000);
        v.throwIfAny();
        cases.appendEvent(caseId, "ENQUIRY", now(), user.username(), json.writeValueAsString(enquiry));
        audit.allowed(user, AuditAction.WHEREABOUTS_CASE_CHANGED, caseObject(c), "ENQUIRY");
        List<CaseEvent> history = cases.events(caseId);
        return history.get(history.size() - 1);
    }

    @Transactional(readOnly = true)
    public CaseView view(UUID caseId, VigilUser user) {
        WhereaboutsCase c = cases.find(caseId).orElseThrow(() -> notFound(caseId));
        requireFullAccess(c.offenderId(), user);
        audit.allowed(user, AuditAction.WHEREABOUTS_CASE_VIEWED, caseObject(c), null);
        return new CaseView(c, cases.events(caseId));
    }

    @Transactional(readOnly = true)
    public List<WhereaboutsCase> casesOf(UUID offenderId, VigilUser user) {
        requireFullAccess(offenderId, user);
        audit.allowed(user, AuditAction.WHEREABOUTS_CASE_VIEWED, AuditObject.offender(offenderId), "all cases");
        return cases.casesOf(offenderId);
    }

    /** An agency's open cases, longest unknown first; without national access, only the user's own agency. */
    @Transactional(readOnly = true)
    public List<OpenCase> openCases(String agencyCode, VigilUser user) {
        String agency = agencyCode == null ? user.agencyCode() : agencyCode;
        if (!user.can(Permission.OFFENDER_NATIONAL_ACCESS) && !agency.equals(user.agencyCode())) {
            throw new AccessDeniedException("You can list only your own agency's cases");
        }
        audit.allowed(user, AuditAction.WHEREABOUTS_CASES_LISTED, AuditObject.of("whereabouts-case-list", agency),
                "open cases");
        return cases.openCases(agency, user.username());
    }

    @Transactional(readOnly = true)
    public WhereaboutsFigures.Figures figures(LocalDate asOf) {
        LocalDate date = asOf == null ? today() : asOf;
        return WhereaboutsFigures.compute(date, cases.unknownOn(date), agencies.policeForces());
    }

    private WhereaboutsCase step(UUID caseId, long version, VigilUser user, String eventType, Object details,
            UnaryOperator<WhereaboutsCase> change) {
        WhereaboutsCase current = caseUserMayChange(caseId, user);
        if (current.version() != version) {
            throw new StaleVersionException(current.version(), current.updatedBy(), current.updatedAt());
        }
        WhereaboutsCase changed = change.apply(current);
        if (!cases.replace(changed)) {
            WhereaboutsCase now = cases.find(caseId).orElseThrow();
            throw new StaleVersionException(now.version(), now.updatedBy(), now.updatedAt());
        }
        cases.appendEvent(caseId, eventType, changed.updatedAt(), user.username(), json.writeValueAsString(details));
        audit.allowed(user, AuditAction.WHEREABOUTS_CASE_CHANGED, caseObject(changed), eventType);
        return cases.find(caseId).orElseThrow();
    }

    private static AuditObject caseObject(WhereaboutsCase c) {
        return AuditObject.of("whereabouts-case", c.id(), c.offenderId());
    }

    private WhereaboutsCase caseUserMayChange(UUID caseId, VigilUser user) {
        WhereaboutsCase c = cases.find(caseId).orElseThrow(() -> notFound(caseId));
        recordUserMayChange(c.offenderId(), user);
        return c;
    }

    private OffenderRecord recordUserMayChange(UUID offenderId, VigilUser user) {
        return offenders.recordUserMayChange(new OffenderId(offenderId), user,
                "Only the agencies responsible for this offender can run their cases");
    }

    private void requireFullAccess(UUID offenderId, VigilUser user) {
        offenders.recordUserMaySeeInFull(new OffenderId(offenderId), user,
                "Whereabouts cases are shown only to agencies responsible for the offender");
    }

    private static NotFoundException notFound(UUID caseId) {
        return new NotFoundException("No whereabouts case has the id " + caseId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EnglandAndWales.ZONE);
    }
}
