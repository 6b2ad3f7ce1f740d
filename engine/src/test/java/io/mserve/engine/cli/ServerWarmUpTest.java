package io.mserve.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kx.c;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's warm-up in a process of its own: it runs after the script and before the server listens, and when it
 * fails (here a 16 MB heap, too small for its tables) it says so and the server serves all the same;
 * {@code --no-warm-up} skips it.
 */
class ServerWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void aWarmUpThatFailsIsWrittenDownBeforeTheServerListensAndTheServerServes() throws Exception {
        assertThat(serveThenAsk(List.of())).containsExactly("'warm-up: wsfull");
    }

    @Test
    void noWarmUpSkipsIt() throws Exception {
        assertThat(serveThenAsk(List.of("--no-warm-up"))).isEmpty();
    }

    // The q errors the server wrote by the time it first answered a client, who is answered the script's xs (other
    // lines, such as a logging library's notice, are not q's).
    private List<String> serveThenAsk(List<String> options) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("s.q"), "xs:til 3\n");
        Path log = dir.resolve("out.txt");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-cp", System.getProperty("java.class.path"), QMain.class.getName(), script.toString(),
                "-p", Integer.toString(port)));
        command.addAll(options);
        Process q = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        try {
            c conn = await().atMost(Duration.ofSeconds(60)).ignoreException(ConnectException.class)
                    .until(() -> new c("127.0.0.1", port), connection -> true);
            List<String> written = Files.readString(log, StandardCharsets.ISO_8859_1).lines().filter(l -> l.startsWith("'")).toList();
            try {
                assertThat((long[]) conn.k("xs".toCharArray())).containsExactly(0, 1, 2);
            } catch (c.KException e) {
                throw new AssertionError(e);
            } finally {
                conn.close();
            }
            return written;
        } finally {
            q.destroyForcibly().waitFor();
        }
    }
}
