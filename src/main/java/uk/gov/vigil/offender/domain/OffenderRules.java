package uk.gov.vigil.offender.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uk.gov.vigil.shared.Violations;

/**
 * The rules an offender record must satisfy before it is stored. Every rule adds a violation naming the field by
 * its JSON path, so one response lists every problem.
 */
public final class OffenderRules {

    /** The age of criminal responsibility in England and Wales. */
    static final int MINIMUM_AGE_AT_CONVICTION = 10;
    static final int MAX_NAME = 100;

    private OffenderRules() {
    }

    public static Violations check(OffenderDetails details, ValidationContext context) {
        Violations v = new Violations();
        LocalDate today = context.today();
        name(v, "name", details.name());
        for (int i = 0; i < details.aliases().size(); i++) {
            name(v, "aliases[" + i + "]", details.aliases().get(i));
        }
        LocalDate dob = details.dateOfBirth();
        if (v.require("dateOfBirth", dob, "is required")) {
            if (dob.isAfter(today)) {
                v.add("dateOfBirth", "must be in the past");
                dob = null;
            }
        }
        for (int i = 0; i < details.aliasDatesOfBirth().size(); i++) {
            LocalDate aliasDob = details.aliasDatesOfBirth().get(i);
            if (v.require("aliasDatesOfBirth[" + i + "]", aliasDob, "must be a date") && aliasDob.isAfter(today)) {
                v.add("aliasDatesOfBirth[" + i + "]", "must be in the past");
            }
        }
        v.require("sex", details.sex(), "is required: one of " + List.of(Sex.values()));
        if (details.nationality() != null) {
            IdentifierFormats.checkCountryCode(details.nationality()).ifPresent(m -> v.add("nationality", m));
        }
        description(v, details.description());
        marks(v, details.distinguishingMarks());
        identifiers(v, details.identifiers());
        convictions(v, details.convictions(), dob, today, context);
        addresses(v, details.addresses());
        management(v, details.management(), context);
        v.require("status", details.status(), "is required: one of " + List.of(RecordStatus.values()));
        return v;
    }

    /** A name needs given names and a family name, each 100 characters or fewer. */
    public static void name(Violations v, String path, PersonName name) {
        if (!v.require(path, name, "is required")) {
            return;
        }
        v.require(path + ".givenNames", name.givenNames(), "is required");
        v.require(path + ".familyName", name.familyName(), "is required");
        v.maxLength(path + ".givenNames", name.givenNames(), MAX_NAME);
        v.maxLength(path + ".familyName", name.familyName(), MAX_NAME);
    }

    private static void description(Violations v, PhysicalDescription description) {
        Integer height = description.heightCm();
        if (height != null && (height < 50 || height > 250)) {
            v.add("description.heightCm", "must be between 50 and 250 centimetres");
        }
    }

    private static void marks(Violations v, List<DistinguishingMark> marks) {
        for (int i = 0; i < marks.size(); i++) {
            String path = "distinguishingMarks[" + i + "]";
            DistinguishingMark mark = marks.get(i);
            if (!v.require(path, mark, "is required")) {
                continue;
            }
            v.require(path + ".type", mark.type(), "is required: one of " + List.of(MarkType.values()));
            v.require(path + ".location", mark.location(), "is required, for example \"left forearm\"");
            v.maxLength(path + ".location", mark.location(), 100);
            v.maxLength(path + ".description", mark.description(), 500);
        }
    }

    private static void identifiers(Violations v, Identifiers ids) {
        check(v, "identifiers.pncId", ids.pncId(), IdentifierFormats::checkPncId);
        check(v, "identifiers.croNumber", ids.croNumber(), IdentifierFormats::checkCroNumber);
        check(v, "identifiers.nationalInsuranceNumber", ids.nationalInsuranceNumber(),
                IdentifierFormats::checkNationalInsuranceNumber);
        for (int i = 0; i < ids.passports().size(); i++) {
            String path = "identifiers.passports[" + i + "]";
            Passport passport = ids.passports().get(i);
            if (!v.require(path, passport, "is required")) {
                continue;
            }
            boolean countryKnown = v.require(path + ".issuingCountry", passport.issuingCountry(),
                    "is required: the two-letter ISO 3166 code of the issuing country");
            if (countryKnown) {
                IdentifierFormats.checkCountryCode(passport.issuingCountry())
                        .ifPresent(m -> v.add(path + ".issuingCountry", m));
            }
            if (v.require(path + ".number", passport.number(), "is required") && countryKnown) {
                IdentifierFormats.checkPassportNumber(passport.number(), passport.issuingCountry())
                        .ifPresent(m -> v.add(path + ".number", m));
            }
        }
    }

