package se.regionjh.reservrutin.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback standing in for the Teams Workflows webhooks:
 * one path per service ({@code /webhook/<service>}). It records what it gets
 * and answers 202 unless a test queued another answer for that path.
 */
public final class FakeTeams {

	public record Received(String path, String contentType, String body) {
	}

	public record Answer(int status, Map<String, String> headers, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Queue<Answer>> answers = new ConcurrentHashMap<>();

	public FakeTeams() {
		this(0);
	}

	/** On that loopback port (0: one the OS chooses), e.g. again on the port of one that was stopped. */
	public FakeTeams(int port) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.received.add(new Received(path, exchange.getRequestHeaders().getFirst("Content-Type"), body));
			Queue<Answer> queue = this.answers.get(path);
			Answer answer = (queue != null && !queue.isEmpty()) ? queue.poll() : new Answer(202, Map.of(), "");
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		this.server.start();
	}

	public String url(String service) {
		return "http://127.0.0.1:" + port() + path(service);
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public static String path(String service) {
		return "/webhook/" + service;
	}

	/** The next request to the service's webhook gets this answer. */
	public void answer(String service, int status, Map<String, String> headers, String body) {
		this.answers.computeIfAbsent(path(service), (key) -> new ConcurrentLinkedQueue<>())
			.add(new Answer(status, headers, body));
	}

	public List<Received> received(String service) {
		return this.received.stream().filter((r) -> r.path().equals(path(service))).toList();
	}

	public List<Received> all() {
		return new ArrayList<>(this.received);
	}

	public void reset() {
		this.received.clear();
		this.answers.clear();
	}

	public void stop() {
		this.server.stop(0);
	}

}
