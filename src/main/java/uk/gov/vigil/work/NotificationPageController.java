package uk.gov.vigil.work;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.application.ComplianceService.RecordedNotification;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.ComplianceView;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.Notification;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.ObligationKind;
import uk.gov.vigil.compliance.domain.Verification;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.web.DateInput;

/**
 * Recording an initial or periodic notification made at a police station: the form pre-fills the kind that is
 * due, today's date and the station last used, and the confirmation shows when the next one is due. Changes of details, travel and
 * household notifications are recorded through the API for now.
 */
@Controller
class NotificationPageController {

    static final List<NotificationType> TYPES = List.of(NotificationType.PERIODIC, NotificationType.INITIAL);

    /** Where each service field's error is shown on the form. */
    private static final Map<String, String> FIELD_IDS = Map.of("type", "type", "receivedAt", "received-day",
            "policeStation", "policeStation");

    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final Clock clock;

    NotificationPageController(OffenderService offenders, ComplianceService compliance, Clock clock) {
        this.offenders = offenders;
        this.compliance = compliance;
        this.clock = clock;
    }

    @GetMapping("/offenders/{id}/notifications/new")
    String form(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = offenders.recordUserMayChange(new OffenderId(id), user,
                "Only the agencies responsible for this offender can record their notifications");
        ComplianceView view = compliance.view(id, user);
        List<Notification> history = view.notifications();
        LocalDate today = LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
        boolean initialDue = view.current().map(o -> o.kind() == ObligationKind.INITIAL).orElse(history.isEmpty());
        model.addAttribute("type", initialDue ? NotificationType.INITIAL : NotificationType.PERIODIC);
        model.addAttribute("day", String.valueOf(today.getDayOfMonth()));
        model.addAttribute("month", String.valueOf(today.getMonthValue()));
        model.addAttribute("year", String.valueOf(today.getYear()));
        model.addAttribute("time", LocalTime.now(clock.withZone(EnglandAndWales.ZONE)).withSecond(0).withNano(0)
                .toString());
        model.addAttribute("policeStation", history.isEmpty() ? "" : history.get(history.size() - 1).policeStation());
        return show(record, user, model);
    }

    @PostMapping("/offenders/{id}/notifications")
    String record(@PathVariable UUID id, @RequestParam(required = false) NotificationType type,
            @RequestParam(name = "received-day", required = false) String day,
            @RequestParam(name = "received-month", required = false) String month,
            @RequestParam(name = "received-year", required = false) String year,
            @RequestParam(required = false) String time, @RequestParam(required = false) String policeStation,
            @RequestParam(required = false) boolean documentsSeen,
            @RequestParam(required = false) boolean photographTaken,
            @RequestParam(required = false) boolean fingerprintsTaken, VigilUser user, Model model) {
        OffenderRecord record = offenders.recordUserMayChange(new OffenderId(id), user,
                "Only the agencies responsible for this offender can record their notifications");
        List<FieldViolation> errors = new ArrayList<>();
        Instant receivedAt = null;
        try {
            LocalDate received = DateInput.parse(day, month, year).orElse(null);
            receivedAt = received == null ? null
                    : received.atTime(LocalTime.parse(time.strip())).atZone(EnglandAndWales.ZONE).toInstant();
        } catch (NullPointerException | DateTimeException e) {
            receivedAt = null;
        }
        if (receivedAt == null) {
            errors.add(new FieldViolation("received-day", "Enter the date and time the offender came to the"
                    + " station, for example 28 11 2026 and 10:15"));
        }
        if (type == null || !TYPES.contains(type)) {
            errors.add(new FieldViolation("type", "Select the kind of notification"));
        }
        if (errors.isEmpty()) {
            try {
                RecordedNotification recorded = compliance.recordNotification(id, new NotificationInput(type,
                        receivedAt, policeStation, null, null,
                        new Verification(documentsSeen, photographTaken, fingerprintsTaken)), user);
                model.addAttribute("recorded", recorded);
                model.addAttribute("details", record.details());
                model.addAttribute("offenderId", id);
                return "notification-recorded";
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(new FieldViolation(
                        FIELD_IDS.getOrDefault(v.field(), "type"), sentence(v))));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("type", type);
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        model.addAttribute("time", time);
        model.addAttribute("policeStation", policeStation);
        model.addAttribute("documentsSeen", documentsSeen);
        model.addAttribute("photographTaken", photographTaken);
        model.addAttribute("fingerprintsTaken", fingerprintsTaken);
        return show(record, user, model);
    }

    private String show(OffenderRecord record, VigilUser user, Model model) {
        model.addAttribute("details", record.details());
        model.addAttribute("offenderId", record.id().value());
        model.addAttribute("types", TYPES);
        return "notification-form";
    }

    /** The service's message as a sentence that names the field, for the error summary. */
    private static String sentence(FieldViolation v) {
        String field = switch (v.field()) {
            case "policeStation" -> "Police station";
            case "receivedAt" -> "Date and time";
            default -> "Notification";
        };
        return field + " " + v.message();
    }
}
