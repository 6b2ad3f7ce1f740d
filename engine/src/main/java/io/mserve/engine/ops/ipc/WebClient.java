package io.mserve.engine.ops.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * {@code .Q.hg} and {@code .Q.hp}: HTTP(S) GET and POST, the body returned as a string. The
 * URL is a symbol or a string, with or without a leading colon, and may carry
 * {@code user:password@}; requests accept gzip and are inflated; a proxy comes from
 * {@code http_proxy}/{@code HTTP_PROXY} (lower case first) unless {@code no_proxy} names the host.
 */
public final class WebClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private WebClient() {}

    /** {@code .Q.hg url}. */
    public static K get(K url) {
        return send(url, null, null);
    }

    /** {@code .Q.hp[url;mime;body]}. */
    public static K post(K url, K mime, K body) {
        if (Math.abs(mime.type()) != QType.CHAR || Math.abs(body.type()) != QType.CHAR && body.type() != QType.BYTE) {
            throw QException.type();
        }
        byte[] bytes = body instanceof ByteVector b ? b.items() : Q.text(body).getBytes(StandardCharsets.ISO_8859_1);
        return send(url, Q.text(mime), bytes);
    }

    private static K send(K url, String mime, byte[] body) {
        URI uri = uri(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(withoutUser(uri)).timeout(TIMEOUT).header("Accept-Encoding", "gzip");
        if (uri.getUserInfo() != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(uri.getUserInfo().getBytes(StandardCharsets.ISO_8859_1)));
        }
        if (body != null) {
            request.header("Content-Type", mime).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL);
        InetSocketAddress proxy = proxy(uri.getHost());
        if (proxy != null) {
            client.proxy(ProxySelector.of(proxy));
        }
        try {
            HttpResponse<byte[]> response = client.build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
                try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = zip.readAllBytes();
                }
            }
            return new ByteVector(QType.CHAR, bytes);
        } catch (IOException e) {
            throw new QException("conn. " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        }
    }

    private static URI uri(K url) {
        String text = url instanceof SymbolAtom s ? s.value() : url.type() == QType.CHAR ? Q.text(url) : null;
        if (text == null) {
            throw QException.type();
        }
        try {
            URI uri = URI.create(text.startsWith(":") ? text.substring(1) : text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw QException.domain();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw QException.domain();
        }
    }

    private static URI withoutUser(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), uri.getFragment());
        } catch (URISyntaxException e) {
            throw QException.domain();
        }
    }

    private static InetSocketAddress proxy(String host) {
        String noProxy = env("no_proxy");
        if (noProxy != null) {
            for (String h : noProxy.split(",")) {
                String suffix = h.strip();
                if (!suffix.isEmpty() && (suffix.equals("*") || host.endsWith(suffix))) {
                    return null;
                }
            }
        }
        String proxy = env("http_proxy");
        if (proxy == null || proxy.isBlank()) {
            return null;
        }
        URI p = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
        return p.getHost() == null ? null : new InetSocketAddress(p.getHost(), p.getPort() < 0 ? 80 : p.getPort());
    }

    // The lower-case name wins over the upper-case one, as q reads them.
    private static String env(String lower) {
        String v = System.getenv(lower);
        return v != null ? v : System.getenv(lower.toUpperCase());
    }
}
