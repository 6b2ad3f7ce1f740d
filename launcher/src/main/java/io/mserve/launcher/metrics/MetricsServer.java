package io.mserve.launcher.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mserve.launcher.status.StatusBoard;
import io.mserve.launcher.status.StatusReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server on the metrics port: {@code /metrics} (Prometheus's text exposition), {@code /}
 * (the status page, one self-contained HTML file), {@code /status.json} (what the page renders)
 * and {@code /health} (200 while every pool has a secondary up, else 503).
 */
public final class MetricsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MetricsServer.class);
    /** How long a request waits for the dispatcher's rows. */
    private static final Duration STATUS_WAIT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private MetricsServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on {@code host:port} (port 0: any free port). */
    public static MetricsServer start(PrometheusMeterRegistry registry, StatusBoard board, String host, int port) {
        byte[] page = page();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
            server.createContext("/metrics", exchange -> send(exchange, 200,
                    "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8)));
            server.createContext("/status.json", exchange -> {
                try {
                    send(exchange, 200, "application/json", JSON.writeValueAsBytes(board.report(STATUS_WAIT)));
                } catch (IllegalStateException e) {
                    send(exchange, 503, "application/json", json(Map.of("error", e.getMessage())));
                }
            });
            server.createContext("/health", exchange -> health(exchange, board));
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().equals("/")) {
                    send(exchange, 200, "text/html; charset=utf-8", page);
                } else {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                }
            });
            server.start();
            return new MetricsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port, e);
        }
    }

    private static void health(HttpExchange exchange, StatusBoard board) throws IOException {
        StatusReport report;
        try {
            report = board.report(STATUS_WAIT);
        } catch (IllegalStateException e) {
            send(exchange, 503, "application/json", json(Map.of("status", "down", "error", e.getMessage())));
            return;
        }
        Map<String, String> pools = new LinkedHashMap<>();
        report.pools().forEach(pool -> pools.put(pool.name(), pool.up() ? "up" : "down"));
        boolean healthy = report.healthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", healthy ? "up" : "down");
        body.put("pools", pools);
        send(exchange, healthy ? 200 : 503, "application/json", json(body));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(code, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            log.debug("metrics request {}: {}", exchange.getRequestURI(), e.toString());
            throw e;
        }
    }

    private static byte[] page() {
        try (InputStream in = StatusBoard.class.getResourceAsStream("status.html")) {
            if (in == null) {
                throw new IllegalStateException("status.html is missing from the launcher's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
