package uk.gov.vigil.rules.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.rules.Jurisdictions;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    Jurisdictions jurisdictions() {
        return new Jurisdictions(List.of(new EnglandAndWales()));
    }
}
