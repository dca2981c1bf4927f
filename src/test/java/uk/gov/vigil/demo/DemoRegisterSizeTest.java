package uk.gov.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The published rate of registered offenders whose whereabouts were unknown was under 1%, so the demo register is
 * large enough for its 396 missing offenders of March 2015 to be under 1% of it.
 */
class DemoRegisterSizeTest {

    @Test
    void theMarch2015CasesAreUnderOnePerCentOfTheDefaultDemoRegister() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        int generated = Integer.parseInt(properties.getProperty("vigil.demo.offenders"));
        int missing = March2015.TOTAL;
        assertThat((double) missing / (generated + missing)).isLessThan(0.01);
    }
}
