package uk.gov.vigil.search.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.vigil.search.domain.MatchScorer;
import uk.gov.vigil.search.domain.NameEquivalents;
import uk.gov.vigil.search.domain.NameKeys;

/** The matching rules, built once from the versioned table of equivalent names. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    NameEquivalents nameEquivalents() {
        return NameEquivalents.standard();
    }

    @Bean
    NameKeys nameKeys(NameEquivalents equivalents) {
        return new NameKeys(equivalents);
    }

    @Bean
    MatchScorer matchScorer(NameEquivalents equivalents) {
        return new MatchScorer(equivalents);
    }
}
