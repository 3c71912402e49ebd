import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for the intake API: POST /api/inera-notices at a fixed rate
 * (open loop: latency is measured from the planned send time, so a slow server
 * cannot slow the client down and hide its own queueing), then checks that
 * every notice has its outage and a running OutageProcess instance.
 *
 * Loopback only, bounded in count and time. Run with Java 17+ as a source file:
 *
 *   java bench/IntakeLoad.java [baseUrl=http://127.0.0.1:18080] [rate=50] [seconds=60] [user:password]
 */
public class IntakeLoad {

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:18080");
		int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		String credentials = args.length > 3 ? args[3] : "forvaltare:demo";
		if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
			throw new IllegalArgumentException("Refusing to send load anywhere but loopback: " + base.getHost());
		}
		if (rate < 1 || rate > 500 || seconds < 1 || seconds > 600) {
			throw new IllegalArgumentException("rate must be 1..500 per second and seconds 1..600");
		}
		String auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String run = "BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		int total = rate * seconds;
		long intervalNanos = 1_000_000_000L / rate;

		List<Long> latenciesMicros = new CopyOnWriteArrayList<>();
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
		java.util.Set<String> created = ConcurrentHashMap.newKeySet();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		long start = System.nanoTime();
		AtomicInteger sent = new AtomicInteger();
		System.out.printf("Run %s: %d notices at %d/s against %s%n", run, total, rate, base);
		var tick = ticker.scheduleAtFixedRate(() -> {
			int n = sent.getAndIncrement();
			if (n >= total) {
				return;
			}
			long planned = start + n * intervalNanos;
			String reference = run + "-" + n;
			HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/inera-notices"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Authorization", auth)
				.POST(HttpRequest.BodyPublishers.ofString(notice(reference)))
				.build();
			inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
				latenciesMicros.add((System.nanoTime() - planned) / 1000);
				Throwable cause = (error != null && error.getCause() != null) ? error.getCause() : error;
				String key = (cause != null) ? cause.getClass().getSimpleName() : String.valueOf(response.statusCode());
				outcomes.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
				if (response != null && response.statusCode() == 201) {
					created.add(reference);
				}
			}));
		}, 0, intervalNanos, TimeUnit.NANOSECONDS);
		while (sent.get() < total) {
			Thread.sleep(100);
		}
		tick.cancel(false);
		ticker.shutdown();
		CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally((e) -> null).join();
		double elapsed = (System.nanoTime() - start) / 1e9;

		List<Long> sorted = new ArrayList<>(latenciesMicros);
		Collections.sort(sorted);
		long ok = outcomes.getOrDefault("201", new AtomicInteger()).get();
		System.out.printf("Sent %d in %.1f s (%.1f/s)%n", total, elapsed, total / elapsed);
		System.out.printf("Latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 95),
				pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
		System.out.println("Answers: " + new TreeMap<>(outcomes));
		System.out.printf("Errors (not 201): %d%n", total - ok);

		// Every notice answered 201 must have its outage, linked to a running process instance; a notice the
		// client gave up on may still have been taken in after it stopped waiting, and must then have one too.
		int createdMissing = 0;
		int withoutInstance = 0;
		int lateButPresent = 0;
		for (int n = 0; n < total; n++) {
			String reference = run + "-" + n;
			HttpResponse<String> outage = client.send(HttpRequest.newBuilder(base.resolve("/api/inera-notices/" + reference))
				.header("Authorization", auth)
				.build(), HttpResponse.BodyHandlers.ofString());
			boolean present = outage.statusCode() == 200;
			if (!present && created.contains(reference)) {
				createdMissing++;
			}
			if (present && !created.contains(reference)) {
				lateButPresent++;
			}
			if (present && !outage.body().matches("(?s).*\"processInstanceId\":\"[^\"]+\".*")) {
				withoutInstance++;
			}
		}
		String like = URLEncoder.encode("ineraReference_like_" + run + "-%", StandardCharsets.UTF_8);
		HttpResponse<String> count = client.send(HttpRequest.newBuilder(
				base.resolve("/engine-rest/process-instance/count?processDefinitionKey=OutageProcess&variables=" + like))
			.header("Authorization", auth)
			.build(), HttpResponse.BodyHandlers.ofString());
		System.out.printf("Answered 201 but no outage: %d; outages without a process instance: %d; "
				+ "taken in after the client gave up: %d%n", createdMissing, withoutInstance, lateButPresent);
		System.out.printf("Running OutageProcess instances of this run (engine): %s; expected %d%n",
				count.statusCode() == 200 ? count.body() : "HTTP " + count.statusCode(), ok + lateButPresent);
		System.exit((ok == total && createdMissing == 0 && withoutInstance == 0) ? 0 : 1);
	}

	private static String notice(String reference) {
		OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(10).withNano(0);
		return """
				{"reference": "%s", "type": "PLANNED", "title": "Lasttest", "services": ["journalen"],
				 "startsAt": "%s", "expectedEnd": "%s", "text": "Lasttest av intaget."}"""
			.formatted(reference, startsAt, startsAt.plusHours(4));
	}

	private static double pct(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

}
