package uk.gov.vigil.offender.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.HashSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.RecordAccess;
import uk.gov.vigil.access.RecordAccessPolicy;
import uk.gov.vigil.access.StepUp;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.agency.AgencyType;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.offender.FullAccessGranted;
import uk.gov.vigil.offender.OffenderRecordChanged;
import uk.gov.vigil.offender.OffendersImported;
import uk.gov.vigil.offender.OffenderErased;
import uk.gov.vigil.offender.OffendersMerged;
import uk.gov.vigil.offender.RecordMergedException;
import uk.gov.vigil.offender.OffenderRegistered;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.Erasure;
import uk.gov.vigil.offender.domain.ErasureReason;
import uk.gov.vigil.offender.domain.ErasureRules;
import uk.gov.vigil.offender.domain.FullAccessGrant;
import uk.gov.vigil.offender.domain.FullAccessGrants;
import uk.gov.vigil.offender.domain.FullAccessReason;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.IntelligenceNote;
import uk.gov.vigil.offender.domain.IntelligenceNotes;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.OffenderRecords;
import uk.gov.vigil.offender.domain.OffenderRecords.Guarded;
import uk.gov.vigil.offender.domain.OffenderRecords.OffenderQuery;
import uk.gov.vigil.offender.domain.OffenderRecords.Page;
import uk.gov.vigil.offender.domain.OffenderRules;
import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordMerge;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Restrictions;
import uk.gov.vigil.offender.domain.ValidationContext;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.GoneException;
import uk.gov.vigil.shared.Ids;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.StaleVersionException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Registering, reading, changing and listing offender records. Every method checks, on the server and for the
 * record in question, what the user may do; every write is validated whole before anything is stored, and runs in
 * one transaction.
 */
@Service
public class OffenderService {

    /** Statutory dates are calendar dates in England and Wales. */
    private static final ZoneId LEGAL_ZONE = ZoneId.of("Europe/London");

    private final OffenderRecords records;
    private final Agencies agencies;
    private final OffenceCatalogue offences;
    private final UserDirectory users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final FullAccessGrants grants;
    private final IntelligenceNotes intelligence;
    private final StepUp stepUp;

