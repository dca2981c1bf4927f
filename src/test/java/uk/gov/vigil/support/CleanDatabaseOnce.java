package uk.gov.vigil.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wipes the test database the first time a test application context starts in this JVM, then migrates. Later
 * contexts only migrate, so they never delete data a cached context is using.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
