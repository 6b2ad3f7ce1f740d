package io.mserve.testkit.shutdown;

import io.mserve.testkit.MservePrimary;
import static org.awaitility.Awaitility.await;

import com.kx.c;
import io.mserve.testkit.QClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The launcher as users run it, a process of its own ({@code java -cp ... io.mserve.launcher.Main
 * --config FILE}), with fake secondary processes as its children; its output is collected.
 */
public final class LauncherProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("mserve primary listening on :(\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int port;

    private LauncherProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> line("secondaries up") != null || !process.isAlive());
        String listening = line("mserve primary listening on");
        if (listening == null || line("secondaries up") == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the launcher did not start:\n" + String.join("\n", output));
        }
        Matcher matcher = LISTENING.matcher(listening);
        matcher.find();
        this.port = Integer.parseInt(matcher.group(1));
    }

    /** Starts a launcher on a free loopback port with {@code secondaries} fake secondary processes and extra HOCON. */
    static LauncherProcess start(int secondaries, String... hocon) {
        return start(List.of(), "256m", secondaries, hocon);
    }

    /** Starts a launcher as {@link #start(int, String...)} does, with a heap of at most {@code maxHeap} ({@code -Xmx}). */
    public static LauncherProcess start(String maxHeap, int secondaries, String... hocon) {
        return start(List.of(), maxHeap, secondaries, hocon);
    }

    /**
     * As {@link #start(int, String...)}, the launcher leading a process group of its own (under
     * {@code setsid}), as a shell's foreground job does: a signal to the group is Ctrl-C.
     */
    static LauncherProcess startAsGroupLeader(int secondaries, String... hocon) {
        return start(List.of("setsid"), "256m", secondaries, hocon);
    }

    private static LauncherProcess start(List<String> prefix, String maxHeap, int secondaries, String... hocon) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> config = new ArrayList<>(List.of(
                "mserve.transport { host = \"127.0.0.1\", port = 0 }",
                MservePrimary.fakeProcesses(secondaries)));
        config.addAll(List.of(hocon));
        try {
            Path file = Files.createTempFile("mserve-launcher", ".conf");
            file.toFile().deleteOnExit();
            Files.writeString(file, String.join("\n", config));
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(java, "-Xmx" + maxHeap, "-cp", classpath, "io.mserve.launcher.Main", "--config", file.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new LauncherProcess(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            // The launcher has gone.
        }
    }

    /** Sends {@code signal} (e.g. {@code INT}) to the launcher's whole process group, as a terminal does. */
    void signalGroup(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + process.pid()).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " of group " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The launcher's descendants now: the secondaries and their watchdogs. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** Queries in flight on the secondaries, from {@code .mserve.status[]}. */
    long inFlight() {
        try (QClient status = QClient.connect(port)) {
            c.Flip table = (c.Flip) status.sync(".mserve.status[]");
            for (int i = 0; i < table.x.length; i++) {
                if (table.x[i].equals("inflight")) {
                    return LongStream.of(inFlightColumn(table.y[i])).sum();
                }
            }
            throw new IllegalStateException("no inflight column in .mserve.status[]");
        }
    }

    private static long[] inFlightColumn(Object column) {
        if (column instanceof long[] longs) {
            return longs;
        }
        return IntStream.of((int[]) column).asLongStream().toArray();
    }

    /** The first line of output containing {@code text}, or null. */
    String line(String text) {
        return output.stream().filter(line -> line.contains(text)).findFirst().orElse(null);
    }

    void awaitLine(String text, Duration atMost) {
        await().atMost(atMost).until(() -> line(text) != null);
    }

    public String output() {
        return String.join("\n", output);
    }

    /** Waits for the launcher to exit; returns its exit code. */
    int awaitExit(Duration atMost) {
        await().atMost(atMost).until(() -> !process.isAlive());
        return process.exitValue();
    }

    /** Whatever happened: no process of this launcher is left. */
    @Override
    public void close() {
        List<ProcessHandle> left = new ArrayList<>(process.descendants().toList());
        process.destroyForcibly();
        left.forEach(ProcessHandle::destroyForcibly);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
