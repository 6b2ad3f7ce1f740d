package io.mserve.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.launcher.Primary;
import io.mserve.testkit.FakeSecondary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file and dns discoveries in a real primary: members found, joined, drained away, queried with javakdb. */
class DiscoveryThroughThePrimaryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private FakeSecondary fake(int id) {
        FakeSecondary fake = FakeSecondary.start(id, new QueryScript(id));
        closing.add(fake);
        return fake;
    }

    private Primary primary(String discovery) {
        Primary primary = Primary.start(ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                + "mserve.secondaries.discovery " + discovery).withFallback(ConfigFactory.load()).resolve());
        closing.add(primary);
        return primary;
    }

    /** Asks the primary for its status until {@code done} holds of it. */
    private static List<SecondaryStatus> statusUntil(Primary primary, Predicate<List<SecondaryStatus>> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<SecondaryStatus> status = primary.status();
        while (!done.test(status) && System.nanoTime() < deadline) {
            status = primary.status();
        }
        return status;
    }

    private static List<String> up(List<SecondaryStatus> status) {
        return status.stream().filter(s -> s.state() == SecondaryState.UP).map(s -> s.info().address()).toList();
    }

    /** Replaces the file whole, as a configuration tool does, so that it is never seen half written. */
    private static void write(Path file, String text) throws IOException {
        Path next = Files.writeString(file.resolveSibling(file.getFileName() + ".next"), text);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void theFileDiscoveryPicksUpAnEditedFile() throws IOException {
        FakeSecondary one = fake(1);
        FakeSecondary two = fake(2);
        String first = "127.0.0.1:" + one.port();
        String second = "127.0.0.1:" + two.port();
        Path members = dir.resolve("members.txt");
        write(members, "# pool\n" + first + "\n");
        Primary primary = primary("{ provider = file, file { path = \"" + members + "\", interval = 50ms } }");
        assertThat(up(primary.status())).containsExactly(first);

        write(members, first + "\n" + second + "\n");
        assertThat(up(statusUntil(primary, s -> up(s).size() == 2))).containsExactly(first, second);

        write(members, first + "\nnot an address\n");
        write(members, second + "\n");
        assertThat(statusUntil(primary, s -> s.size() == 1)).extracting(s -> s.info().address()).containsExactly(second);
        try (QClient client = QClient.connect(primary.port())) {
            for (int i = 0; i < 3; i++) {
                assertThat(new String((char[]) client.deferred("who"))).isEqualTo("secondary 2");
            }
        }
        assertThat(one.served()).isZero();
    }

    @Test
    void theDnsDiscoveryConnectsToLocalhost() {
        FakeSecondary one = fake(1);
        Primary primary = primary("{ provider = dns, dns { name = localhost, port = " + one.port() + ", interval = 1s } }");
        assertThat(up(statusUntil(primary, s -> up(s).contains("127.0.0.1:" + one.port())))).contains("127.0.0.1:" + one.port());
        try (QClient client = QClient.connect(primary.port())) {
            assertThat(new String((char[]) client.deferred("who"))).isEqualTo("secondary 1");
        }
    }
}
