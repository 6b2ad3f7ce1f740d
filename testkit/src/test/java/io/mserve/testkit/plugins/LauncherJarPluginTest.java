package io.mserve.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar launcher.jar} as an operator runs it (where {@code -cp} is ignored): a
 * strategy jar dropped into {@code plugins/} under the working directory is found, listed in
 * the start-up log with its jar, and routes the queries of a real kdb+ client.
 */
class LauncherJarPluginTest {
    /** Built by the launcher module's package phase, before this module's tests in the reactor. */
    private static final Path LAUNCHER_JAR = Path.of("..", "launcher", "target", "launcher.jar").toAbsolutePath().normalize();
    private static final Pattern LISTENING = Pattern.compile("mserve primary listening on :(\\d+)");

    @TempDir
    Path workDir;

    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process launcher;

    @AfterEach
    void stop() {
        if (launcher != null) {
            List<ProcessHandle> children = new ArrayList<>(launcher.descendants().toList());
            launcher.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void launch() throws IOException {
        assertThat(LAUNCHER_JAR).as("launcher.jar (mvn package builds it)").isRegularFile();
        Path conf = Files.writeString(workDir.resolve("mserve.conf"),
                "mserve.transport { host = \"127.0.0.1\", port = 0 }\n" + MservePrimary.fakeProcesses(3) + "\n"
                        + "mserve.strategy.name = prefer\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        launcher = new ProcessBuilder(java, "-Xmx256m", "-jar", LAUNCHER_JAR.toString(), "--config", conf.toString())
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                // The launcher has gone.
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    private String line(String text) {
        return output.stream().filter(l -> l.contains(text)).findFirst().orElse(null);
    }

    @Test
    void aStrategyJarInThePluginsDirectoryOfTheWorkingDirectoryRoutesQueries() throws IOException {
        PluginSources.prefer(workDir.resolve("plugins/prefer.jar"));
        launch();
        await().atMost(Duration.ofSeconds(60)).until(() -> line("secondaries up") != null || !launcher.isAlive());
        assertThat(line("secondaries up")).as(String.join("\n", output)).isNotNull();

        assertThat(line("load strategy 'prefer' (example.Prefer) from plugins/prefer.jar")).isNotNull();
        assertThat(line("load strategy 'least-queue' (io.mserve.strategy.leastqueue.LeastQueueProvider) from class path"))
                .isNotNull();
        Matcher port = LISTENING.matcher(line("mserve primary listening on"));
        assertThat(port.find()).isTrue();
        try (QClient q = QClient.connect(Integer.parseInt(port.group(1)))) {
            for (int i = 0; i < 5; i++) {
                assertThat(new String((char[]) q.deferred("who"))).isEqualTo("secondary 2");
            }
        }
    }

    @Test
    void aCorruptPluginJarStopsTheLauncherWithOneLineNamingIt() throws IOException {
        Files.write(Files.createDirectories(workDir.resolve("plugins")).resolve("broken.jar"), new byte[] {'P', 'K', 3, 4});
        launch();
        await().atMost(Duration.ofSeconds(60)).until(() -> !launcher.isAlive());

        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(output).anySatisfy(l -> assertThat(l).startsWith("mserve: plugin jar plugins/broken.jar cannot be read ("));
        assertThat(String.join("\n", output)).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
