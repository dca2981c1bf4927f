import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for the benchmarks: N clients, each sending its next request as soon as the
 * last one is answered, for a warm-up and then a measured period. Reports throughput and latency percentiles of
 * the measured period only. Run with the JDK's single-file launcher:
 *
 *   java bench/HttpLoad.java --url=http://127.0.0.1:18080 --token=vgl_... --mode=read --ids=ids.txt \
 *        --clients=16 --warmup=10 --seconds=30
 *
 * Modes: read (GET /api/v1/offenders/{id}), notify (POST a periodic notification for {id}), get (GET --path).
 * With {@code --sign-in=username:password:totpSecret} it signs in through the sign-in page first, as a browser
 * does, and every client sends that session's cookie: for timing pages such as My work.
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            o.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:18080");
        String auth = o.containsKey("token") ? "Bearer " + o.get("token") : o.get("authorization");
        String mode = o.getOrDefault("mode", "read");
        int clients = Integer.parseInt(o.getOrDefault("clients", "16"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        List<String> ids = o.containsKey("ids") ? Files.readAllLines(Path.of(o.get("ids"))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
        String path = o.getOrDefault("path", "/");
        String cookie = o.containsKey("sign-in") ? signIn(url, o.get("sign-in")) : null;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int[] count = {0};
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest request = request(url, auth, cookie, mode, path, ids, next.getAndIncrement());
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom && answered <= end) {
                            statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                            if (status >= 200 && status < 300) {
                                mine[count[0]++] = answered - sent;
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    mine[mine.length - 1] = count[0];
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        int total = 0;
        for (long[] l : latencies) {
            total += (int) l[l.length - 1];
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        System.out.printf(Locale.UK, "mode=%s clients=%d seconds=%d ok=%d errors=%d statuses=%s%n", mode, clients,
                seconds, total, errors.get(), statuses);
        System.out.printf(Locale.UK, "throughput=%.1f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n",
                total / (double) seconds, pct(all, 50), pct(all, 90), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Signs in with password and the current TOTP code, and returns the session's cookies for a Cookie header. */
    private static String signIn(String url, String credentials) throws Exception {
        String[] c = credentials.split(":", 3);
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(url + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + enc(c[0]) + "&password=" + enc(c[1]) + "&code=" + totp(c[2]) + "&_csrf="
                + enc(csrf.group(1));
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(url + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("sign-in")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        return cookies.getCookieStore().getCookies().stream().map(h -> h.getName() + "=" + h.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** RFC 6238 with SHA-1, 30-second steps and 6 digits, from a Base32 secret. */
    private static String totp(String base32) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char ch : base32.replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(ch);
            bits += 5;
            if (bits >= 8) {
                key.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
        byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
        int offset = h[h.length - 1] & 0x0f;
        int value = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
                | (h[offset + 3] & 0xff);
        return String.format("%06d", value % 1_000_000);
    }

    private static HttpRequest request(String url, String auth, String cookie, String mode, String path,
            List<String> ids, int n) {
        HttpRequest.Builder b;
        switch (mode) {
            case "read" -> b = HttpRequest.newBuilder(URI.create(url + "/api/v1/offenders/" + ids.get(n % ids.size())))
                    .GET();
            case "notify" -> {
                String body = "{\"type\":\"PERIODIC\",\"receivedAt\":\""
                        + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                        + "\",\"policeStation\":\"Benchmark Police Station\"}";
                b = HttpRequest.newBuilder(URI.create(url + "/api/v1/offenders/" + ids.get(n % ids.size())
                        + "/notifications")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            default -> b = HttpRequest.newBuilder(URI.create(url + path)).GET();
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.timeout(Duration.ofSeconds(30)).build();
    }
}
