package io.mserve.launcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.core.discovery.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file discovery reports the file at start, each change after, and keeps its members through a bad file. */
class FileDiscoveryTest {
    @TempDir
    Path dir;

    private final List<Set<Address>> reports = new CopyOnWriteArrayList<>();
    private FileDiscovery discovery;

    @AfterEach
    void close() {
        if (discovery != null) {
            discovery.close();
        }
    }

    private FileDiscovery started(Path file) {
        // An hour: the test polls by hand.
        discovery = new FileDiscovery(file, Duration.ofHours(1), 100);
        discovery.start(reports::add);
        return discovery;
    }

    @Test
    void reportsTheFileAtStartThenEachChangeOnly() throws IOException {
        Path file = Files.writeString(dir.resolve("members"), "h1:5002\n");
        FileDiscovery files = started(file);
        files.poll(reports::add);
        Files.writeString(file, "h1:5002\nh2:5003\n");
        files.poll(reports::add);
        assertThat(reports).containsExactly(Set.of(new Address("h1", 5002)),
                Set.of(new Address("h1", 5002), new Address("h2", 5003)));
    }

    @Test
    void aMalformedTruncatedOversizedOrMissingFileKeepsTheMembersReadBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("members"), "h1:5002\n");
        FileDiscovery files = started(file);
        Files.writeString(file, "h1:5002\nh2:x\n");
        files.poll(reports::add);
        Files.writeString(file, "h1:5002\nh2:50");
        files.poll(reports::add);
        Files.writeString(file, "# a long comment ".repeat(10) + "\n");
        files.poll(reports::add);
        Files.delete(file);
        files.poll(reports::add);
        assertThat(reports).containsExactly(Set.of(new Address("h1", 5002)));
        Files.writeString(file, "h2:5003\n");
        files.poll(reports::add);
        assertThat(reports).last().isEqualTo(Set.of(new Address("h2", 5003)));
    }

    @Test
    void aBadFileAtStartUpStopsItNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("members"), "h1:5002\nh2\n");
        assertThatThrownBy(() -> started(file)).hasMessage(file + ":2: \"h2\" is not host:port");
        assertThatThrownBy(() -> started(dir.resolve("none"))).hasMessageStartingWith(dir.resolve("none") + ": cannot be read");
    }
}
