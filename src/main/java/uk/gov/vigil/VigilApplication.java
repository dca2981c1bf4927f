package uk.gov.vigil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VigilApplication {

    public static void main(String[] args) {
        SpringApplication.run(VigilApplication.class, args);
    }
}