    private static void convictions(Violations v, List<Conviction> convictions, LocalDate dob, LocalDate today,
            ValidationContext context) {
        if (convictions.isEmpty()) {
            v.add("convictions", "must list at least one conviction or caution that triggers registration");
        }
        for (int i = 0; i < convictions.size(); i++) {
            String path = "convictions[" + i + "]";
            Conviction c = convictions.get(i);
            if (!v.require(path, c, "is required")) {
                continue;
            }
            if (v.require(path + ".offenceCode", c.offenceCode(), "is required")
                    && !context.isKnownOffence(c.offenceCode())) {
                v.add(path + ".offenceCode", "is not in the offence catalogue (see /api/v1/offences)");
            }
            if (v.require(path + ".date", c.date(), "is required")) {
                if (c.date().isAfter(today)) {
                    v.add(path + ".date", "must not be in the future");
                } else if (dob != null && Period.between(dob, c.date()).getYears() < MINIMUM_AGE_AT_CONVICTION) {
                    v.add(path + ".date", "makes the offender younger than " + MINIMUM_AGE_AT_CONVICTION
                            + " on that date; check it and the date of birth");
                }
            }
            v.require(path + ".court", c.court(), "is required (for a caution, the police station)");
            v.maxLength(path + ".court", c.court(), 120);
            if (v.require(path + ".disposal", c.disposal(), "is required: one of " + List.of(Disposal.values()))) {
                term(v, path + ".termMonths", c);
            }
        }
    }

    private static void term(Violations v, String path, Conviction c) {
        Integer months = c.termMonths();
        if (c.disposal().needsTerm() && months == null) {
            v.add(path, "is required for " + c.disposal());
        } else if (c.disposal() == Disposal.CAUTION && months != null) {
            v.add(path, "must be empty for a caution");
        } else if (months != null && (months < 1 || months > 1200)) {
            v.add(path, "must be between 1 and 1200 months");
        }
    }

    private static void addresses(Violations v, List<Address> addresses) {
        boolean mainResidenceSeen = false;
        for (int i = 0; i < addresses.size(); i++) {
            String path = "addresses[" + i + "]";
            Address a = addresses.get(i);
            if (!checkAddress(v, path, a)) {
                continue;
            }
            if (a.current() && a.type().isMainResidence()) {
                if (mainResidenceSeen) {
                    v.add(path, "is a second current home or no-fixed-abode entry; give the previous one a to date");
                }
                mainResidenceSeen = true;
            }
        }
    }

    /**
     * The rules for one address: what each type needs, lengths, a UK postcode, and dates in order.
     *
     * @return whether the address and its type were present, so that further checks can use them
     */
    public static boolean checkAddress(Violations v, String path, Address a) {
        if (!v.require(path, a, "is required")) {
            return false;
        }
        if (!v.require(path + ".type", a.type(), "is required: one of " + List.of(AddressType.values()))) {
            return false;
        }
        if (a.type() == AddressType.NO_FIXED_ABODE) {
            v.require(path + ".placeDescription", a.placeDescription(),
                    "is required: where the offender can regularly be found");
        } else {
            v.require(path + ".line1", a.line1(), "is required");
            v.require(path + ".town", a.town(), "is required");
            v.require(path + ".postcode", a.postcode(), "is required");
        }
        v.maxLength(path + ".line1", a.line1(), 120);
        v.maxLength(path + ".line2", a.line2(), 120);
        v.maxLength(path + ".town", a.town(), 80);
        v.maxLength(path + ".placeDescription", a.placeDescription(), 300);
        if (a.postcode() != null) {
            IdentifierFormats.checkPostcode(a.postcode()).ifPresent(m -> v.add(path + ".postcode", m));
        }
        if (v.require(path + ".from", a.from(), "is required") && a.to() != null && a.to().isBefore(a.from())) {
            v.add(path + ".to", "must not be before the from date");
        }
        return true;
    }

    private static void management(Violations v, Management m, ValidationContext context) {
        if (!v.require("management", m, "is required")) {
            return;
        }
        if (v.require("management.managingAgency", m.managingAgency(), "is required: the managing police force")
                && !context.isPoliceForce(m.managingAgency())) {
            v.add("management.managingAgency", "must be the code of a police force (see /api/v1/agencies)");
        }
        if (m.offenderManager() != null && m.managingAgency() != null
                && !context.canManageOffendersFor(m.offenderManager(), m.managingAgency())) {
            v.add("management.offenderManager",
                    "must be the username of an offender manager or supervisor in the managing agency");
        }
        if (m.probationAgency() != null && !context.isProbationRegion(m.probationAgency())) {
            v.add("management.probationAgency", "must be the code of a probation region");
        }
        if (m.prisonAgency() != null && !context.isPrison(m.prisonAgency())) {
            v.add("management.prisonAgency", "must be the code of a prison establishment");
        }
    }

    private static void check(Violations v, String path, String value, Function<String, Optional<String>> rule) {
        if (value != null) {
            rule.apply(value).ifPresent(m -> v.add(path, m));
        }
    }
}
