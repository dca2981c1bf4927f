package uk.gov.vigil.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.risk.application.RiskInputs;
import uk.gov.vigil.risk.application.RiskService;
import uk.gov.vigil.risk.application.RiskService.RiskView;
import uk.gov.vigil.risk.domain.ActionStatus;
import uk.gov.vigil.risk.domain.MappaArrangement;
import uk.gov.vigil.risk.domain.MappaCategory;
import uk.gov.vigil.risk.domain.MappaLevel;
import uk.gov.vigil.risk.domain.MappaMeeting;
import uk.gov.vigil.risk.domain.RiskAction;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.RiskTool;
import uk.gov.vigil.risk.domain.VisitOutcome;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.StaleVersionException;
import uk.gov.vigil.shared.web.PreconditionRequiredException;

/**
 * Recording risk management in pages: assessments, home visits, the MAPPA arrangement (with the version the user
 * saw), MAPPA meetings with their actions, plan actions, reactive management, and moving an action on. Every form
 * goes back to the record with a success banner; bad input shows the form again with each problem at its field.
 * The services check access and permission; the forms check them first so that nobody sees a form they cannot use.
 */
@Controller
class RiskPageController {

    static final int ATTENDEE_ROWS = 6;
    static final int ACTION_ROWS = 3;

    private static final java.util.regex.Pattern ROW_FIELD = java.util.regex.Pattern
            .compile("(attendees|actions)\\[(\\d+)\\](?:\\.(\\w+))?");

    private static final String REFUSAL = "Risk management is recorded only by the agencies responsible for the"
            + " offender";

    private static final Map<String, String[]> ASSESSMENT_FIELDS = Map.of(
            "tool", new String[] {"tool", "Tool"},
            "toolName", new String[] {"toolName", "Name of the tool"},
            "assessedOn", new String[] {"assessedOn-day", "Date of the assessment"},
            "assessor", new String[] {"assessor", "Assessor"},
            "score", new String[] {"score", "Score"},
            "level", new String[] {"level", "Risk level"},
            "nextReviewOn", new String[] {"nextReviewOn-day", "Review date"},
            "notes", new String[] {"notes", "Notes"});

    private static final Map<String, String[]> VISIT_FIELDS = Map.of(
            "visitedOn", new String[] {"visitedOn-day", "Date of the visit"},
            "officers", new String[] {"officers", "Officers"},
            "announced", new String[] {"announced", "Whether the visit was announced"},
            "outcome", new String[] {"outcome", "Outcome"},
            "concerns", new String[] {"concerns", "Concerns"});

    private static final Map<String, String[]> ARRANGEMENT_FIELDS = Map.of(
            "category", new String[] {"category", "Category"},
            "level", new String[] {"level", "Level"},
            "leadAgency", new String[] {"leadAgency", "Lead agency"},
            "since", new String[] {"since-day", "Date"});

    private static final Map<String, String[]> ACTION_FIELDS = Map.of(
            "description", new String[] {"description", "Action"},
            "owner", new String[] {"owner", "Owner"},
            "ownerAgency", new String[] {"ownerAgency", "Owner's agency"},
            "ownerUsername", new String[] {"ownerUsername", "Owner's Vigil username"},
            "dueOn", new String[] {"dueOn-day", "Due date"});

    private final RiskService risk;
    private final OffenderService offenders;
    private final Agencies agencies;
    private final Clock clock;

    RiskPageController(RiskService risk, OffenderService offenders, Agencies agencies, Clock clock) {
        this.risk = risk;
        this.offenders = offenders;
        this.agencies = agencies;
        this.clock = clock;
    }

    // Risk assessment

    @GetMapping("/offenders/{id}/risk-assessments/new")
    String assessmentForm(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = allowed(id, user, Permission.RISK_WRITE);
        Map<String, String> form = new HashMap<>();
        RiskForms.putDate(form, "assessedOn", today());
        return assessment(record, form, List.of(), model);
    }

