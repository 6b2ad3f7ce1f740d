package io.mserve.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An mserve primary run as users run it, {@code java -jar launcher.jar --config FILE}, with its
 * secondaries (by default N of the testkit's fake secondaries) as its child processes.
 */
public final class PrimaryProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private PrimaryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a primary on {@code port} with {@code secondaries} fakes on the ports after it; returns once all are up. */
    static PrimaryProcess start(Path launcherJar, Path testkitJar, int port, int secondaries, String strategy)
            throws IOException {
        return start(launcherJar, testkitJar, port, secondaries, strategy, "512m");
    }

    /** As {@link #start(Path, Path, int, int, String)}, the primary's heap at most {@code maxHeap} ({@code -Xmx}). */
    static PrimaryProcess start(Path launcherJar, Path testkitJar, int port, int secondaries, String strategy,
            String maxHeap) throws IOException {
        return start(launcherJar, testkitJar, port, secondaries, strategy, maxHeap, "");
    }

    /** As {@link #start(Path, Path, int, int, String, String)}, with {@code settings} (HOCON) laid over the rest. */
    static PrimaryProcess start(Path launcherJar, Path testkitJar, int port, int secondaries, String strategy,
            String maxHeap, String settings) throws IOException {
        Path config = Files.createTempFile("mserve-bench", ".conf");
        Files.writeString(config, String.join("\n",
                "mserve.transport { host = \"127.0.0.1\", port = " + port + " }",
                "mserve.strategy.name = " + strategy,
                "mserve.secondaries {",
                "  count = " + secondaries,
                "  command = [\"{java}\", \"-Xmx256m\", \"-cp\", \"" + testkitJar + ":{classpath}\",",
                "             \"io.mserve.testkit.FakeSecondaryMain\", \"-p\", \"{port}\", \"-id\", \"{id}\", \"-U\", \"{users-file}\"]",
                "}",
                settings));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return start(List.of(java, "-Xmx" + maxHeap, "-jar", launcherJar.toString(), "--config", config.toString()), port);
    }

    /** Starts a primary on {@code port} with one remote secondary, already listening on {@code secondaryPort}. */
    static PrimaryProcess startRemote(Path launcherJar, int port, int secondaryPort, String settings) throws IOException {
        Path config = Files.createTempFile("mserve-bench", ".conf");
        Files.writeString(config, String.join("\n",
                "mserve.transport { host = \"127.0.0.1\", port = " + port + ", secondary-login = \"bench:\" }",
                "mserve.secondaries.remote = [\"127.0.0.1:" + secondaryPort + "\"]",
                settings));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return start(List.of(java, "-Xmx512m", "-jar", launcherJar.toString(), "--config", config.toString()), port);
    }

    /** Runs {@code command}, a primary listening on {@code port}, showing its output until its secondaries are up. */
    public static PrimaryProcess start(List<String> command, int port) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            System.out.println("  primary | " + line);
            if (line.contains("secondaries up")) {
                break;
            }
        }
        if (line == null) {
            throw new IOException("the primary exited before its secondaries were up; see its output above");
        }
        Thread drain = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // keeps the primary's pipe from filling
                }
            } catch (IOException closed) {
                // the primary has gone
            }
        }, "primary-output");
        drain.setDaemon(true);
        drain.start();
        return new PrimaryProcess(process, port);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** The processes the primary started, and theirs. */
    public Stream<ProcessHandle> descendants() {
        return process.descendants();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