    OffenderService(OffenderRecords records, Agencies agencies, OffenceCatalogue offences, UserDirectory users,
            Clock clock, ApplicationEventPublisher events, AuditLog audit, FullAccessGrants grants,
            IntelligenceNotes intelligence, StepUp stepUp) {
        this.stepUp = stepUp;
        this.intelligence = intelligence;
        this.audit = audit;
        this.grants = grants;
        this.records = records;
        this.agencies = agencies;
        this.offences = offences;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public OffenderRecord register(OffenderDetails details, VigilUser user) {
        mayRegister(details, user);
        Violations violations = checkNew(details, validationContext());
        violations.throwIfAny();
        Optional<OffenderId> holder = records.findByPncId(details.identifiers().pncId());
        if (holder.isPresent()) {
            throw pncTaken(holder.get());
        }
        OffenderRecord record = newRecord(details, user, now());
        try {
            records.add(record);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("identifiers.pncId", "is already on another offender's record");
        }
        events.publishEvent(new OffenderRegistered(record.id().value(), managingAgency(details)));
        audit.allowed(user, AuditAction.OFFENDER_REGISTERED, AuditObject.offender(record.id().value()), null);
        return record;
    }

    /**
     * What {@link #register} would find wrong with these details, without storing or auditing anything: for the
     * registration journey, which checks each step as it is answered.
     */
    @Transactional(readOnly = true)
    public List<FieldViolation> checkForRegistration(OffenderDetails details, VigilUser user) {
        mayRegister(details, user);
        Violations violations = checkNew(details, validationContext());
        String pncId = details.identifiers().pncId();
        if (pncId != null && records.findByPncId(pncId).isPresent()) {
            violations.add("identifiers.pncId", "is already on another offender's record");
        }
        return violations.list();
    }

    /**
     * Merges a record found to be the same person into the one kept: see {@link RecordMerge}. Both must be at the
     * versions the user saw. The merged record is marked MERGED and its id leads to the kept one from then on; its
     * notifications, cases and notes move to the kept record ({@link OffendersMerged}). Audited as a combination
     * on both records.
     */
    @Transactional
    public OffenderRecord merge(OffenderId keptId, long keptVersion, OffenderId mergedId, long mergedVersion,
            String reason, VigilUser user) {
        if (!user.can(Permission.RECORD_MERGE)) {
            throw new AccessDeniedException("Only administrators can merge records");
        }
        Violations v = new Violations();
        v.require("reason", reason == null || reason.isBlank() ? null : reason, "is required: why these records are"
                + " the same person");
        v.maxLength("reason", reason, 500);
        if (keptId.equals(mergedId)) {
            v.add("mergedId", "must be another record, not the one kept");
        }
        v.throwIfAny();
        OffenderRecord kept = records.find(keptId).orElseThrow(() -> missing(keptId));
        OffenderRecord merged = records.find(mergedId).orElseThrow(() -> missing(mergedId));
        for (OffenderRecord r : List.of(kept, merged)) {
            if (!mayChange(r, user)) {
                throw new AccessDeniedException("You cannot change the record " + r.id().value());
            }
            if (r.details().status() == RecordStatus.MERGED) {
                throw new ConflictException(r == kept ? "id" : "mergedId", "the record " + r.id().value()
                        + " has already been merged into another");
            }
        }
        if (kept.version() != keptVersion) {
            throw new StaleVersionException(kept.version(), kept.updatedBy(), kept.updatedAt());
        }
        if (merged.version() != mergedVersion) {
            throw new StaleVersionException(merged.version(), merged.updatedBy(), merged.updatedAt());
        }
        Instant now = now();
        OffenderDetails combined = RecordMerge.combine(kept.details(), merged.details(),
                LocalDate.ofInstant(now, LEGAL_ZONE));
        OffenderRecord left = records.replace(mergedId, mergedVersion,
                RecordMerge.leftBehind(merged.details(), combined), now, user.username())
                .orElseThrow(() -> staleNow(mergedId));
        OffenderRecord updated = records.replace(keptId, keptVersion, combined, now, user.username())
                .orElseThrow(() -> staleNow(keptId));
        Restrictions keptRestrictions = records.restrictions(keptId);
        Restrictions mergedRestrictions = records.restrictions(mergedId);
        if (!mergedRestrictions.equals(Restrictions.NONE)) {
            java.util.Set<String> excluded = new java.util.TreeSet<>(keptRestrictions.excluded());
            excluded.addAll(mergedRestrictions.excluded());
            records.replaceRestrictions(keptId, new Restrictions(keptRestrictions.restrictedTo().isEmpty()
                    ? mergedRestrictions.restrictedTo() : keptRestrictions.restrictedTo(), excluded),
                    user.username(), now);
        }
        records.recordMerge(mergedId, keptId, now, user.username(), reason.strip());
        events.publishEvent(new OffenderRecordChanged(mergedId.value(), left.version(),
                left.details().management().managingAgency()));
        events.publishEvent(new OffendersMerged(keptId.value(), mergedId.value()));
        events.publishEvent(new OffenderRecordChanged(keptId.value(), updated.version(),
                updated.details().management().managingAgency()));
        audit.allowed(user, AuditAction.RECORDS_MERGED, AuditObject.offender(keptId.value()),
                "kept; merged " + mergedId.value());
        audit.allowed(user, AuditAction.RECORDS_MERGED, AuditObject.offender(mergedId.value()),
                "merged into " + keptId.value());
        return updated;
    }

    /**
     * Erases a record and everything held about the offender, with every record merged into it (s.47 and s.39 DPA
     * 2018; see {@link ErasureRules}). The user must be able to change the record, send the version they read, and
     * give their second factor again (step-up). Every module deletes its own rows in this transaction
     * ({@link OffenderErased}), so the erasure is stored whole or not at all. One audit row per erased record holds
     * the reason code and nothing erased. The id then answers 410 Gone.
     *
     * <p>A refused step-up must still count as a failed sign-in, so that refusal does not roll back; it is checked
     * before anything is written.
     *
     * @return the ids erased: the record and those merged into it
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<OffenderId> erase(OffenderId id, long expectedVersion, ErasureReason reason, String decisionReference,
            String code, VigilUser user) {
        AuditObject object = AuditObject.offender(id.value());
        if (!user.can(Permission.RECORD_ERASE)) {
            audit.refused(user, AuditAction.OFFENDER_ERASED, object, "no permission");
            throw new AccessDeniedException("Only administrators can erase records");
        }
        Violations v = new Violations();
        v.require("reason", reason, "is required: one of " + List.of(ErasureReason.values()));
        v.require("decisionReference", decisionReference == null || decisionReference.isBlank() ? null
                : decisionReference, "is required: the reference of the decision to erase this record");
        v.maxLength("decisionReference", decisionReference, 100);
        v.throwIfAny();
        OffenderRecord record = records.find(id).orElseThrow(() -> missing(id));
        if (!mayChange(record, user)) {
            audit.refused(user, AuditAction.OFFENDER_ERASED, object, "another agency's record");
            throw new AccessDeniedException("You cannot erase the record " + id.value() + "; it is managed by "
                    + record.details().management().managingAgency());
        }
        ErasureRules.whyNot(record.details().status(), reason).ifPresent(why -> {
            throw new ConflictException("reason", why);
        });
        if (record.version() != expectedVersion) {
            throw new StaleVersionException(record.version(), record.updatedBy(), record.updatedAt());
        }
        try {
            stepUp.stepUp(user, code);
        } catch (AccessDeniedException refused) {
            audit.refused(user, AuditAction.OFFENDER_ERASED, object, "step-up failed");
            throw refused;
        }
        List<OffenderId> erased = new ArrayList<>();
        collectMerged(id, erased);
        Instant now = now();
        for (OffenderId each : erased) {
            events.publishEvent(new OffenderErased(each.value()));
            records.erase(new Erasure(each, now, user.username(), reason, decisionReference.strip()));
            audit.allowed(user, AuditAction.OFFENDER_ERASED, AuditObject.offender(each.value()),
                    each.equals(id) ? reason.name() : reason.name() + "; merged into " + id.value());
        }
        return erased;
    }

    /** The records merged into this one, at any depth: for the erasure page, which says they go too. */
    @Transactional(readOnly = true)
    public List<OffenderId> mergedInto(OffenderId kept) {
        List<OffenderId> family = new ArrayList<>();
        collectMerged(kept, family);
        family.remove(kept);
        return family;
    }

    /** The record and every record merged into it, at any depth, the merged ones first. */
    private void collectMerged(OffenderId kept, List<OffenderId> into) {
        for (OffenderId merged : records.mergedIntoThis(kept)) {
            collectMerged(merged, into);
        }
        into.add(kept);
    }

    /** What a batch import stored, and which rows it turned away, by their position in the batch. */
    public record ImportedBatch(List<OffenderRecord> stored, Map<Integer, List<FieldViolation>> rejected) {
    }

    /**
     * Registers many offenders at once, as a migration from another system does. Each row is checked as
     * {@link #register} checks it; a bad row is turned away with its reasons and does not stop the others. The
     * caller imports the stored offenders' notifications in the same transaction, which derives their obligations,
     * so no {@link OffenderRegistered} event is published; one {@link OffendersImported} event names them all.
     */
    @Transactional
    public ImportedBatch importBatch(List<OffenderDetails> rows, VigilUser user) {
        ValidationContext context = validationContext();
        Map<Integer, List<FieldViolation>> rejected = new TreeMap<>();
        Map<String, Integer> pncRows = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OffenderDetails details = rows.get(i);
            Violations violations = checkNew(details, context);
            try {
                mayRegister(details, user);
            } catch (AccessDeniedException refused) {
                violations.add("management.managingAgency", refused.getMessage());
            }
            String pnc = details.identifiers() == null ? null : details.identifiers().pncId();
            if (pnc != null && pncRows.putIfAbsent(pnc, i) != null) {
                violations.add("identifiers.pncId", "is also on row " + pncRows.get(pnc) + " of this batch");
            }
            if (!violations.isEmpty()) {
                rejected.put(i, violations.list());
            }
        }
        Set<String> inUse = records.pncIdsInUse(pncRows.keySet());
        inUse.forEach(pnc -> rejected.computeIfAbsent(pncRows.get(pnc), k -> new ArrayList<>())
                .add(new FieldViolation("identifiers.pncId", "is already on another offender's record")));
        Instant now = now();
        List<OffenderRecord> stored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rejected.containsKey(i)) {
                stored.add(newRecord(rows.get(i), user, now));
            }
        }
        records.addAll(stored);
        stored.forEach(r -> audit.allowed(user, AuditAction.OFFENDER_IMPORTED, AuditObject.offender(r.id().value()),
                null));
        events.publishEvent(new OffendersImported(stored.stream().map(r -> r.id().value()).toList()));
        return new ImportedBatch(stored, rejected);
    }

    private void mayRegister(OffenderDetails details, VigilUser user) {
        if (!user.can(Permission.OFFENDER_WRITE)) {
            throw new AccessDeniedException("Your role cannot register offenders");
        }
        String agency = managingAgency(details);
        if (agency != null && !user.can(Permission.OFFENDER_NATIONAL_ACCESS) && !agency.equals(user.agencyCode())) {
            throw new AccessDeniedException("You can register offenders only for your own agency, " + user.agencyCode());
        }
    }

    private static Violations checkNew(OffenderDetails details, ValidationContext context) {
        Violations violations = OffenderRules.check(details, context);
        if (details.status() != null && !RecordStatus.INITIAL.contains(details.status())) {
            violations.add("status", "a new record must start as one of " + RecordStatus.INITIAL);
        }
        return violations;
    }

    private static OffenderRecord newRecord(OffenderDetails details, VigilUser user, Instant now) {
        return new OffenderRecord(OffenderId.random(), 1, details, now, user.username(), now, user.username());
    }

    private static String managingAgency(OffenderDetails details) {
        return details.management() == null ? null : details.management().managingAgency();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The record as the user may see it, audited before it is returned. No transaction is opened: each read is a
     * snapshot of its own under READ COMMITTED either way, and the commit would cost a round trip to the database.
     */
    public OffenderView read(OffenderId id, VigilUser user) {
        Guarded guarded = records.findGuarded(id).orElseThrow(() -> missing(id));
        OffenderRecord record = guarded.record();
        if (record.details().status() == RecordStatus.MERGED) {
            OffenderId kept = records.mergedInto(id).orElseThrow(() -> missing(id));
            audit.allowed(user, AuditAction.OFFENDER_VIEWED, AuditObject.offender(id.value()),
                    "merged into " + kept.value());
            throw new RecordMergedException(id.value(), kept.value());
        }
        RecordAccess access = accessTo(guarded, user);
        if (access != RecordAccess.NONE) {
            audit.allowed(user, AuditAction.OFFENDER_VIEWED, AuditObject.offender(id.value()),
                    access == RecordAccess.FULL ? "full record" : "summary");
        }
        return switch (access) {
            case FULL -> new OffenderView.Full(record);
            case SUMMARY -> new OffenderView.Summary(record.id(), record.details().name(),
                    record.details().dateOfBirth(), agency(record.details().management().managingAgency()));
            case NONE -> throw new AccessDeniedException(user.can(Permission.OFFENDER_READ)
                    ? "This record is restricted; ask its managing agency"
                    : "Your role gives no access to offender records");
        };
    }

    /**
     * The record, with no access check: for other modules' rules, which must check access themselves before
     * showing a user anything derived from it.
     */
    @Transactional(readOnly = true)
    public Optional<OffenderRecord> findWithoutAccessCheck(OffenderId id) {
        return records.find(id);
    }

    /**
     * Applies a change the offender notified (s.84 SOA 2003) to the record: a new name becomes the primary name
     * and the old one an alias; a new home or no-fixed-abode address closes the current one the day before. The
     * caller has checked that the user may change the record.
     *
     * @param newName    the name now used, or null
     * @param newAddress the new address, with its from date, or null
     */
    @Transactional
    public OffenderRecord applyNotifiedChange(OffenderId id, PersonName newName, Address newAddress, VigilUser user) {
        OffenderRecord current = records.find(id).orElseThrow(() -> missing(id));
        OffenderDetails d = current.details();
        PersonName name = d.name();
        List<PersonName> aliases = new ArrayList<>(d.aliases());
        if (newName != null && !newName.equals(name)) {
            if (!aliases.contains(name)) {
                aliases.add(name);
            }
            aliases.remove(newName);
            name = newName;
        }
        List<Address> addresses = new ArrayList<>(d.addresses());
        if (newAddress != null) {
            if (newAddress.type() != null && newAddress.type().isMainResidence()) {
                for (int i = 0; i < addresses.size(); i++) {
                    Address a = addresses.get(i);
                    if (a.current() && a.type().isMainResidence()) {
                        if (newAddress.from() != null && !newAddress.from().isAfter(a.from())) {
                            throw new InvalidInputException("changes.newAddress.from",
                                    "must be after " + a.from() + ", when the current address began");
                        }
                        addresses.set(i, new Address(a.type(), a.line1(), a.line2(), a.town(), a.postcode(),
                                a.placeDescription(), a.from(), newAddress.from() == null ? null
                                        : newAddress.from().minusDays(1)));
                    }
                }
            }
            addresses.add(newAddress);
        }
        OffenderDetails changed = new OffenderDetails(name, aliases, d.dateOfBirth(), d.aliasDatesOfBirth(), d.sex(),
                d.nationality(), d.description(), d.distinguishingMarks(), d.identifiers(), d.convictions(), addresses,
                d.management(), d.status());
        return update(id, current.version(), changed, user);
    }

    /**
     * The record, if the user may change it (write permission and full access): for other modules' commands on an
     * offender, such as recording a notification.
     *
     * @param refusal what the user is told if they may not
     */
    @Transactional(readOnly = true)
    public OffenderRecord recordUserMayChange(OffenderId id, VigilUser user, String refusal) {
        Guarded guarded = records.findGuarded(id).orElseThrow(() -> missing(id));
        if (!mayChange(guarded, user)) {
            throw new AccessDeniedException(refusal + "; the offender is managed by "
                    + guarded.record().details().management().managingAgency());
        }
        return guarded.record();
    }

    /** Whether the user may change the record: for pages deciding whether to offer a change. */
    @Transactional(readOnly = true)
    public boolean recordUserMayBeChangedBy(OffenderId id, VigilUser user) {
        return records.findGuarded(id).map(guarded -> mayChange(guarded, user)).orElse(false);
    }

    /** The record, if the user may see it in full: for other modules' views of an offender. */
    @Transactional(readOnly = true)
    public OffenderRecord recordUserMaySeeInFull(OffenderId id, VigilUser user, String refusal) {
        Guarded guarded = records.findGuarded(id).orElseThrow(() -> missing(id));
        if (accessTo(guarded, user) != RecordAccess.FULL) {
            throw new AccessDeniedException(refusal + "; contact the managing agency, "
                    + guarded.record().details().management().managingAgency());
        }
        return guarded.record();
    }

    /**
     * The record, if an agency of the user's is responsible for the offender (or the user has national access) and
     * no restriction keeps them out. Unlike {@link #recordUserMaySeeInFull}, a read-only full-access grant does not
     * count: for other modules' changes that need the user's own agency to hold the case, not only write permission.
     */
    @Transactional(readOnly = true)
    public OffenderRecord recordUserIsResponsibleFor(OffenderId id, VigilUser user, String refusal) {
        Guarded guarded = records.findGuarded(id).orElseThrow(() -> missing(id));
        if (!isResponsible(guarded, user)) {
            throw new AccessDeniedException(refusal + "; the offender is managed by "
                    + guarded.record().details().management().managingAgency());
        }
        return guarded.record();
    }

    /** Whether {@link #recordUserIsResponsibleFor} would allow the user: for pages deciding what to offer. */
    @Transactional(readOnly = true)
    public boolean userIsResponsibleFor(OffenderId id, VigilUser user) {
        return records.findGuarded(id).map(guarded -> isResponsible(guarded, user)).orElse(false);
    }

    private static boolean isResponsible(Guarded guarded, VigilUser user) {
        return guarded.restrictions().allow(user.username())
                && RecordAccessPolicy.accessTo(user, guarded.record().responsibleAgencies()) == RecordAccess.FULL;
    }

    /**
     * Opens another agency's record in full, read-only, for 24 hours, for a stated reason. The managing agency is
     * told ({@link FullAccessGranted}); the reason code is audited, the explanation kept with the grant.
     */
    @Transactional
    public FullAccessGrant requestFullAccess(OffenderId id, FullAccessReason reason, String explanation,
            VigilUser user) {
        OffenderRecord record = records.find(id).orElseThrow(() -> missing(id));
        Violations v = new Violations();
        v.require("reason", reason, "is required: one of " + List.of(FullAccessReason.values()));
        if (v.require("explanation", explanation, "is required: say briefly why you need the full record")) {
            v.maxLength("explanation", explanation, 500);
        }
        v.throwIfAny();
        RecordAccess access = accessTo(record, user);
        if (access == RecordAccess.NONE) {
            throw new AccessDeniedException("Your role gives no access to offender records");
        }
        if (access == RecordAccess.FULL) {
            throw new ConflictException("You can already see this record in full");
        }
        Instant now = now();
        FullAccessGrant grant = new FullAccessGrant(Ids.next(), id, user.username(), user.agencyCode(), reason,
                explanation.strip(), now, now.plus(FullAccessGrant.LASTS));
        grants.add(grant);
        String managing = record.details().management().managingAgency();
        events.publishEvent(new FullAccessGranted(grant.id(), id.value(), managing, user.username(),
                user.agencyCode(), reason.name(), grant.expiresAt()));
        audit.allowed(user, AuditAction.FULL_ACCESS_GRANTED, AuditObject.offender(id.value()), reason.name());
        return grant;
    }

    /**
     * An offender's intelligence notes, newest first: for users who see the record in full and hold
     * {@code INTELLIGENCE_READ}, which prison staff and analysts do not.
     */
    @Transactional(readOnly = true)
    public List<IntelligenceNote> intelligence(OffenderId id, VigilUser user) {
        mayUseIntelligence(user);
        recordUserMaySeeInFull(id, user, "Intelligence is shown only to agencies responsible for the offender");
        audit.allowed(user, AuditAction.INTELLIGENCE_VIEWED, AuditObject.offender(id.value()), null);
        return intelligence.of(id);
    }

    @Transactional
    public IntelligenceNote recordIntelligence(OffenderId id, String text, VigilUser user) {
        mayUseIntelligence(user);
        recordUserMayChange(id, user, "Only the agencies responsible for this offender can record intelligence");
        Violations v = new Violations();
        if (v.require("text", text, "is required: what is known, and how")) {
            v.maxLength("text", text, 2000);
        }
        v.throwIfAny();
        IntelligenceNote note = new IntelligenceNote(Ids.next(), id, text.strip(), user.username(), user.agencyCode(),
                now());
        intelligence.add(note);
        audit.allowed(user, AuditAction.INTELLIGENCE_RECORDED, AuditObject.of("intelligence-note", note.id(),
                id.value()), null);
        return note;
    }

    private static void mayUseIntelligence(VigilUser user) {
        if (!user.can(Permission.INTELLIGENCE_READ)) {
            throw new AccessDeniedException("Your role does not allow you to see intelligence");
        }
    }

    /** Who has opened the record in full from another agency, newest first; for those who see it in full. */
    @Transactional(readOnly = true)
    public List<FullAccessGrant> fullAccessGrants(OffenderId id, VigilUser user) {
        recordUserMaySeeInFull(id, user, "Access grants are shown only to agencies responsible for the offender");
        audit.allowed(user, AuditAction.OFFENDER_VIEWED, AuditObject.offender(id.value()), "full-access grants");
        return grants.of(id);
    }

    private boolean mayChange(OffenderRecord record, VigilUser user) {
        return mayChange(new Guarded(record, records.restrictions(record.id())), user);
    }

    private static boolean mayChange(Guarded guarded, VigilUser user) {
        return guarded.restrictions().allow(user.username())
                && RecordAccessPolicy.mayChange(user, guarded.record().responsibleAgencies());
    }

    /**
     * Who may see a record beyond the usual rules. Set by the managing agency's supervisors or an administrator;
     * whoever sets a restriction to named users is added to them, so they cannot lock themselves out.
     */
    @Transactional
    public Restrictions restrict(OffenderId id, Restrictions restrictions, VigilUser user) {
        OffenderRecord record = records.find(id).orElseThrow(() -> missing(id));
        boolean national = user.can(Permission.OFFENDER_NATIONAL_ACCESS);
        if (!user.can(Permission.RECORD_RESTRICT) || !records.restrictions(id).allow(user.username())
                || (!national && !user.agencyCode().equals(record.details().management().managingAgency()))) {
            throw new AccessDeniedException("Only the managing agency's supervisors or an administrator can restrict"
                    + " this record");
        }
        Violations v = new Violations();
        restrictions.restrictedTo().stream().filter(u -> users.find(u).isEmpty()).sorted()
                .forEach(u -> v.add("restrictedTo", "has no user " + u));
        restrictions.excluded().stream().filter(u -> users.find(u).isEmpty()).sorted()
                .forEach(u -> v.add("excluded", "has no user " + u));
        if (restrictions.excluded().contains(user.username())) {
            v.add("excluded", "must not include you");
        }
        v.throwIfAny();
        Restrictions stored = restrictions;
        if (!restrictions.restrictedTo().isEmpty() && !restrictions.restrictedTo().contains(user.username())) {
            Set<String> named = new HashSet<>(restrictions.restrictedTo());
            named.add(user.username());
            stored = new Restrictions(named, restrictions.excluded());
        }
        records.replaceRestrictions(id, stored, user.username(), now());
        audit.allowed(user, AuditAction.RECORD_RESTRICTED, AuditObject.offender(id.value()),
                stored.restrictedTo().size() + " named, " + stored.excluded().size() + " excluded");
        return stored;
    }

    /** The record's restrictions, for those who may see it in full. */
    @Transactional(readOnly = true)
    public Restrictions restrictions(OffenderId id, VigilUser user) {
        recordUserMaySeeInFull(id, user, "Restrictions are shown only to agencies responsible for the offender");
        return records.restrictions(id);
    }

    /**
     * The user's access to the record: none if its restrictions hide it from them; otherwise the policy's answer,
     * raised to full by an active grant.
     */
    private RecordAccess accessTo(OffenderRecord record, VigilUser user) {
        return accessTo(new Guarded(record, records.restrictions(record.id())), user);
    }

    private RecordAccess accessTo(Guarded guarded, VigilUser user) {
        if (!guarded.restrictions().allow(user.username())) {
            return RecordAccess.NONE;
        }
        OffenderRecord record = guarded.record();
        RecordAccess access = RecordAccessPolicy.accessTo(user, record.responsibleAgencies());
        if (access == RecordAccess.SUMMARY && grants.holds(user.username(), record.id(), now())) {
            return RecordAccess.FULL;
        }
        return access;
    }

    /** Every saved version of a record, for staff who may see it in full. */
    @Transactional(readOnly = true)
    public List<OffenderRecords.Revision> revisions(OffenderId id, VigilUser user) {
        recordUserMaySeeInFull(id, user, "Earlier versions are shown only to agencies responsible for the offender");
        audit.allowed(user, AuditAction.OFFENDER_VERSION_VIEWED, AuditObject.offender(id.value()), "list of versions");
        return records.revisions(id);
    }

    /** The record's details as saved at one version. */
    @Transactional(readOnly = true)
    public OffenderDetails detailsAt(OffenderId id, long version, VigilUser user) {
        recordUserMaySeeInFull(id, user, "Earlier versions are shown only to agencies responsible for the offender");
        OffenderDetails details = records.detailsAt(id, version)
                .orElseThrow(() -> new NotFoundException("The record has no version " + version));
        audit.allowed(user, AuditAction.OFFENDER_VERSION_VIEWED, AuditObject.offender(id.value()),
                "version " + version);
        return details;
    }

    /** Who manages each offender, with no access check, for other modules' background work. */
    @Transactional(readOnly = true)
    public Map<OffenderId, Management> managementWithoutAccessCheck(Collection<OffenderId> ids) {
        return records.management(ids);
    }

    @Transactional
    public OffenderRecord update(OffenderId id, long expectedVersion, OffenderDetails details, VigilUser user) {
        OffenderRecord current = records.find(id).orElseThrow(() -> missing(id));
        if (!mayChange(current, user)) {
            throw new AccessDeniedException("You cannot change this offender's record: it is managed by "
                    + current.details().management().managingAgency());
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(current.version(), current.updatedBy(), current.updatedAt());
        }
        OffenderRules.check(details, validationContext()).throwIfAny();
        RecordStatus from = current.details().status();
        if (details.status() == RecordStatus.MERGED && from != RecordStatus.MERGED) {
            throw new ConflictException("status", "a record is marked MERGED only by merging it into another");
        }
        if (!from.canMoveTo(details.status())) {
            throw new ConflictException("status", from.whyNot(details.status()));
        }
        Optional<OffenderId> holder = records.findByPncId(details.identifiers().pncId());
        if (holder.isPresent() && !holder.get().equals(id)) {
            throw pncTaken(holder.get());
        }
        OffenderRecord updated;
        try {
            updated = records.replace(id, expectedVersion, details, now(),
                    user.username())
                    .orElseThrow(() -> staleNow(id));
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("identifiers.pncId", "is already on another offender's record");
        }
        events.publishEvent(new OffenderRecordChanged(id.value(), updated.version(),
                details.management().managingAgency()));
        audit.allowed(user, AuditAction.OFFENDER_CHANGED, AuditObject.offender(id.value()),
                "version " + updated.version());
        return updated;
    }

    /**
     * Gives the offender to another offender manager of the managing agency, or leaves them unassigned
     * ({@code manager} null). Needs the caseload permission as well as the right to change the record, and the
     * version the user saw.
     */
    @Transactional
    public OffenderRecord reassign(OffenderId id, long expectedVersion, String manager, VigilUser user) {
        if (!user.can(Permission.CASELOAD_ASSIGN)) {
            throw new AccessDeniedException("Your role does not allow you to reassign offenders");
        }
        OffenderRecord current = records.find(id).orElseThrow(() -> missing(id));
        if (!mayChange(current, user)) {
            throw new AccessDeniedException("You can reassign only offenders your agency manages; this one is "
                    + "managed by " + current.details().management().managingAgency());
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(current.version(), current.updatedBy(), current.updatedAt());
        }
        OffenderDetails d = current.details();
        Management m = d.management();
        String to = manager == null || manager.isBlank() ? null : manager.strip();
        if (to != null && !validationContext().canManageOffendersFor(to, m.managingAgency())) {
            throw new InvalidInputException("offenderManager", "must be an offender manager or supervisor of "
                    + m.managingAgency());
        }
        OffenderDetails changed = new OffenderDetails(d.name(), d.aliases(), d.dateOfBirth(), d.aliasDatesOfBirth(),
                d.sex(), d.nationality(), d.description(), d.distinguishingMarks(), d.identifiers(), d.convictions(),
                d.addresses(), new Management(m.managingAgency(), to, m.probationAgency(), m.prisonAgency()),
                d.status());
        OffenderRecord updated = records.replace(id, expectedVersion, changed, now(), user.username())
                .orElseThrow(() -> staleNow(id));
        events.publishEvent(new OffenderRecordChanged(id.value(), updated.version(), m.managingAgency()));
        audit.allowed(user, AuditAction.OFFENDER_REASSIGNED, AuditObject.offender(id.value()),
                to == null ? "unassigned" : "to " + to);
        return updated;
    }

    /** The most results a search gives. */
    public static final int SEARCH_LIMIT = 50;

    /**
     * Offenders matching simple criteria, nationally: a user may look anyone up, and sees a summary of those
     * their agency is not responsible for when they open them. Audited with the kinds of criteria used, not their
     * values.
     */
    @Transactional(readOnly = true)
    public List<OffenderSummary> search(String familyName, String givenNames, LocalDate dateOfBirth, String pncId,
            VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role gives no access to offender records");
        }
        String family = blankToNull(familyName);
        String given = blankToNull(givenNames);
        String pnc = pncId == null || pncId.isBlank() ? null
                : new Identifiers(pncId, null, null, List.of()).pncId();
        Violations v = new Violations();
        if (family == null && given == null && dateOfBirth == null && pnc == null) {
            v.add("familyName", "Enter a name, a date of birth or a PNC ID");
        }
        if (pnc != null) {
            IdentifierFormats.checkPncId(pnc).ifPresent(problem -> v.add("pncId", "The PNC ID " + problem));
        }
        v.throwIfAny();
        List<String> used = new ArrayList<>();
        if (family != null || given != null) {
            used.add("name");
        }
        if (dateOfBirth != null) {
            used.add("date of birth");
        }
        if (pnc != null) {
            used.add("PNC ID");
        }
        audit.allowed(user, AuditAction.OFFENDERS_SEARCHED, AuditObject.of("offender-search", null),
                "by " + String.join(", ", used));
        return records.search(family, given, dateOfBirth, pnc, user.username(), SEARCH_LIMIT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * One page of the offenders an agency is responsible for. Users without national access may list only their
     * own agency's; if they name no agency, their own is used.
     */
    @Transactional(readOnly = true)
    public Page<OffenderSummary> list(String agencyCode, RecordStatus status, int page, int size, VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role gives no access to offender records");
        }
        Violations v = new Violations();
        if (page < 0) {
            v.add("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            v.add("size", "must be between 1 and 100");
        }
        if (agencyCode != null && agencies.byCode(agencyCode).isEmpty()) {
            v.add("agency", "is not a known agency code");
        }
        v.throwIfAny();
        boolean national = user.can(Permission.OFFENDER_NATIONAL_ACCESS);
        String agency = agencyCode == null && !national ? user.agencyCode() : agencyCode;
        if (!national && !user.agencyCode().equals(agency)) {
            throw new AccessDeniedException("You can list only your own agency's offenders");
        }
        audit.allowed(user, AuditAction.OFFENDERS_LISTED, AuditObject.of("offender-list", agency),
                status == null ? "page " + page : status + ", page " + page);
        return records.list(new OffenderQuery(agency, status, page, size, user.username()));
    }

    /**
     * The next page of full records an agency is responsible for, in id order, for a bulk export. Users without
     * national access may take only their own agency's; restricted records the user may not see are left out.
     * The caller audits the disclosure of each record it passes on.
     */
    @Transactional(readOnly = true)
    public List<OffenderRecord> fullRecordsOf(String agencyCode, OffenderId after, int limit, VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role gives no access to offender records");
        }
        if (!user.can(Permission.OFFENDER_NATIONAL_ACCESS) && !user.agencyCode().equals(agencyCode)) {
            throw new AccessDeniedException("You can export only your own agency's offenders");
        }
        return records.findAll(records.responsibleFor(agencyCode, user.username(), after, limit));
    }

    private ValidationContext validationContext() {
        LocalDate today = LocalDate.now(clock.withZone(LEGAL_ZONE));
        Map<String, Boolean> managers = new HashMap<>();
        return new ValidationContext() {
            @Override
            public LocalDate today() {
                return today;
            }

            @Override
            public boolean isPoliceForce(String code) {
                return isOfType(code, AgencyType.POLICE_FORCE);
            }

            @Override
            public boolean isProbationRegion(String code) {
                return isOfType(code, AgencyType.PROBATION_REGION);
            }

            @Override
            public boolean isPrison(String code) {
                return isOfType(code, AgencyType.PRISON);
            }

            @Override
            public boolean isKnownOffence(String code) {
                return offences.byCode(code).isPresent();
            }

            @Override
            public boolean canManageOffendersFor(String username, String agencyCode) {
                return managers.computeIfAbsent(username + "\n" + agencyCode, k -> users.find(username)
                        .filter(u -> u.agencyCode().equals(agencyCode))
                        .filter(u -> u.roles().contains(Role.OFFENDER_MANAGER) || u.roles().contains(Role.SUPERVISOR))
                        .isPresent());
            }
        };
    }

    private boolean isOfType(String code, AgencyType type) {
        return agencies.byCode(code).map(a -> a.type() == type).orElse(false);
    }

    private Agency agency(String code) {
        return agencies.byCode(code).orElseThrow(() -> new IllegalStateException("Unknown agency " + code));
    }

    private StaleVersionException staleNow(OffenderId id) {
        OffenderRecord now = records.find(id).orElseThrow(() -> missing(id));
        return new StaleVersionException(now.version(), now.updatedBy(), now.updatedAt());
    }

    private static ConflictException pncTaken(OffenderId holder) {
        return new ConflictException("identifiers.pncId", "is already on the record of offender " + holder);
    }

    /** Not found, or gone if the record was erased: its id then says when and why, and nothing else. */
    private RuntimeException missing(OffenderId id) {
        return records.erasure(id)
                .<RuntimeException>map(e -> new GoneException("The record " + id.value() + " was erased on "
                        + LocalDate.ofInstant(e.erasedAt(), LEGAL_ZONE) + ": " + e.reason().description()))
                .orElseGet(() -> new NotFoundException("No offender has the id " + id));
    }
}
