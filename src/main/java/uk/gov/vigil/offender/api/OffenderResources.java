package uk.gov.vigil.offender.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.offender.OpenCases;
import uk.gov.vigil.offender.application.OffenderView;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.DistinguishingMark;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.OffenderRecords.Page;
import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.PhysicalDescription;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Sex;

/**
 * The JSON shapes of the offender API. A full record has the same fields as the request body, so a client can
 * read, change and send it back; read-only fields (id, version, access, audit stamps, and each conviction's
 * offence title, citation and age) are ignored on input.
 */
final class OffenderResources {

    private OffenderResources() {
    }

    /** @param openWhereaboutsCase the search under way for the offender, if any (read-only) */
    record FullRecord(UUID id, long version, String access, PersonName name, List<PersonName> aliases,
            LocalDate dateOfBirth, List<LocalDate> aliasDatesOfBirth, Sex sex, String nationality,
            PhysicalDescription description, List<DistinguishingMark> distinguishingMarks, Identifiers identifiers,
            List<ConvictionResource> convictions, List<Address> addresses, Management management,
            RecordStatus status, OpenCases.OpenCase openWhereaboutsCase, Instant createdAt, String createdBy,
            Instant updatedAt, String updatedBy) {

        static FullRecord of(OffenderRecord record, OffenceCatalogue offences, OpenCases openCases) {
            OffenderDetails d = record.details();
            List<ConvictionResource> convictions = d.convictions().stream()
                    .map(c -> ConvictionResource.of(c, d.dateOfBirth(), offences))
                    .toList();
            return new FullRecord(record.id().value(), record.version(), "FULL", d.name(), d.aliases(),
                    d.dateOfBirth(), d.aliasDatesOfBirth(), d.sex(), d.nationality(), d.description(),
                    d.distinguishingMarks(), d.identifiers(), convictions, d.addresses(), d.management(), d.status(),
                    openCases == null ? null : openCases.openWhereaboutsCase(record.id().value()).orElse(null),
                    record.createdAt(), record.createdBy(), record.updatedAt(), record.updatedBy());
        }
    }

    record ConvictionResource(String offenceCode, String offenceTitle, String statutoryReference, LocalDate date,
            String court, Disposal disposal, Integer termMonths, int ageAtConviction) {

        static ConvictionResource of(Conviction c, LocalDate dateOfBirth, OffenceCatalogue offences) {
            var offence = offences.byCode(c.offenceCode()).orElseThrow();
            return new ConvictionResource(c.offenceCode(), offence.title(), offence.statutoryReference(), c.date(),
                    c.court(), c.disposal(), c.termMonths(), c.ageAtConviction(dateOfBirth));
        }
    }

    /** The minimal summary another agency's staff see. */
    record SummaryRecord(UUID id, String access, PersonName name, LocalDate dateOfBirth,
            AgencyContact managingAgency) {

        static SummaryRecord of(OffenderView.Summary summary) {
            return new SummaryRecord(summary.id().value(), "SUMMARY", summary.name(), summary.dateOfBirth(),
                    AgencyContact.of(summary.managingAgency()));
        }
    }

    record AgencyContact(String code, String name, String contactPoint) {
        static AgencyContact of(Agency agency) {
            return new AgencyContact(agency.code(), agency.name(), agency.contactPoint());
        }
    }

    record ListItem(UUID id, PersonName name, LocalDate dateOfBirth, RecordStatus status, String managingAgency,
            String offenderManager) {

        static ListItem of(OffenderSummary s) {
            return new ListItem(s.id().value(), s.name(), s.dateOfBirth(), s.status(), s.managingAgency(),
                    s.offenderManager());
        }
    }

    record PageResource(List<ListItem> items, int page, int size, long totalItems, long totalPages) {

        static PageResource of(Page<OffenderSummary> page) {
            return new PageResource(page.items().stream().map(ListItem::of).toList(), page.page(), page.size(),
                    page.totalItems(), page.totalPages());
        }
    }
}
