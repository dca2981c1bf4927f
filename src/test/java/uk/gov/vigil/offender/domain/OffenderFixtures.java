package uk.gov.vigil.offender.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Valid offender details to start from; each test changes only what it is about. */
public final class OffenderFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private OffenderFixtures() {
    }

    public static Builder valid() {
        return new Builder();
    }

    /** A context that knows the agencies, offences and managers the fixtures use. */
    public static ValidationContext context() {
        Set<String> forces = Set.of("MET", "HRT", "TVP");
        return new ValidationContext() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public boolean isPoliceForce(String code) {
                return forces.contains(code);
            }

            @Override
            public boolean isProbationRegion(String code) {
                return "PR-LON".equals(code);
            }

            @Override
            public boolean isPrison(String code) {
                return "HMP-WANDSWORTH".equals(code);
            }

            @Override
            public boolean isKnownOffence(String code) {
                return Set.of("SOA2003-S1", "SOA2003-S3").contains(code);
            }

            @Override
            public boolean canManageOffendersFor(String username, String agencyCode) {
                return "met.om".equals(username) && "MET".equals(agencyCode);
            }
        };
    }

    public static final class Builder {
        public PersonName name = new PersonName("John Paul", "Smith");
        public List<PersonName> aliases = new ArrayList<>(List.of(new PersonName("Jon", "Smyth")));
        public LocalDate dateOfBirth = LocalDate.of(1980, 5, 17);
        public List<LocalDate> aliasDatesOfBirth = new ArrayList<>();
        public Sex sex = Sex.MALE;
        public String nationality = "GB";
        public PhysicalDescription description = new PhysicalDescription(180, Build.MEDIUM, EyeColour.BLUE,
                HairColour.BROWN);
        public List<DistinguishingMark> marks = new ArrayList<>(
                List.of(new DistinguishingMark(MarkType.TATTOO, "left forearm", "Anchor")));
        public Identifiers identifiers = new Identifiers("2001/0012345H", "123456/99L", "AB123456C",
                List.of(new Passport("123456789", "GB")));
        public List<Conviction> convictions = new ArrayList<>(List.of(
                new Conviction("SOA2003-S3", LocalDate.of(2015, 3, 2), "Snaresbrook Crown Court",
                        Disposal.IMPRISONMENT, 24)));
        public List<Address> addresses = new ArrayList<>(List.of(
                new Address(AddressType.HOME, "12 Church Road", null, "London", "E17 4AB", null,
                        LocalDate.of(2017, 1, 9), null)));
        public Management management = new Management("MET", "met.om", "PR-LON", null);
        public RecordStatus status = RecordStatus.ACTIVE;

        public Builder pnc(String pncId) {
            identifiers = new Identifiers(pncId, identifiers.croNumber(), identifiers.nationalInsuranceNumber(),
                    identifiers.passports());
            return this;
        }

        public Builder managedBy(String agency, String manager) {
            management = new Management(agency, manager, null, null);
            return this;
        }

        public OffenderDetails build() {
            return new OffenderDetails(name, aliases, dateOfBirth, aliasDatesOfBirth, sex, nationality, description,
                    marks, identifiers, convictions, addresses, management, status);
        }
    }
}
