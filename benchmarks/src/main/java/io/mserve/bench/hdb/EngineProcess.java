package io.mserve.bench.hdb;

import com.kx.c;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded q engine as a process of its own ({@code io.mserve.launcher.Main q}, from this JVM's
 * class path), with the JVM flags of the launcher's default secondary command and a heap limit,
 * serving kdb+ IPC on a port, as the primary starts its secondaries.
 */
final class EngineProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private EngineProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code q [script] -p port} with {@code -Xmx<heap>}; its output goes to this process's. */
    static EngineProcess start(String heap, int port, Path script) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmFlags());
        command.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "io.mserve.launcher.Main", "q"));
        if (script != null) {
            command.add(script.toString());
        }
        command.addAll(List.of("-p", Integer.toString(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        return new EngineProcess(process, port);
    }

    /** Runs {@code q script args...} to its end (the script exits), its output shown; fails unless it exits 0. */
    static void run(String heap, Path script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "io.mserve.launcher.Main", "q", script.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " exited " + exit);
        }
    }

    /** A javakdb connection, once the engine listens (at most two minutes). */
    c connect() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return new c("127.0.0.1", port, "bench:");
            } catch (IOException | c.KException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("the engine on :" + port + " exited " + process.exitValue());
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the engine on :" + port + " did not listen within two minutes");
                }
                Thread.sleep(100);
            }
        }
    }

    ResidentMemory memory() {
        return ResidentMemory.of(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The launcher's default secondary command ({@code mserve.secondaries.command}) with {@code -Xmx<heap>} after {@code {java}}. */
    static List<String> secondaryCommand(String heap) {
        List<String> command = new ArrayList<>(ConfigFactory.load().getStringList("mserve.secondaries.command"));
        command.add(1, "-Xmx" + heap);
        return command;
    }

    // The flags between {java} and -cp in the launcher's default secondary command.
    private static List<String> jvmFlags() {
        List<String> command = ConfigFactory.load().getStringList("mserve.secondaries.command");
        return command.subList(1, command.indexOf("-cp"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
