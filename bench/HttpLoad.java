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
                        HttpRequest request = request(url, auth, mode, path, ids, next.getAndIncrement());
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

    private static HttpRequest request(String url, String auth, String mode, String path, List<String> ids, int n) {
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
        return b.timeout(Duration.ofSeconds(30)).build();
    }
}
