package uk.gov.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutorListener;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.compliance.application.OverdueSweep;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.VigilInstance;

/**
 * Two instances of Vigil, each with its own web server, scheduler and connection pool, against one database, as
 * behind a load balancer. A user signed in on one is signed in on the other with the same cookie, and signing out
 * on either ends the session on both; the overdue sweep, scheduled on both, runs on one at a time (ShedLock).
 * Both instances run in this JVM; on H2 they share the database file through H2's in-process engine, on PostgreSQL
 * through the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT extends IntegrationTestBase {

    static final String SECRET = "ORUHE2LHNBSGK4TUNBSWY3DPOVZGK3TU";

    /** How long each sweep is held, so that a second instance's sweep would overlap if nothing stopped it. */
    static final Duration SWEEP_HOLD = Duration.ofMillis(300);

    static final AtomicInteger SWEEPS_IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_SWEEPS_AT_ONCE = new AtomicInteger();
    static final Map<String, AtomicInteger> SWEEPS_BY_INSTANCE = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> LOCK_REFUSALS_BY_INSTANCE = new ConcurrentHashMap<>();

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    VigilInstance a;
    VigilInstance b;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void startTwoInstances() {
        a = VigilInstance.start(environment, instance("A"), SweepProbe.class);
        b = VigilInstance.start(environment, instance("B"), SweepProbe.class);
    }

    private static Map<String, Object> instance(String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vigil.test.instance", name);
        // The test profile switches the sweep off; here both instances schedule it, every 100 ms.
        properties.put("vigil.compliance.sweep-enabled", true);
        properties.put("vigil.compliance.sweep-interval", "PT0.1S");
        return properties;
    }

    @AfterAll
    void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aUserSignedInOnOneInstanceIsSignedInOnTheOtherUntilSigningOutOnEither() throws Exception {
        assertThat(a.port()).isNotEqualTo(b.port());
        String username = "it.twin." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Twin Instance User", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);

        // The sign-in page on A starts a session (for its CSRF token) and sets its cookie.
        HttpResponse<String> signInPage = get(a, "/sign-in", null);
        assertThat(signInPage.statusCode()).isEqualTo(200);
        String before = sessionCookie(signInPage);
        assertThat(before).isNotNull();

        // Password and authenticator code, posted to A: a new session id, and the user's session row.
        HttpResponse<String> signedIn = post(a, "/sign-in", before, Map.of("username", username,
                "password", PASSWORD, "code", currentCode(), "_csrf", csrfToken(signInPage.body())));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/");
        String cookie = sessionCookie(signedIn);
        assertThat(cookie).isNotNull().isNotEqualTo(before);
        assertThat(sessionsOf(username)).isEqualTo(1);

        // The same cookie on B: signed in, as the same user.
        HttpResponse<String> home = get(b, "/", cookie);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Twin Instance User, MET");
        assertThat(get(b, "/api/v1/offenders", cookie).statusCode()).isEqualTo(200);
        // The cookie from before sign-in names no session on either instance.
        assertThat(get(b, "/api/v1/offenders", before).statusCode()).isEqualTo(401);
        assertThat(get(a, "/api/v1/offenders", before).statusCode()).isEqualTo(401);

        // Signing out on B ends the session on A too.
        HttpResponse<String> signedOut = post(b, "/sign-out", cookie, Map.of("_csrf", csrfToken(home.body())));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).get().asString().endsWith("/sign-in?signedOut");
        assertThat(signedOut.headers().allValues("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith("SESSION=;").contains("Max-Age=0"));
        assertThat(sessionsOf(username)).isZero();
        assertThat(get(a, "/api/v1/offenders", cookie).statusCode()).isEqualTo(401);
        assertThat(get(a, "/", cookie).headers().firstValue("Location")).get().asString().contains("/sign-in");
    }

    @Test
    void theScheduledSweepRunsOnOneInstanceAtATime() throws Exception {
        // Both instances schedule the sweep every 100 ms, and each sweep is held for 300 ms: without the lock they
        // would overlap most of the time. Wait until both have swept and both have been refused the lock.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && !(atLeast(SWEEPS_BY_INSTANCE, 2) && atLeast(LOCK_REFUSALS_BY_INSTANCE, 1))) {
            Thread.sleep(200);
        }
        assertThat(counts(SWEEPS_BY_INSTANCE)).as("sweeps by instance").containsOnlyKeys("A", "B")
                .allSatisfy((instance, sweeps) -> assertThat(sweeps).isGreaterThanOrEqualTo(2));
        assertThat(MOST_SWEEPS_AT_ONCE.get()).as("the most sweeps running at once, across both instances")
                .isEqualTo(1);
        assertThat(counts(LOCK_REFUSALS_BY_INSTANCE)).as("times an instance found the sweep locked by the other")
                .containsOnlyKeys("A", "B");
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'overdue-sweep'").query(Long.class).single())
                .isEqualTo(1);
    }

    private static boolean atLeast(Map<String, AtomicInteger> byInstance, int times) {
        return byInstance.size() == 2 && byInstance.values().stream().allMatch(count -> count.get() >= times);
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> byInstance) {
        return byInstance.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single();
    }

    /** The code for the current 30-second step, not one about to run out before the request arrives. */
    private static String currentCode() throws InterruptedException {
        while (30 - Instant.now().getEpochSecond() % 30 < 3) {
            Thread.sleep(500);
        }
        return Totp.code(SECRET, Instant.now());
    }

    private HttpResponse<String> get(VigilInstance instance, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url(path))).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(VigilInstance instance, String path, String cookie, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code SESSION=...} pair the response sets, or null. */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION=") && !header.startsWith("SESSION=;"))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst().orElse(null);
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page has a form with a CSRF token").isTrue();
        return token.group(1);
    }

    /**
     * Added to each instance: counts every sweep that really runs (and how many run at once, across both), holding
     * each for {@link #SWEEP_HOLD}; and counts, through ShedLock's listener, each time the lock was refused. Not
     * annotated, so that the test's own context, which would take a nested {@code @TestConfiguration}, leaves it out.
     */
    static class SweepProbe {

        @Bean
        static BeanPostProcessor countSweeps(Environment environment) {
            String instance = environment.getRequiredProperty("vigil.test.instance");
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof OverdueSweep)) {
                        return bean;
                    }
                    ProxyFactory proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((MethodInterceptor) invocation -> {
                        if (!invocation.getMethod().getName().equals("sweep")) {
                            return invocation.proceed();
                        }
                        MOST_SWEEPS_AT_ONCE.accumulateAndGet(SWEEPS_IN_FLIGHT.incrementAndGet(), Math::max);
                        SWEEPS_BY_INSTANCE.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
                        try {
                            Thread.sleep(SWEEP_HOLD.toMillis());
                            return invocation.proceed();
                        } finally {
                            SWEEPS_IN_FLIGHT.decrementAndGet();
                        }
                    });
                    return proxy.getProxy();
                }
            };
        }

        @Bean
        LockingTaskExecutorListener countLockRefusals(Environment environment) {
            String instance = environment.getRequiredProperty("vigil.test.instance");
            return new LockingTaskExecutorListener() {
                @Override
                public void onLockNotAcquired(LockConfiguration lock) {
                    if (lock.getName().equals("overdue-sweep")) {
                        LOCK_REFUSALS_BY_INSTANCE.computeIfAbsent(instance, k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            };
        }
    }
}
