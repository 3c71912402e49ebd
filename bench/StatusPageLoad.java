import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded closed-loop load on one URL of a local application: CONCURRENCY
 * clients each send GET requests back to back for SECONDS (after a warm-up of
 * the same length, capped at 10 s), then it prints requests per second and
 * latency percentiles. Loopback addresses only.
 *
 * java bench/StatusPageLoad.java URL [CONCURRENCY] [SECONDS]
 */
public class StatusPageLoad {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		int concurrency = (args.length > 1) ? Integer.parseInt(args[1]) : 50;
		int seconds = Math.min((args.length > 2) ? Integer.parseInt(args[2]) : 20, 120);
		if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
			throw new IllegalArgumentException("Only loopback targets: " + uri.getHost());
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
		run(http, request, concurrency, Math.min(seconds, 10), false);
		run(http, request, concurrency, seconds, true);
	}

	static void run(HttpClient http, HttpRequest request, int concurrency, int seconds, boolean report)
			throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		int[] counts = new int[concurrency];
		for (int i = 0; i < concurrency; i++) {
			long[] mine = new long[2_000_000];
			latencies.add(mine);
			int index = i;
			Thread thread = new Thread(() -> {
				int n = 0;
				while (System.nanoTime() < end && n < mine.length) {
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
						bytes.addAndGet(response.body().length);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					mine[n++] = System.nanoTime() - start;
				}
				counts[index] = n;
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (!report) {
			return;
		}
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int i = 0; i < concurrency; i++) {
			System.arraycopy(latencies.get(i), 0, all, at, counts[i]);
			at += counts[i];
		}
		Arrays.sort(all);
		System.out.printf("%s  concurrency=%d  duration=%ds%n", request.uri(), concurrency, seconds);
		System.out.printf("requests=%d  errors=%d  req/s=%.0f  avg body=%d bytes%n", total, errors.get(),
				total / (double) seconds, total == 0 ? 0 : bytes.get() / total);
		System.out.printf("latency ms: p50=%.2f  p95=%.2f  p99=%.2f  max=%.2f%n", ms(all, 0.50), ms(all, 0.95),
				ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
	}

	static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
