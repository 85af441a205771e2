// Load generator for clickstream-service ingest: run with `java IngestBench.java ...` (JDK 17 source launcher,
// no dependencies). Started by bench/clickstream/run; see README.md there.
//
//   java IngestBench.java keygen DIR
//       writes DIR/public.b64 (for quarkus.oidc.public-key) and DIR/private.b64 (PKCS#8, for signing)
//   java IngestBench.java run URL PRIVATE_KEY_FILE SECONDS WARMUP_SECONDS CONCURRENCY BATCH_SIZE
//       signs a storefront token, posts batches from CONCURRENCY threads, prints events/s

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

public class IngestBench {

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("keygen")) {
            keygen(Path.of(args[1]));
        } else if (args.length == 7 && args[0].equals("run")) {
            run(args[1], Files.readString(Path.of(args[2])).strip(), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        } else {
            System.err.println("usage: keygen DIR | run URL PRIVATE_KEY_FILE SECONDS WARMUP_SECONDS CONCURRENCY BATCH_SIZE");
            System.exit(2);
        }
    }

    static void keygen(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("public.b64"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Files.writeString(dir.resolve("private.b64"), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }

    static String token(String privateKeyBase64) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)));
        long now = System.currentTimeMillis() / 1000;
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"sub\":\"storefront-bench\",\"azp\":\"storefront\",\"aud\":[\"gateway\",\"clickstream-service\"],\"iat\":" + now + ",\"exp\":"
                + (now + 7200) + ",\"realm_access\":{\"roles\":[\"storefront\"]}}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + url.encodeToString(rsa.sign());
    }

    /** A realistic mix: mostly page views, some feature uses, a few landings and conversions. */
    static String batch(int size) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder body = new StringBuilder(size * 170).append("{\"events\":[");
        for (int i = 0; i < size; i++) {
            String session = "s-" + Long.toString(random.nextLong(Long.MAX_VALUE), 36);
            if (i > 0) {
                body.append(',');
            }
            int kind = random.nextInt(100);
            if (kind < 80) {
                body.append("{\"type\":\"page_view\",\"sessionId\":\"").append(session).append("\",\"path\":\"/parts/")
                        .append(random.nextInt(500)).append("/brake-pads\",\"query\":\"make=toyota&page=").append(random.nextInt(9))
                        .append("\",\"referrer\":\"https://www.example.com/reviews\",\"dwellMs\":").append(random.nextInt(90_000))
                        .append(",\"clientIp\":\"203.0.113.").append(random.nextInt(256)).append("\"}");
            } else if (kind < 95) {
                body.append("{\"type\":\"feature_used\",\"sessionId\":\"").append(session).append("\",\"feature\":\"part-finder\",\"durationMs\":")
                        .append(random.nextInt(30_000)).append('}');
            } else if (kind < 98) {
                body.append("{\"type\":\"affiliate_landing\",\"sessionId\":\"").append(session)
                        .append("\",\"affiliateCode\":\"bench\",\"path\":\"/parts/1/brake-pads\"}");
            } else {
                body.append("{\"type\":\"conversion\",\"sessionId\":\"").append(session)
                        .append("\",\"orderTotal\":").append(1000 + random.nextInt(50_000)).append(",\"currency\":\"JPY\"}");
            }
        }
        return body.append("]}").toString();
    }

    static void run(String url, String privateKey, int seconds, int warmup, int concurrency, int batchSize) throws Exception {
        String bearer = "Bearer " + token(privateKey);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bodies.add(batch(batchSize).getBytes(StandardCharsets.UTF_8));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong events = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            long[] mine = new long[1_000_000];
            latencies.add(mine);
            int offset = t;
            Thread thread = new Thread(() -> {
                int n = 0;
                int i = offset;
                while (!stop.get()) {
                    byte[] body = bodies.get(i++ % bodies.size());
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json").header("Authorization", bearer)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            if (failures.get() < 5) {
                                System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                            }
                            continue;
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    if (measuring.get()) {
                        events.addAndGet(batchSize);
                        if (n < mine.length) {
                            mine[n++] = System.nanoTime() - started;
                        }
                    }
                }
                mine[mine.length - 1] = n;
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> all = new ArrayList<>();
        for (long[] mine : latencies) {
            int n = (int) mine[mine.length - 1];
            for (int i = 0; i < n; i++) {
                all.add(mine[i]);
            }
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        System.out.printf("batches: %d of %d events, concurrency %d, %.1f s measured after %d s warm-up, failures %d%n",
                sorted.length, batchSize, concurrency, elapsed, warmup, failures.get());
        if (sorted.length > 0) {
            System.out.printf("batch latency ms: p50 %.1f, p90 %.1f, p99 %.1f%n", sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
        }
        System.out.printf("RESULT events/s: %.0f%n", events.get() / elapsed);
    }
}
