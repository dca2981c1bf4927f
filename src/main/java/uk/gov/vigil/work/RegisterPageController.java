package uk.gov.vigil.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.agency.AgencyType;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Sex;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.search.domain.BirthDateQuery;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.work.RegistrationDraft.Step;

/**
 * Registering a new offender, one question per page: the person, where they live, the conviction, and who
 * manages them. Each answer is checked by the offender record's own rules as it is given. The check-answers page
 * shows the notification period and first deadline the statutory rules give before anything is saved.
 */
@Controller
@RequestMapping("/register")
class RegisterPageController {

    /** Where each record field's error is shown, and the words that name it. */
    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("name", new String[] {"givenNames", "Name"}),
            Map.entry("name.givenNames", new String[] {"givenNames", "Given names"}),
            Map.entry("name.familyName", new String[] {"familyName", "Family name"}),
            Map.entry("dateOfBirth", new String[] {"dob-day", "Date of birth"}),
            Map.entry("sex", new String[] {"sex", "Sex"}),
            Map.entry("identifiers.pncId", new String[] {"pncId", "PNC ID"}),
            Map.entry("nationality", new String[] {"nationality", "Nationality"}),
            Map.entry("addresses[0]", new String[] {"addressType", "Address"}),
            Map.entry("addresses[0].type", new String[] {"addressType", "Where they live"}),
            Map.entry("addresses[0].line1", new String[] {"line1", "Address line 1"}),
            Map.entry("addresses[0].town", new String[] {"town", "Town or city"}),
            Map.entry("addresses[0].postcode", new String[] {"postcode", "Postcode"}),
            Map.entry("addresses[0].placeDescription", new String[] {"placeDescription", "Where they can be found"}),
            Map.entry("addresses[0].from", new String[] {"from-day", "Date they started living there"}),
            Map.entry("convictions", new String[] {"offenceCode", "Conviction"}),
            Map.entry("convictions[0].offenceCode", new String[] {"offenceCode", "Offence"}),
            Map.entry("convictions[0].date", new String[] {"convicted-day", "Date of conviction"}),
            Map.entry("convictions[0].court", new String[] {"court", "Court"}),
            Map.entry("convictions[0].disposal", new String[] {"disposal", "Sentence"}),
            Map.entry("convictions[0].termMonths", new String[] {"termMonths", "Term"}),
            Map.entry("status", new String[] {"status", "Where they are now"}),
            Map.entry("management.managingAgency", new String[] {"offenderManager", "Managing force"}),
            Map.entry("management.offenderManager", new String[] {"offenderManager", "Offender manager"}),
            Map.entry("management.probationAgency", new String[] {"probationAgency", "Probation region"}));

    /** How close an existing record must be to be offered as possibly the same person. */
    static final double DUPLICATE_SCORE = 0.8;

    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final OffenceCatalogue offences;
    private final Agencies agencies;
    private final UserDirectory users;
    private final SearchService search;

    RegisterPageController(OffenderService offenders, ComplianceService compliance, OffenceCatalogue offences,
            Agencies agencies, UserDirectory users, SearchService search) {
        this.search = search;
        this.offenders = offenders;
        this.compliance = compliance;
        this.offences = offences;
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping
    String start(VigilUser user, HttpSession session) {
        mayRegister(user);
        RegistrationDraft draft = new RegistrationDraft();
        draft.offenderManager = user.username();
        session.setAttribute(RegistrationDraft.SESSION_KEY, draft);
        return "redirect:/register/person";
    }

    @GetMapping("/{step:person|address|conviction|management}")
    String question(@PathVariable String step, VigilUser user, HttpSession session, Model model) {
        mayRegister(user);
        return show(step(step), draft(session), List.of(), user, model);
    }

    @PostMapping("/{step:person|address|conviction|management}")
    String answer(@PathVariable String step, @RequestParam Map<String, String> form, VigilUser user,
            HttpSession session, Model model) {
        mayRegister(user);
        Step question = step(step);
        RegistrationDraft draft = draft(session);
        take(question, form, draft);
        keep(session, draft);
        List<FieldViolation> errors = new ArrayList<>(draft.unreadable(question));
        if (question == Step.ADDRESS && draft.addressType == null) {
            errors.add(new FieldViolation("addressType", "Select where they live"));
        }
        if (question == Step.CONVICTION && draft.status == null) {
            errors.add(new FieldViolation("status", "Select where they are now"));
        }
        Set<String> shown = new java.util.HashSet<>(errors.stream().map(FieldViolation::field).toList());
        for (FieldViolation v : offenders.checkForRegistration(draft.toDetails(user), user)) {
            FieldViolation error = onPage(v);
            if (question.answers(v.field()) && shown.add(error.field())) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            return show(question, draft, errors, user, model);
        }
        return "redirect:/register/" + (draft.checking ? "check" : question.next().map(s -> s.path).orElse("check"));
    }

    @GetMapping("/check")
    String check(VigilUser user, HttpSession session, Model model) {
        mayRegister(user);
        RegistrationDraft draft = draft(session);
        draft.checking = true;
        keep(session, draft);
        OffenderDetails details = draft.toDetails(user);
        List<FieldViolation> errors = offenders.checkForRegistration(details, user).stream()
                .map(RegisterPageController::onPage).toList();
        model.addAttribute("possibleDuplicates", possibleDuplicates(details, user));
        return showCheck(draft, details, errors, model);
    }

    /** Records already on the register that may be this person, so that nobody is registered twice. */
    private List<SearchService.Result> possibleDuplicates(OffenderDetails details, VigilUser user) {
        if (details.name() == null || details.name().familyName() == null || details.dateOfBirth() == null) {
            return List.of();
        }
        return search.search(new SearchService.Query(details.name().givenNames(), details.name().familyName(),
                BirthDateQuery.exactly(details.dateOfBirth()), null, null, null, null, null, null, null), user).results().stream()
                .filter(r -> r.score() >= DUPLICATE_SCORE).toList();
    }

    @PostMapping("/check")
    String register(VigilUser user, HttpSession session, Model model, RedirectAttributes redirect) {
        mayRegister(user);
        RegistrationDraft draft = draft(session);
        OffenderDetails details = draft.toDetails(user);
        try {
            OffenderRecord record = offenders.register(details, user);
            session.removeAttribute(RegistrationDraft.SESSION_KEY);
            redirect.addFlashAttribute("registered", true);
            return "redirect:/offenders/" + record.id().value();
        } catch (InvalidInputException invalid) {
            return showCheck(draft, details, invalid.violations().stream().map(RegisterPageController::onPage)
                    .toList(), model);
        } catch (ConflictException conflict) {
            return showCheck(draft, details, List.of(onPage(new FieldViolation("identifiers.pncId",
                    "is already on another offender's record"))), model);
        }
    }

    private String show(Step step, RegistrationDraft draft, List<FieldViolation> errors, VigilUser user,
            Model model) {
        model.addAttribute("step", step.path);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        model.addAttribute("errorFields", errors.stream().collect(java.util.stream.Collectors.toMap(
                FieldViolation::field, FieldViolation::message, (a, b) -> a)));
        model.addAttribute("back", draft.checking ? "/register/check" : step.ordinal() == 0 ? "/find"
                : "/register/" + Step.values()[step.ordinal() - 1].path);
        switch (step) {
            case PERSON -> model.addAttribute("sexes", Sex.values());
            case ADDRESS -> model.addAttribute("addressTypes", List.of(AddressType.HOME, AddressType.NO_FIXED_ABODE));
            case CONVICTION -> {
                model.addAttribute("offences", offences.all());
                model.addAttribute("disposals", Disposal.values());
                model.addAttribute("statuses", RecordStatus.INITIAL);
            }
            case MANAGEMENT -> {
                model.addAttribute("managers", users.usersOf(user.agencyCode(),
                        Set.of(Role.OFFENDER_MANAGER, Role.SUPERVISOR)));
                model.addAttribute("probationRegions", agencies.all().stream()
                        .filter(a -> a.type() == AgencyType.PROBATION_REGION).toList());
            }
        }
        return "register";
    }

    private String showCheck(RegistrationDraft draft, OffenderDetails details, List<FieldViolation> errors,
            Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("details", details);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        model.addAttribute("changeLinks", errors.stream().collect(java.util.stream.Collectors.toMap(
                FieldViolation::field, e -> "/register/" + stepOfPageField(e.field()).path + "#" + e.field(),
                (a, b) -> a)));
        model.addAttribute("offence", details.convictions().isEmpty() ? null
                : offences.byCode(details.convictions().get(0).offenceCode()).orElse(null));
        if (errors.isEmpty()) {
            model.addAttribute("preview", compliance.preview(details));
        }
        return "register-check";
    }

    /** The record field's error as the page shows it: at the form field, in words that name it. */
    static FieldViolation onPage(FieldViolation v) {
        String[] field = FIELDS.getOrDefault(v.field(), new String[] {"givenNames", v.field()});
        String message = v.message();
        if (message.startsWith("is required: one of")) {
            return new FieldViolation(field[0], "Select the " + field[1].toLowerCase(java.util.Locale.ROOT));
        }
        return new FieldViolation(field[0], field[1] + " " + message);
    }

    private static Step stepOfPageField(String pageField) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue()[0].equals(pageField)).findFirst()
                .map(e -> Step.of(e.getKey())).orElse(Step.PERSON);
    }

    private static void take(Step step, Map<String, String> form, RegistrationDraft d) {
        switch (step) {
            case PERSON -> {
                d.givenNames = form.get("givenNames");
                d.familyName = form.get("familyName");
                d.dobDay = form.get("dob-day");
                d.dobMonth = form.get("dob-month");
                d.dobYear = form.get("dob-year");
                d.sex = FormValues.choiceName(form.get("sex"), Sex.class);
                d.pncId = FormValues.blankToNull(form.get("pncId"));
                d.nationality = FormValues.blankToNull(form.get("nationality"));
            }
            case ADDRESS -> {
                d.addressType = FormValues.choiceName(form.get("addressType"), AddressType.class);
                boolean home = "HOME".equals(d.addressType);
                d.line1 = home ? form.get("line1") : null;
                d.town = home ? form.get("town") : null;
                d.postcode = home ? FormValues.blankToNull(form.get("postcode")) : null;
                d.placeDescription = home ? null : form.get("placeDescription");
                d.fromDay = form.get("from-day");
                d.fromMonth = form.get("from-month");
                d.fromYear = form.get("from-year");
            }
            case CONVICTION -> {
                d.offenceCode = FormValues.blankToNull(form.get("offenceCode"));
                d.convictedDay = form.get("convicted-day");
                d.convictedMonth = form.get("convicted-month");
                d.convictedYear = form.get("convicted-year");
                d.court = form.get("court");
                d.disposal = FormValues.choiceName(form.get("disposal"), Disposal.class);
                d.termMonths = form.get("termMonths");
                d.status = FormValues.choiceName(form.get("status"), RecordStatus.class);
            }
            case MANAGEMENT -> {
                d.offenderManager = FormValues.blankToNull(form.get("offenderManager"));
                d.probationAgency = FormValues.blankToNull(form.get("probationAgency"));
            }
        }
    }

    private static RegistrationDraft draft(HttpSession session) {
        if (session.getAttribute(RegistrationDraft.SESSION_KEY) instanceof RegistrationDraft draft) {
            return draft;
        }
        RegistrationDraft draft = new RegistrationDraft();
        session.setAttribute(RegistrationDraft.SESSION_KEY, draft);
        return draft;
    }

    /**
     * Stores the changed draft. The session is kept in the database, and an attribute changed in place is written
     * back only when it is set again.
     */
    private static void keep(HttpSession session, RegistrationDraft draft) {
        session.setAttribute(RegistrationDraft.SESSION_KEY, draft);
    }

    private static Step step(String path) {
        for (Step step : Step.values()) {
            if (step.path.equals(path)) {
                return step;
            }
        }
        throw new NotFoundException("No such question: " + path);
    }

    private static void mayRegister(VigilUser user) {
        if (!user.can(Permission.OFFENDER_WRITE)) {
            throw new AccessDeniedException("Your role cannot register offenders");
        }
    }
}
