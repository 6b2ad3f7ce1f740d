package io.mserve.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FakeSecondaryTest {

    @Test
    void answersSyncQueriesAsItsScriptSays() {
        try (FakeSecondary fake = FakeSecondary.start(3, new QueryScript(3)); QClient q = QClient.connect(fake.port())) {
            assertThat((long[]) q.sync("til 3")).containsExactly(0, 1, 2);
            assertThat(new String((char[]) q.sync("who"))).isEqualTo("secondary 3");
            assertThat(new String((char[]) q.sync("sleep 5; reply done"))).isEqualTo("done");
            assertThatThrownBy(() -> q.sync("fail boom")).isInstanceOf(QClient.QError.class).hasMessage("boom");
            assertThatThrownBy(() -> q.sync("sleep soon")).hasMessageContaining("script:");
            assertThat(fake.served()).isEqualTo(5);
        }
    }

    @Test
    void answersAsyncQueriesWithAnAsyncMessage() throws Exception {
        try (FakeSecondary fake = FakeSecondary.start(1, new QueryScript(1)); QClient q = QClient.connect(fake.port())) {
            q.async("til 2");
            Object[] message = q.connection().readMsg();
            assertThat(message[0]).isEqualTo((byte) 0);
            assertThat((long[]) message[1]).containsExactly(0, 1);
        }
    }

    @Test
    void aHungSecondaryAnswersNothingUntilReleased() throws Exception {
        try (FakeSecondary fake = FakeSecondary.start(1, new QueryScript(1)); QClient q = QClient.connect(fake.port())) {
            q.async("hang");
            q.async("reply after");
            CompletableFuture<Object> next = CompletableFuture.supplyAsync(q::receive);
            assertThatThrownBy(() -> next.get(200, TimeUnit.MILLISECONDS))
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            fake.release();
            assertThat(new String((char[]) next.get(10, TimeUnit.SECONDS))).isEqualTo("after");
        }
    }

    @Test
    void aCrashDropsTheConnection() {
        try (FakeSecondary fake = FakeSecondary.start(1, new QueryScript(1)); QClient q = QClient.connect(fake.port())) {
            assertThatThrownBy(() -> q.sync("crash")).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void runsAsAProcessThatACrashQueryKills() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FakeSecondaryMain.class.getName(), "-p", "0", "-id", "7").redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()));
            String line = output.readLine();
            while (line != null && !line.startsWith("fake secondary")) {
                line = output.readLine();
            }
            assertThat(line).startsWith("fake secondary 7 listening on ");
            int port = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
            try (QClient q = QClient.connect(port)) {
                assertThat(new String((char[]) q.sync("who"))).isEqualTo("secondary 7");
                q.async("crash");
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> !process.isAlive());
            assertThat(process.exitValue()).isEqualTo(1);
        } finally {
            process.destroyForcibly();
        }
    }
}
