package io.mserve.testkit.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's
 * WebSocket client: it opens one page, evaluates JavaScript in it and takes screenshots.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Replies replies;
    private final AtomicLong ids = new AtomicLong();

    private Chromium(Process process, Path profile, WebSocket socket, Replies replies) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        this.replies = replies;
    }

    /** The browser's executable on the PATH, if one is installed. */
    static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(":"))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts a headless browser of {@code width}×{@code height} showing {@code url}, and connects to its page. */
    static Chromium open(Path executable, String url, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("mserve-chromium");
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        Process process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, url)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            URI browser = URI.create(devToolsAddress(process));
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String page = null;
            for (JsonNode target : JSON.readTree(list)) {
                if (target.path("type").asText().equals("page")) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                throw new IllegalStateException("chromium shows no page: " + list);
            }
            Replies replies = new Replies();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), replies).get(30, TimeUnit.SECONDS);
            return new Chromium(process, profile, socket, replies);
        } catch (Exception e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw new IllegalStateException("cannot drive chromium: " + e, e);
        }
    }

    private static String devToolsAddress(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("chromium exited without a DevTools address:\n" + seen);
    }

    /** Matches the browser's answers to the commands sent, by id; events are ignored. */
    private static final class Replies implements WebSocket.Listener {
        private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder text = new StringBuilder();

        CompletableFuture<JsonNode> expect(long id) {
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            return answer;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode node = JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> answer = node.has("id") ? pending.remove(node.get("id").asLong()) : null;
                    if (answer != null) {
                        answer.complete(node);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    text.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode call(String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = replies.expect(id);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params);
        try {
            socket.sendText(JSON.writeValueAsString(command), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(60, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e, e);
        }
    }

    /** The value of a JavaScript expression in the page (a JSON-compatible value). */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate",
                JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** The texts of the elements {@code selector} matches, in document order. */
    List<String> texts(String selector) {
        JsonNode texts = evaluate("Array.from(document.querySelectorAll(" + quote(selector) + "), e => e.textContent)");
        return Stream.of(JSON.convertValue(texts, String[].class)).toList();
    }

    /** Saves a PNG screenshot of the page to {@code file}. */
    void screenshot(Path file) throws IOException {
        JsonNode shot = call("Page.captureScreenshot",
                JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless.
        }
    }
}
