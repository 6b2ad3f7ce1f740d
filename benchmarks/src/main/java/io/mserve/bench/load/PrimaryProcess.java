package io.mserve.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An mserve primary run as users run it, {@code java -jar launcher.jar --config FILE}, with N
 * fake secondaries (the testkit's {@code FakeSecondaryMain}) as its child processes.
 */
final class PrimaryProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private PrimaryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a primary on {@code port} with {@code secondaries} fakes on the ports after it; returns once all are up. */
    static PrimaryProcess start(Path launcherJar, Path testkitJar, int port, int secondaries, String strategy)
            throws IOException {
        Path config = Files.createTempFile("mserve-bench", ".conf");
        Files.writeString(config, String.join("\n",
                "mserve.transport { host = \"127.0.0.1\", port = " + port + " }",
                "mserve.strategy.name = " + strategy,
                "mserve.secondaries {",
                "  count = " + secondaries,
                "  command = [\"{java}\", \"-Xmx256m\", \"-cp\", \"" + testkitJar + ":{classpath}\",",
                "             \"io.mserve.testkit.FakeSecondaryMain\", \"-p\", \"{port}\", \"-id\", \"{id}\"]",
                "}"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", launcherJar.toString(), "--config", config.toString()))
                .redirectErrorStream(true).start();
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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
