package uk.gov.vigil.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of variation the search must tolerate, and people it must keep apart. Columns: what was typed (given
 * names, family name, date of birth or blank), the person on the register (given names, family name, date of
 * birth), whether they must match, and words the explanation must contain.
 */
class MatchScorerTest {

    private final MatchScorer scorer = new MatchScorer(NameEquivalents.standard());

    @ParameterizedTest(name = "{0} {1} {2} against {3} {4} {5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // typing errors (edit distance, Jaro-Winkler)
        "John        | Smitg       | -          | John       | Smith       | 1980-05-17 | true  | family name spelt differently",
        "Jonatham    | Blackwood   | -          | Jonathan   | Blackwood   | 1980-05-17 | true  | given name spelt differently",
        // sound-alikes (Double Metaphone)
        "Jon         | Smyth       | -          | John       | Smith       | 1980-05-17 | true  | family name sounds alike",
        "Catherine   | Philips     | -          | Katherine  | Phillips    | 1980-05-17 | true  | given name",
        // names of other origins that Double Metaphone keeps apart (Beider-Morse)
        "Jan         | Szwarc      | -          | Jan        | Schwarz     | 1980-05-17 | true  | Beider-Morse",
        "Piotr       | Wojcik      | -          | Piotr      | Voytsik     | 1980-05-17 | true  | family name",
        // transliterations
        "Muhammad    | Khan        | -          | Mohammed   | Khan        | 1980-05-17 | true  | another form of the name",
        "Oleksandr   | Petrenko    | -          | Aleksandr  | Petrenko    | 1980-05-17 | true  | another form of the name",
        // nicknames and short forms
        "Bill        | Jones       | -          | William    | Jones       | 1980-05-17 | true  | another form of the name",
        "Beth        | Carter      | -          | Elizabeth  | Carter      | 1980-05-17 | true  | another form of the name",
        // double-barrelled and hyphenated family names
        "Anna        | Smith       | -          | Anna       | Smith-Jones | 1980-05-17 | true  | double-barrelled",
        "Anna        | Smith Jones | -          | Anna       | Smith-Jones | 1980-05-17 | true  | family name exact",
        // swapped given and family names
        "Smith       | John        | -          | John       | Smith       | 1980-05-17 | true  | swapped",
        // a missing middle name
        "John        | Smith       | -          | John Paul  | Smith       | 1980-05-17 | true  | middle name not given",
        // dates of birth with a slip
        "John        | Smith       | 1980-05-18 | John       | Smith       | 1980-05-17 | true  | one digit different",
        "John        | Smith       | 1980-07-05 | John       | Smith       | 1980-05-07 | true  | day and month swapped",
        "John        | Smith       | 1908-05-17 | John       | Smith       | 1980-05-17 | true  | two digits different",
        // people who must be kept apart
        "Jon         | Smyth       | 1975-02-03 | John       | Smith       | 1980-05-17 | false | date of birth differs",
        "John        | Smith       | 1962-11-30 | John       | Smith       | 1980-05-17 | false | date of birth differs",
        "Jan         | Szwarc      | 1971-03-12 | Jan        | Schwarz     | 1980-05-17 | false | date of birth differs",
        "Ali         | Khan        | -          | Alan       | Kerr        | 1980-05-17 | false | differs",
        "William     | Qzabcdefgh  | -          | William    | Qzxyzuvwst  | 1980-05-17 | false | family name differs",
        "Mary        | Brown       | 1980-05-17 | Marcus     | Green       | 1980-05-17 | false | date of birth exact",
        "William     | Jones       | 1991-01-09 | Bill       | Jones       | 1980-05-17 | false | date of birth differs"})
    void toleratesHowNamesVaryButKeepsDifferentPeopleApart(String given, String family, LocalDate typedBirth,
            String onGiven, String onFamily, LocalDate born, boolean matches, String because) {
        Candidate person = new Candidate(UUID.randomUUID(), List.of(new Candidate.KnownName(onGiven, onFamily, false)),
                List.of(born), "MALE");
        Match match = scorer.score(given, family, typedBirth == null ? BirthDateQuery.NONE
                : BirthDateQuery.exactly(typedBirth), null, person);
        assertThat(match.score() >= MatchScorer.THRESHOLD).as("score %s, %s", match.score(), match.reasons())
                .isEqualTo(matches);
        assertThat(String.join("; ", match.reasons())).contains(because);
    }

    @org.junit.jupiter.api.Test
    void anAliasMatchSaysSoAndAnExactNameOutranksAVariant() {
        Candidate known = new Candidate(UUID.randomUUID(), List.of(new Candidate.KnownName("Peter", "Walsh", false),
                new Candidate.KnownName("Patrick", "Walsh", true)), List.of(LocalDate.of(1970, 1, 2)), "MALE");
        Match byAlias = scorer.score("Patrick", "Walsh", BirthDateQuery.NONE, null, known);
        assertThat(byAlias.score()).isEqualTo(1.0);
        assertThat(byAlias.reasons()).startsWith("alias");
        Match byVariant = scorer.score("Paddy", "Walsh", BirthDateQuery.NONE, null, known);
        assertThat(byVariant.score()).isLessThan(byAlias.score()).isGreaterThanOrEqualTo(MatchScorer.THRESHOLD);
    }

    @org.junit.jupiter.api.Test
    void partialDatesAndYearRangesAreMatchedOnTheirParts() {
        Candidate person = new Candidate(UUID.randomUUID(), List.of(new Candidate.KnownName("Ann", "Lee", false)),
                List.of(LocalDate.of(1984, 3, 9)), "FEMALE");
        assertThat(scorer.score("Ann", "Lee", new BirthDateQuery(null, null, 1984, null, null), null, person)
                .score()).isEqualTo(1.0);
        assertThat(scorer.score("Ann", "Lee", new BirthDateQuery(null, 3, 1985, null, null), null, person)
                .score()).isLessThan(MatchScorer.THRESHOLD);
        assertThat(scorer.score("Ann", "Lee", new BirthDateQuery(null, null, null, 1980, 1989), null, person)
                .reasons()).contains("born within the years given");
        assertThat(scorer.score("Ann", "Lee", BirthDateQuery.NONE, "MALE", person).reasons()).contains("sex differs");
    }
}
