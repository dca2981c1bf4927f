package uk.gov.vigil.search.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.search.domain.BirthDateQuery;
import uk.gov.vigil.shared.InvalidInputException;

@RestController
@Tag(name = "Search", description = "The national search, tolerant of how names vary")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    record ResultResource(UUID id, String givenNames, String familyName, LocalDate dateOfBirth, String status,
            String managingAgency, double score, List<String> reasons) {
    }

    record ResultsResource(List<ResultResource> results, String version) {
    }

    @GetMapping("/api/v1/search/offenders")
    @PreAuthorize("hasAuthority('OFFENDER_READ')")
    @Operation(summary = "Find offenders under any name", description = "Give a name (name, in any order, or "
            + "givenNames and familyName), and any of: dateOfBirth; or birthYear, birthMonth, birthDay for part of "
            + "one; or bornFrom and bornTo (years); sex; pncId, croNumber, niNumber, passportNumber; postcode (or its start); address (text in an "
            + "address line, town or place description). "
            + "Every agency's offenders are searched, primary names and aliases. Up to 50 results, best first, "
            + "each with a score from 0 to 1 and the reasons it matched. version names the matching rules used.")
    ResultsResource search(@RequestParam(required = false) String name,
            @RequestParam(required = false) String givenNames, @RequestParam(required = false) String familyName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) Integer birthYear, @RequestParam(required = false) Integer birthMonth,
            @RequestParam(required = false) Integer birthDay, @RequestParam(required = false) Integer bornFrom,
            @RequestParam(required = false) Integer bornTo, @RequestParam(required = false) String sex,
            @RequestParam(required = false) String pncId, @RequestParam(required = false) String croNumber,
            @RequestParam(required = false) String niNumber, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String passportNumber, @RequestParam(required = false) String address,
            VigilUser user) {
        if (name != null && (givenNames != null || familyName != null)) {
            throw new InvalidInputException("name", "give either name or givenNames and familyName, not both");
        }
        String given = givenNames;
        String family = familyName;
        if (name != null && !name.isBlank()) {
            String[] parts = name.strip().split("\\s+");
            family = parts[parts.length - 1];
            given = parts.length > 1 ? String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)) : null;
        }
        BirthDateQuery birth = dateOfBirth != null ? BirthDateQuery.exactly(dateOfBirth)
                : new BirthDateQuery(birthDay, birthMonth, birthYear, bornFrom, bornTo);
        SearchService.Results found = search.search(new SearchService.Query(given, family, birth, sex, pncId,
                croNumber, niNumber, postcode, passportNumber, address), user);
        return new ResultsResource(found.results().stream().map(r -> new ResultResource(r.summary().id().value(),
                r.summary().name().givenNames(), r.summary().name().familyName(), r.summary().dateOfBirth(),
                r.summary().status().name(), r.summary().managingAgency(), r.score(), r.reasons())).toList(),
                found.version());
    }
}
