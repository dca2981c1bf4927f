package uk.gov.vigil.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.agency.AgencyType;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Sex;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.StaleVersionException;
import uk.gov.vigil.shared.web.DateInput;

/**
 * Changing an offender's personal details, status and management, or adding an alias. The form carries the
 * version it was filled from; if someone saved the record since, nothing is stored and the page says who and when,
 * showing the record as it now is.
 */
@Controller
class EditRecordPageController {

    private static final String REFUSAL = "Only the agencies responsible for this offender can change the record";

    private final OffenderService offenders;
    private final UserDirectory users;
    private final Agencies agencies;

    EditRecordPageController(OffenderService offenders, UserDirectory users, Agencies agencies) {
        this.offenders = offenders;
        this.users = users;
        this.agencies = agencies;
    }

    @GetMapping("/offenders/{id}/edit")
    String form(@PathVariable UUID id, VigilUser user, Model model) {
        OffenderRecord record = offenders.recordUserMayChange(new OffenderId(id), user, REFUSAL);
        return show(record, formOf(record.details()), List.of(), user, model);
    }

    @PostMapping("/offenders/{id}/edit")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, VigilUser user, Model model,
            RedirectAttributes redirect) {
        OffenderRecord record = offenders.recordUserMayChange(new OffenderId(id), user, REFUSAL);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate dob = DateInput.parse(form.get("dob-day"), form.get("dob-month"), form.get("dob-year")).orElse(null);
        if (dob == null && DateInput.given(form.get("dob-day"), form.get("dob-month"), form.get("dob-year"))) {
            errors.add(new FieldViolation("dob-day", "Date of birth must be a real date, like 17 5 1980"));
        }
        long version = parseVersion(form.get("version"));
        if (errors.isEmpty()) {
            try {
                offenders.update(record.id(), version, changed(record.details(), form, dob), user);
                redirect.addFlashAttribute("changed", true);
                return "redirect:/offenders/" + id;
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(onPage(v)));
            } catch (ConflictException refused) {
                errors.add(onPage(new FieldViolation(refused.field() == null ? "status" : refused.field(),
                        refused.getMessage())));
            } catch (StaleVersionException stale) {
                OffenderRecord now = offenders.recordUserMayChange(record.id(), user, REFUSAL);
                errors.add(new FieldViolation("givenNames", stale.changedBy() + " changed this record at "
                        + DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy").format(
                                stale.changedAt().atZone(EnglandAndWales.ZONE))
                        + " after you opened this page, so your changes were not saved. The form now shows the"
                        + " record as it is: make your changes again"));
                return show(now, formOf(now.details()), errors, user, model);
            }
        }
        return show(record, form, errors, user, model);
    }

    private String show(OffenderRecord record, Map<String, String> form, List<FieldViolation> errors,
            VigilUser user, Model model) {
        Map<String, String> values = new HashMap<>(form);
        values.put("version", String.valueOf(record.version()));
        model.addAttribute("details", record.details());
        model.addAttribute("offenderId", record.id().value());
        model.addAttribute("form", values);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        Map<String, String> errorFields = new HashMap<>();
        errors.forEach(e -> errorFields.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorFields", errorFields);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("statuses", java.util.Arrays.stream(RecordStatus.values())
                .filter(st -> st != RecordStatus.MERGED).toList());
        model.addAttribute("managers", users.usersOf(record.details().management().managingAgency(),
                Set.of(Role.OFFENDER_MANAGER, Role.SUPERVISOR)));
        model.addAttribute("probationRegions", agencies.all().stream()
                .filter(a -> a.type() == AgencyType.PROBATION_REGION).toList());
        return "offender-edit";
    }

    /** The form filled from the record as it is. */
    private static Map<String, String> formOf(OffenderDetails d) {
        Map<String, String> form = new HashMap<>();
        form.put("givenNames", d.name().givenNames());
        form.put("familyName", d.name().familyName());
        form.put("dob-day", String.valueOf(d.dateOfBirth().getDayOfMonth()));
        form.put("dob-month", String.valueOf(d.dateOfBirth().getMonthValue()));
        form.put("dob-year", String.valueOf(d.dateOfBirth().getYear()));
        form.put("sex", d.sex() == null ? null : d.sex().name());
        form.put("nationality", d.nationality());
        form.put("status", d.status().name());
        form.put("offenderManager", d.management().offenderManager());
        form.put("probationAgency", d.management().probationAgency());
        return form;
    }

    /** The record with the form's answers in place of the parts the form covers; everything else is kept. */
    private static OffenderDetails changed(OffenderDetails d, Map<String, String> form, LocalDate dob) {
        List<PersonName> aliases = new ArrayList<>(d.aliases());
        if (FormValues.filled(form, "aliasGivenNames") || FormValues.filled(form, "aliasFamilyName")) {
            aliases.add(new PersonName(form.get("aliasGivenNames"), form.get("aliasFamilyName")));
        }
        Management m = d.management();
        return new OffenderDetails(new PersonName(form.get("givenNames"), form.get("familyName")), aliases, dob,
                d.aliasDatesOfBirth(), FormValues.choice(form.get("sex"), Sex.class), FormValues.blankToNull(form.get("nationality")),
                d.description(), d.distinguishingMarks(), d.identifiers(), d.convictions(), d.addresses(),
                new Management(m.managingAgency(), FormValues.blankToNull(form.get("offenderManager")),
                        FormValues.blankToNull(form.get("probationAgency")), m.prisonAgency()),
                FormValues.choice(form.get("status"), RecordStatus.class));
    }

    private static FieldViolation onPage(FieldViolation v) {
        if (v.field().startsWith("aliases[")) {
            String part = v.field().endsWith(".familyName") ? "aliasFamilyName" : "aliasGivenNames";
            return new FieldViolation(part, "Alias " + v.message());
        }
        return RegisterPageController.onPage(v);
    }

    private static long parseVersion(String version) {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("version", "is missing: open the record and try again");
        }
    }
}
