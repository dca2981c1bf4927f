package uk.gov.vigil.work;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import uk.gov.vigil.compliance.domain.NotifiedChanges;
import uk.gov.vigil.compliance.domain.ObligationKind;
import uk.gov.vigil.compliance.domain.Verification;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.web.DateInput;

/**
 * Recording a notification made at a police station, in two steps: which kind it is (the one due is chosen
 * already), then a form with the fields that kind needs, pre-filled with today, the station last used and what the
 * record already holds. The confirmation shows when the next notification is due.
 */
@Controller
class NotificationPageController {

    static final List<NotificationType> TYPES = List.of(NotificationType.PERIODIC, NotificationType.INITIAL,
            NotificationType.CHANGE, NotificationType.TRAVEL, NotificationType.TRAVEL_CHANGE,
            NotificationType.HOUSEHOLD_WITH_CHILD);

    private static final String REFUSAL = "Only the agencies responsible for this offender can record their"
            + " notifications";

    /** Where each service field's error is shown on the form, and the words that name it. */
    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("type", new String[] {"received-day", "Notification"}),
            Map.entry("receivedAt", new String[] {"received-day", "Date and time"}),
            Map.entry("policeStation", new String[] {"policeStation", "Police station"}),
            Map.entry("eventDate", new String[] {"event-day", "Date"}),
            Map.entry("changes", new String[] {"newGivenNames", "The change"}),
            Map.entry("changes.newName", new String[] {"newGivenNames", "New name"}),
            Map.entry("changes.newName.givenNames", new String[] {"newGivenNames", "New given names"}),
            Map.entry("changes.newName.familyName", new String[] {"newFamilyName", "New family name"}),
            Map.entry("changes.newAddress.type", new String[] {"newAddressType", "New address"}),
            Map.entry("changes.newAddress.line1", new String[] {"newLine1", "New address line 1"}),
            Map.entry("changes.newAddress.town", new String[] {"newTown", "New address town"}),
            Map.entry("changes.newAddress.postcode", new String[] {"newPostcode", "New address postcode"}),
            Map.entry("changes.newAddress.placeDescription", new String[] {"newPlace", "Where they can be found"}),
            Map.entry("changes.newAddress.from", new String[] {"event-day", "Date of the change"}),
            Map.entry("changes.travel", new String[] {"destinationCountry", "Travel"}),
            Map.entry("changes.travel.destinationCountry", new String[] {"destinationCountry", "Destination"}),
            Map.entry("changes.travel.departureDate", new String[] {"event-day", "Departure date"}),
            Map.entry("changes.travel.returnDate", new String[] {"return-day", "Return date"}),
            Map.entry("changes.household", new String[] {"householdAddress", "Household"}),
            Map.entry("changes.household.address", new String[] {"householdAddress", "Household address"}),
            Map.entry("changes.household.intendedPeriod", new String[] {"intendedPeriod", "Intended stay"}));

    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final Clock clock;
    private final NotificationWords words;

    NotificationPageController(OffenderService offenders, ComplianceService compliance, Clock clock,
            NotificationWords words) {
        this.offenders = offenders;
        this.compliance = compliance;
        this.clock = clock;
        this.words = words;
    }

    /** Without a type, asks which kind of notification it is; with one, shows that kind's form. */
    @GetMapping("/offenders/{id}/notifications/new")
    String form(@PathVariable UUID id, @RequestParam(required = false) String type, VigilUser user, Model model) {
        OffenderRecord record = offenders.recordUserMayChange(new OffenderId(id), user, REFUSAL);
        ComplianceView view = compliance.view(id, user);
        List<Notification> history = view.notifications();
        NotificationType chosen = type(type);
        if (chosen == null) {
            boolean initialDue = view.current().map(o -> o.kind() == ObligationKind.INITIAL)
                    .orElse(history.isEmpty());
            model.addAttribute("type", initialDue ? NotificationType.INITIAL : NotificationType.PERIODIC);
            if (type != null) {
                model.addAttribute("errors", List.of(new FieldViolation("type", "Select the kind of notification")));
            }
            model.addAttribute("details", record.details());
            model.addAttribute("offenderId", id);
            model.addAttribute("types", TYPES);
            model.addAttribute("words", words);
            return "notification-type";
        }
        ZonedNow now = new ZonedNow(clock);
        Map<String, String> form = new HashMap<>();
        form.put("received-day", String.valueOf(now.date.getDayOfMonth()));
        form.put("received-month", String.valueOf(now.date.getMonthValue()));
        form.put("received-year", String.valueOf(now.date.getYear()));
        form.put("time", now.time.toString());
        form.put("policeStation", history.isEmpty() ? "" : history.get(history.size() - 1).policeStation());
        return show(record, chosen, form, List.of(), model);
    }

    @PostMapping("/offenders/{id}/notifications")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model) {
        OffenderRecord record = offenders.recordUserMayChange(new OffenderId(id), user, REFUSAL);
        NotificationType type = type(form.get("type"));
        if (type == null) {
            return "redirect:/offenders/" + id + "/notifications/new?type=";
        }
        List<FieldViolation> errors = new ArrayList<>();
        Instant receivedAt = receivedAt(form);
        if (receivedAt == null) {
            errors.add(new FieldViolation("received-day", "Enter the date and time the offender came to the"
                    + " station, for example 28 11 2026 and 10:15"));
        }
        LocalDate eventDate = date(form, "event", errors, "Enter a real date, for example 28 11 2026");
        LocalDate returnDate = date(form, "return", errors, "Return date must be a real date, for example 5 12 2026");
        if (errors.isEmpty()) {
            try {
                NotificationInput input = new NotificationInput(type, receivedAt, form.get("policeStation"),
                        eventDate, changes(type, form, eventDate, returnDate),
                        new Verification(checked(form, "documentsSeen"), checked(form, "photographTaken"),
                                checked(form, "fingerprintsTaken")));
                RecordedNotification recorded = compliance.recordNotification(id, input, user);
                model.addAttribute("recorded", recorded);
                model.addAttribute("details", record.details());
                model.addAttribute("offenderId", id);
                return "notification-recorded";
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(onPage(v)));
            }
        }
        return show(record, type, form, errors, model);
    }

    private String show(OffenderRecord record, NotificationType type, Map<String, String> form,
            List<FieldViolation> errors, Model model) {
        model.addAttribute("details", record.details());
        model.addAttribute("offenderId", record.id().value());
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("words", words);
        model.addAttribute("eventQuestion", words.eventQuestion(type));
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        Map<String, String> errorFields = new HashMap<>();
        errors.forEach(e -> errorFields.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorFields", errorFields);
        return "notification-form";
    }

    /** What the notification tells, from the fields its kind uses; the financial details go with every kind. */
    private static NotifiedChanges changes(NotificationType type, Map<String, String> form, LocalDate eventDate,
            LocalDate returnDate) {
        PersonName newName = null;
        Address newAddress = null;
        NotifiedChanges.Travel travel = null;
        NotifiedChanges.Household household = null;
        boolean released = false;
        switch (type) {
            case CHANGE -> {
                if (FormValues.filled(form, "newGivenNames") || FormValues.filled(form, "newFamilyName")) {
                    newName = new PersonName(form.get("newGivenNames"), form.get("newFamilyName"));
                }
                String addressType = form.get("newAddressType");
                if ("HOME".equals(addressType) || "NO_FIXED_ABODE".equals(addressType)) {
                    newAddress = new Address(AddressType.valueOf(addressType), form.get("newLine1"), null,
                            form.get("newTown"), FormValues.blankToNull(form.get("newPostcode")), form.get("newPlace"),
                            eventDate, null);
                }
                released = checked(form, "releasedFromDetention");
            }
            case TRAVEL, TRAVEL_CHANGE -> travel = new NotifiedChanges.Travel(
                    FormValues.blankToNull(form.get("destinationCountry")), eventDate, returnDate);
            case HOUSEHOLD_WITH_CHILD -> household = new NotifiedChanges.Household(form.get("householdAddress"),
                    form.get("intendedPeriod"));
            default -> {
            }
        }
        return new NotifiedChanges(newName, newAddress, released, travel, household, checked(form, "bankAccounts"),
                checked(form, "paymentCards"), checked(form, "identityDocuments"));
    }

    /** The service's message as a sentence that names the field, at the field it belongs to. */
    private static FieldViolation onPage(FieldViolation v) {
        String[] field = FIELDS.getOrDefault(v.field(), new String[] {"received-day", "Notification"});
        return new FieldViolation(field[0], field[1] + " " + v.message());
    }

    private static Instant receivedAt(Map<String, String> form) {
        try {
            LocalDate received = DateInput.parse(form.get("received-day"), form.get("received-month"),
                    form.get("received-year")).orElse(null);
            String time = form.get("time");
            return received == null || time == null ? null
                    : received.atTime(LocalTime.parse(time.strip())).atZone(EnglandAndWales.ZONE).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date typed in the three boxes named {@code prefix-day} and so on; null when they were left empty. */
    private static LocalDate date(Map<String, String> form, String prefix, List<FieldViolation> errors,
            String message) {
        String day = form.get(prefix + "-day");
        String month = form.get(prefix + "-month");
        String year = form.get(prefix + "-year");
        if (!DateInput.given(day, month, year)) {
            return null;
        }
        LocalDate date = DateInput.parse(day, month, year).orElse(null);
        if (date == null) {
            errors.add(new FieldViolation(prefix + "-day", message));
        }
        return date;
    }

    private static NotificationType type(String value) {
        return TYPES.stream().filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }

    private static boolean checked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }

    /** Today's date and the time to the minute, in England and Wales. */
    private record ZonedNow(LocalDate date, LocalTime time) {
        ZonedNow(Clock clock) {
            this(LocalDate.now(clock.withZone(EnglandAndWales.ZONE)),
                    LocalTime.now(clock.withZone(EnglandAndWales.ZONE)).withSecond(0).withNano(0));
        }
    }
}