    @PostMapping("/offenders/{id}/risk-assessments")
    String recordAssessment(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user,
            Model model, RedirectAttributes redirect) {
        OffenderRecord record = allowed(id, user, Permission.RISK_WRITE);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate assessedOn = RiskForms.date(form, "assessedOn", "Date of the assessment", errors);
        LocalDate nextReviewOn = RiskForms.date(form, "nextReviewOn", "Review date", errors);
        if (errors.isEmpty()) {
            try {
                risk.recordAssessment(id, new RiskInputs.Assessment(FormValues.choice(form.get("tool"), RiskTool.class),
                        form.get("toolName"), assessedOn, form.get("assessor"), form.get("score"),
                        FormValues.choice(form.get("level"), RiskLevel.class), nextReviewOn, form.get("notes")), user);
                return done(id, "Risk assessment recorded. The visit schedule and priority now follow it.", redirect);
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(RiskForms.onPage(v, ASSESSMENT_FIELDS, "tool")));
            }
        }
        return assessment(record, form, errors, model);
    }

    private String assessment(OffenderRecord record, Map<String, String> form, List<FieldViolation> errors,
            Model model) {
        offender(record, model);
        RiskForms.show(model, form, errors);
        model.addAttribute("tools", RiskTool.values());
        model.addAttribute("levels", RiskLevel.values());
        return "risk-assessment-form";
    }

    // Home visit

    @GetMapping("/offenders/{id}/home-visits/new")
    String visitForm(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = allowed(id, user, Permission.RISK_WRITE);
        Map<String, String> form = new HashMap<>();
        RiskForms.putDate(form, "visitedOn", today());
        return visit(record, form, List.of(), model);
    }

    @PostMapping("/offenders/{id}/home-visits")
    String recordVisit(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = allowed(id, user, Permission.RISK_WRITE);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate visitedOn = RiskForms.date(form, "visitedOn", "Date of the visit", errors);
        if (errors.isEmpty()) {
            try {
                String officers = form.get("officers");
                Boolean announced = "yes".equals(form.get("announced")) ? Boolean.TRUE
                        : "no".equals(form.get("announced")) ? Boolean.FALSE : null;
                risk.recordVisit(id, new RiskInputs.Visit(visitedOn,
                        officers == null ? List.of() : Arrays.asList(officers.split("\\R")), announced,
                        FormValues.choice(form.get("outcome"), VisitOutcome.class), form.get("concerns"),
                        RiskForms.checked(form, "photographsTaken")), user);
                return done(id, "Home visit recorded.", redirect);
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(RiskForms.onPage(v, VISIT_FIELDS, "visitedOn-day")));
            }
        }
        return visit(record, form, errors, model);
    }

    private String visit(OffenderRecord record, Map<String, String> form, List<FieldViolation> errors, Model model) {
        offender(record, model);
        RiskForms.show(model, form, errors);
        model.addAttribute("outcomes", VisitOutcome.values());
        return "home-visit-form";
    }

    // MAPPA arrangement

    @GetMapping("/offenders/{id}/mappa")
    String arrangementForm(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = allowed(id, user, Permission.MAPPA_WRITE);
        MappaArrangement current = risk.view(id, user).mappa().orElse(null);
        return arrangement(record, formOf(current), List.of(), model);
    }

    @PostMapping("/offenders/{id}/mappa")
    String setArrangement(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = allowed(id, user, Permission.MAPPA_WRITE);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate since = RiskForms.date(form, "since", "Date", errors);
        Long version = version(form.get("version"));
        if (errors.isEmpty()) {
            try {
                risk.setArrangement(id, version, new RiskInputs.Arrangement(
                        FormValues.choice(form.get("category"), MappaCategory.class),
                        FormValues.choice(form.get("level"), MappaLevel.class),
                        FormValues.blankToNull(form.get("leadAgency")), since), user);
                return done(id, "MAPPA arrangement saved.", redirect);
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(RiskForms.onPage(v, ARRANGEMENT_FIELDS, "category")));
            } catch (StaleVersionException | PreconditionRequiredException changed) {
                MappaArrangement now = risk.view(id, user).mappa().orElse(null);
                errors.add(new FieldViolation("category", (now == null ? "Someone" : now.updatedBy())
                        + " changed the MAPPA arrangement" + (now == null ? "" : " at " + RiskForms.when(now.updatedAt()))
                        + " after you opened this page, so your changes were not saved. The form now shows the"
                        + " arrangement as it is: make your changes again"));
                return arrangement(record, formOf(now), errors, model);
            }
        }
        return arrangement(record, form, errors, model);
    }

    private String arrangement(OffenderRecord record, Map<String, String> form, List<FieldViolation> errors,
            Model model) {
        offender(record, model);
        RiskForms.show(model, form, errors);
        model.addAttribute("categories", MappaCategory.values());
        model.addAttribute("mappaLevels", MappaLevel.values());
        model.addAttribute("agencies", agencies.all());
        return "mappa-form";
    }

    /** The form filled from the arrangement as it is, with its version; empty with no version when there is none. */
    private static Map<String, String> formOf(MappaArrangement a) {
        Map<String, String> form = new HashMap<>();
        if (a != null) {
            form.put("version", String.valueOf(a.version()));
            form.put("category", a.category().name());
            form.put("level", a.level().name());
            form.put("leadAgency", a.leadAgency());
            RiskForms.putDate(form, "since", a.since());
        }
        return form;
    }

    // MAPPA meeting

    @GetMapping("/offenders/{id}/mappa-meetings/new")
    String meetingForm(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = allowed(id, user, Permission.MAPPA_WRITE);
        Map<String, String> form = new HashMap<>();
        RiskForms.putDate(form, "heldOn", today());
        risk.view(id, user).mappa().ifPresent(m -> form.put("level", m.level().name()));
        return meeting(record, form, List.of(), model);
    }

    @PostMapping("/offenders/{id}/mappa-meetings")
    String recordMeeting(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = allowed(id, user, Permission.MAPPA_WRITE);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate heldOn = RiskForms.date(form, "heldOn", "Date of the meeting", errors);
        // Blank rows are left out; each kept row remembers its row on the page, for placing errors.
        List<MappaMeeting.Attendee> attendees = new ArrayList<>();
        List<Integer> attendeeRows = new ArrayList<>();
        for (int row = 0; row < ATTENDEE_ROWS; row++) {
            String agency = FormValues.blankToNull(form.get("attendee-" + row + "-agency"));
            String name = FormValues.blankToNull(form.get("attendee-" + row + "-name"));
            if (agency != null || name != null) {
                attendees.add(new MappaMeeting.Attendee(agency, name));
                attendeeRows.add(row);
            }
        }
        List<RiskInputs.Action> actions = new ArrayList<>();
        List<Integer> actionRows = new ArrayList<>();
        for (int row = 0; row < ACTION_ROWS; row++) {
            String p = "action-" + row + "-";
            boolean given = FormValues.filled(form, p + "description") || FormValues.filled(form, p + "owner")
                    || FormValues.filled(form, p + "ownerAgency") || FormValues.filled(form, p + "ownerUsername")
                    || FormValues.filled(form, p + "dueOn-day") || FormValues.filled(form, p + "dueOn-month")
                    || FormValues.filled(form, p + "dueOn-year");
            if (given) {
                LocalDate due = RiskForms.date(form, p + "dueOn", "Action " + (row + 1) + " due date", errors);
                actions.add(new RiskInputs.Action(form.get(p + "description"), form.get(p + "owner"),
                        FormValues.blankToNull(form.get(p + "ownerAgency")), form.get(p + "ownerUsername"), due));
                actionRows.add(row);
            }
        }
        if (errors.isEmpty()) {
            try {
                risk.recordMeeting(id, new RiskInputs.Meeting(heldOn,
                        FormValues.choice(form.get("level"), MappaLevel.class), attendees, form.get("minutes"),
                        actions), user);
                return done(id, "MAPPA meeting recorded" + (actions.isEmpty() ? "." : " with "
                        + actions.size() + (actions.size() == 1 ? " action." : " actions.")), redirect);
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(meetingError(v, attendeeRows, actionRows)));
            } catch (ConflictException refused) {
                errors.add(new FieldViolation("heldOn-day", refused.getMessage()));
            }
        }
        return meeting(record, form, errors, model);
    }

    /** attendees[1].name, say, is the name box of the row the second attendee was typed in. */
    private static FieldViolation meetingError(FieldViolation v, List<Integer> attendeeRows, List<Integer> actionRows) {
        String f = v.field();
        java.util.regex.Matcher m = ROW_FIELD.matcher(f);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(2));
            String part = m.group(3);
            if (m.group(1).equals("attendees")) {
                int row = attendeeRows.get(index);
                String box = "agencyCode".equals(part) ? "agency" : "name";
                return new FieldViolation("attendee-" + row + "-" + box, "Attendee " + (row + 1) + " "
                        + ("agencyCode".equals(part) ? "agency " : "name ") + v.message());
            }
            int row = actionRows.get(index);
            String[] field = ACTION_FIELDS.getOrDefault(part, new String[] {"description", "Action"});
            return new FieldViolation("action-" + row + "-" + field[0], "Action " + (row + 1) + ": "
                    + field[1].toLowerCase(java.util.Locale.ROOT) + " " + v.message());
        }
        return switch (f) {
            case "heldOn" -> new FieldViolation("heldOn-day", "Date of the meeting " + v.message());
            case "level" -> new FieldViolation("level", "Level " + v.message());
            case "attendees" -> new FieldViolation("attendee-0-agency", "Attendees " + v.message());
            case "minutes" -> new FieldViolation("minutes", "Minutes " + v.message());
            default -> new FieldViolation("heldOn-day", v.message());
        };
    }

    private String meeting(OffenderRecord record, Map<String, String> form, List<FieldViolation> errors, Model model) {
        offender(record, model);
        RiskForms.show(model, form, errors);
        model.addAttribute("mappaLevels", List.of(MappaLevel.LEVEL_2, MappaLevel.LEVEL_3));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("attendeeRows", rows(ATTENDEE_ROWS));
        model.addAttribute("actionRows", rows(ACTION_ROWS));
        return "mappa-meeting-form";
    }

    // Plan action

    @GetMapping("/offenders/{id}/risk-actions/new")
    String actionForm(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = allowedToAddActions(id, user);
        Map<String, String> form = new HashMap<>();
        form.put("ownerAgency", user.agencyCode());
        return action(record, form, List.of(), model);
    }

    @PostMapping("/offenders/{id}/risk-actions")
    String addAction(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = allowedToAddActions(id, user);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate due = RiskForms.date(form, "dueOn", "Due date", errors);
        if (errors.isEmpty()) {
            try {
                risk.addPlanAction(id, new RiskInputs.Action(form.get("description"), form.get("owner"),
                        FormValues.blankToNull(form.get("ownerAgency")), form.get("ownerUsername"), due), user);
                return done(id, "Action added to the risk management plan.", redirect);
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(RiskForms.onPage(v, ACTION_FIELDS, "description")));
            }
        }
        return action(record, form, errors, model);
    }

    private String action(OffenderRecord record, Map<String, String> form, List<FieldViolation> errors, Model model) {
        offender(record, model);
        RiskForms.show(model, form, errors);
        model.addAttribute("agencies", agencies.all());
        return "risk-action-form";
    }

    /** Marks an action done or cancelled, or opens it again, with the version the user saw. */
    @PostMapping("/risk-actions/{actionId}/status")
    String changeAction(@PathVariable UUID actionId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String version, @RequestParam UUID offender, VigilUser user,
            RedirectAttributes redirect) {
        try {
            Long expected = version(version);
            RiskAction changed = risk.changeActionStatus(actionId, expected == null ? -1 : expected,
                    FormValues.choice(status, ActionStatus.class), user);
            return done(changed.offenderId(), "Action marked " + changed.status().name().toLowerCase(
                    java.util.Locale.ROOT) + ".", redirect);
        } catch (StaleVersionException stale) {
            redirect.addFlashAttribute("riskErrors", List.of(new FieldViolation("risk-actions", stale.changedBy()
                    + " changed the action at " + RiskForms.when(stale.changedAt()) + " after you opened this page,"
                    + " so it was not changed. Check the action below and try again")));
        } catch (ConflictException | InvalidInputException refused) {
            redirect.addFlashAttribute("riskErrors", List.of(new FieldViolation("risk-actions",
                    refused instanceof InvalidInputException invalid ? invalid.violations().get(0).message()
                            : refused.getMessage())));
        }
        return "redirect:/offenders/" + offender + "#risk";
    }

    // Reactive management

    @GetMapping("/offenders/{id}/reactive-management")
    String reactiveForm(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = allowed(id, user, Permission.REACTIVE_APPROVE);
        return reactive(record, risk.view(id, user), new HashMap<>(), List.of(), model);
    }

    @PostMapping("/offenders/{id}/reactive-management")
    String startReactive(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = allowed(id, user, Permission.REACTIVE_APPROVE);
        List<FieldViolation> errors = new ArrayList<>();
        try {
            risk.startReactive(id, new RiskInputs.Reactive(form.get("reason")), user);
            return done(id, "Reactive management started: no routine home visits until it ends.", redirect);
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> errors.add(new FieldViolation("reason", "Reason " + v.message())));
        } catch (ConflictException refused) {
            // Refused because things changed since the form was shown: point at what the page now shows instead.
            RiskView now = risk.view(id, user);
            errors.add(new FieldViolation(now.reactive().isPresent() ? "reactive-since" : "not-eligible",
                    refused.getMessage()));
            return reactive(record, now, form, errors, model);
        }
        return reactive(record, risk.view(id, user), form, errors, model);
    }

    @PostMapping("/offenders/{id}/reactive-management/end")
    String endReactive(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = allowed(id, user, Permission.REACTIVE_APPROVE);
        List<FieldViolation> errors = new ArrayList<>();
        try {
            risk.endReactive(id, new RiskInputs.Reactive(form.get("endReason")), user);
            return done(id, "Reactive management ended: routine home visits resume.", redirect);
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> errors.add(new FieldViolation("endReason", "Reason " + v.message())));
        } catch (ConflictException refused) {
            errors.add(new FieldViolation("endReason", refused.getMessage()));
        }
        return reactive(record, risk.view(id, user), form, errors, model);
    }

    private String reactive(OffenderRecord record, RiskView view, Map<String, String> form,
            List<FieldViolation> errors, Model model) {
        offender(record, model);
        RiskForms.show(model, form, errors);
        model.addAttribute("reactive", view.reactive().orElse(null));
        model.addAttribute("eligibility", view.reactiveEligibility());
        return "reactive-form";
    }

    // Shared

    /** The record, if the user may see it in full and holds the permission the form needs; 403 otherwise. */
    private OffenderRecord allowed(UUID id, VigilUser user, Permission permission) {
        if (!user.can(permission)) {
            throw new AccessDeniedException("Your role does not allow you to do this");
        }
        return offenders.recordUserIsResponsibleFor(new OffenderId(id), user, REFUSAL);
    }

    private OffenderRecord allowedToAddActions(UUID id, VigilUser user) {
        if (!user.can(Permission.RISK_WRITE) && !user.can(Permission.MAPPA_WRITE)) {
            throw new AccessDeniedException("Your role does not allow you to add risk management plan actions");
        }
        return offenders.recordUserIsResponsibleFor(new OffenderId(id), user, REFUSAL);
    }

    private static void offender(OffenderRecord record, Model model) {
        model.addAttribute("details", record.details());
        model.addAttribute("offenderId", record.id().value());
    }

    private static String done(UUID offenderId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("riskDone", message);
        return "redirect:/offenders/" + offenderId + "#risk";
    }

    /** The version the form was filled from; null when the form had none (nothing existed yet). */
    private static Long version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "is not a version: open the page again and retry");
        }
    }

    private static List<Integer> rows(int n) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(i);
        }
        return rows;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
    }
}
