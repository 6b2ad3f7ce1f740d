package io.mserve.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A primary's Prometheus scrape endpoint ({@code mserve.metrics.prometheus-port}) on loopback, read as a scraper does. */
public final class MetricsEndpoint {
    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest scrape;

    public MetricsEndpoint(int port) {
        this.scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
    }

    /**
     * The value of the series named exactly {@code series} (labels included, as the text format
     * writes them, e.g. {@code mserve_queue_depth}) in a fresh scrape.
     *
     * @throws IllegalStateException when the scrape has no such series
     */
    public double value(String series) {
        String body;
        try {
            body = http.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scraping " + scrape.uri(), e);
        }
        String prefix = series + " ";
        return body.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + series + " in " + scrape.uri()));
    }
}
