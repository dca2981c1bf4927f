package uk.gov.vigil.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import uk.gov.vigil.VigilApplication;

/**
 * Another instance of the application, started in this JVM as {@code java -jar} would start it: its own web server
 * on a random port, its own scheduler, connection pool and beans, in the {@code test} profile, against the database
 * the integration tests use. Test-only configuration on the classpath ({@code @TestConfiguration},
 * {@code @TestComponent}) is left out of its component scan, as a test context leaves it out of its own.
 */
public final class VigilInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private VigilInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param testEnvironment the environment of the test's own context, whose database the instance shares
     * @param properties      more properties, which override the {@code test} profile
     * @param sources         more configuration classes for the instance, besides the application
     */
    public static VigilInstance start(Environment testEnvironment, Map<String, Object> properties,
            Class<?>... sources) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", 0);
        all.put("spring.datasource.url", testEnvironment.getRequiredProperty("spring.datasource.url"));
        all.put("spring.datasource.username", testEnvironment.getRequiredProperty("spring.datasource.username"));
        all.put("spring.datasource.password", testEnvironment.getProperty("spring.datasource.password", ""));
        all.put("spring.main.banner-mode", "off");
        all.putAll(properties);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(VigilApplication.class)
                .sources(sources)
                .profiles("test")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("leaveOutTestConfiguration", new LeaveOutTestConfiguration()));
        // Command-line style arguments, so they override the profile's files as the environment would.
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new VigilInstance(builder.run(args));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** What {@code @SpringBootTest} leaves out of a test context's component scan; here as a plain application. */
    private static final class LeaveOutTestConfiguration extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestConfiguration;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestConfiguration.class.hashCode();
        }
    }
}
