package io.mserve.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.kx.c;
import io.mserve.engine.value.ByteText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The q command line: the REPL, scripts, the conformance runner and serving IPC alongside the REPL. */
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return QMain.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theReplPromptsEvaluatesAndQuitsOnDoubleBackslash() {
        assertThat(run("a:1 2 3\nnosuch\n\\\\\nnever\n")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("q)q)'nosuch\nq)");
    }

    @Test
    void theReplReadsAndWritesBytesSoUtf8TextIsUtf8Throughout() {
        assertThat(run(ByteText.of("-1 \"Zürich\";\ncount \"é\"\n\"é\"\n`$\"香蕉\"\n"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("q)Zürich\nq)2\nq)\"\\303\\251\"\nq)`香蕉\nq)");
    }

    @Test
    void conformanceReadsTheCorpusAsUtf8Text(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"),
                "{\"id\": \"u#1\", \"file\": \"docs/ref/u.md\", \"steps\": [{\"in\": \"count \\\"日本\\\"\", \"out\": \"6\", \"error\": false},"
                        + " {\"in\": \"`$\\\"日本\\\"\", \"out\": \"`日本\", \"error\": false}]}\n", StandardCharsets.UTF_8);
        assertThat(run("", "--conformance", corpus.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("2 passed, 0 failed\n");
    }

    @Test
    void aScriptRunsFirstWithContinuationLinesAndCommentBlocks(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("s.q"), String.join("\n",
                "/ a comment", "f:{[a;b]", "  b}", "/", "this is ignored", "\\", "g:f[1;`two]", "\\", "h:`never"));
        assertThat(run("g\nh\n", script.toString())).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("q)").contains("'h");
    }

    @Test
    void conformanceEndsWithTheCountLine(@TempDir Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"),
                "{\"id\": \"x#1\", \"file\": \"docs/ref/x.md\", \"steps\": [{\"in\": \"a:1\", \"out\": \"\", \"error\": false},"
                        + " {\"in\": \"nosuch\", \"out\": \"'nosuch\", \"error\": true}, {\"in\": \"b:2\", \"out\": \"2\", \"error\": false}]}\n");
        assertThat(run("", "--conformance", corpus.toString())).isEqualTo(1);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("FAIL x#1 step 3").endsWith("2 passed, 1 failed\n");
    }

    @Test
    void aScriptThenServesIpcToTheOnlyUserAndTheReplAlongside(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("s.q"), "xs:til 3\n");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        java.io.PipedOutputStream keyboard = new java.io.PipedOutputStream();
        java.io.PipedInputStream stdin = new java.io.PipedInputStream(keyboard);
        java.util.concurrent.CompletableFuture<Integer> code = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                QMain.run(new String[] {script.toString(), "-p", Integer.toString(port), "--only-user", "mserve"}, stdin,
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        c conn = connect(port, "mserve:");
        assertThat((long[]) conn.k("xs".toCharArray())).containsExactly(0, 1, 2);
        assertThat((String[]) conn.k("key `.".toCharArray())).as("the warm-up's tables are not the server's").containsExactly("xs");
        conn.close();
        assertThatThrownBy(() -> new c("127.0.0.1", port, "alice:"))
                .hasMessage("access");
        keyboard.write("xs,:9\n\\\\\n".getBytes(StandardCharsets.ISO_8859_1));
        keyboard.flush();
        assertThat(code.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Connects once the q started on another thread listens. */
    private static c connect(int port, String login) {
        return await().atMost(Duration.ofSeconds(10)).ignoreException(ConnectException.class)
                .until(() -> new c("127.0.0.1", port, login), connection -> true);
    }

    @Test
    void syncAccessAndMinusCapitalUHoldClientsWhileTheScriptRunsWithFullAccess(@TempDir Path dir) throws Exception {
        Path made = dir.resolve("made");
        Path script = Files.writeString(dir.resolve("s.q"), "(hsym`$\"" + made.toString().replace("\\", "/") + "\") set 1\n");
        Path users = Files.writeString(dir.resolve("users.txt"), "alice:pw\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keyboard);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> QMain.run(new String[] {script.toString(),
                "-p", Integer.toString(port), "-U", users.toString(), "--sync-access", "read-only"}, stdin,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        c conn = connect(port, "alice:pw");
        assertThatThrownBy(() -> conn.k("system \"echo hi\"".toCharArray())).hasMessage("access");
        assertThatThrownBy(() -> conn.k("xs:1".toCharArray())).hasMessage("noupdate");
        conn.close();
        assertThatThrownBy(() -> new c("127.0.0.1", port, "bob:pw")).hasMessage("access");
        assertThat(made).as("written by the script").exists();
        keyboard.write("\\\\\n".getBytes(StandardCharsets.ISO_8859_1));
        keyboard.flush();
        assertThat(code.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void anUnknownSyncAccessStopsTheStart() {
        assertThat(run("", "--sync-access", "none")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("'--sync-access: domain\n");
    }

    @Test
    void aPortThatIsNoNumberIsAnError() {
        assertThat(run("", "-p", "x")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("'type\n");
    }
}
