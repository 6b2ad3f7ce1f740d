package io.mserve.launcher.secondary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One secondary's process, started so that it dies with the primary, however the primary ends:
 * the command runs under a {@code sh} that keeps the read end of a pipe from the primary and
 * kills the secondary when that pipe closes (the primary's JVM exited, even by SIGKILL). The
 * {@code sh} {@code exec}s the command, so the process id is the secondary's own.
 *
 * <p>Each secondary runs in a process group of its own (with {@code setsid}, see {@link #SETSID}).
 * Standard output and error are merged; the last lines are kept for failure reports.
 */
public final class SecondaryProcess {
    private static final Logger log = LoggerFactory.getLogger(SecondaryProcess.class);

    /**
     * Fd 3 keeps the pipe from the primary; a background job waits for it to close, then kills
     * the secondary ({@code $$}, which {@code exec} turns into the secondary's own pid) if it is
     * still the job's parent: a secondary that already exited may have had its pid reused. The
     * secondary itself gets neither the pipe nor our output, so that it cannot keep them open.
     */
    static final String WATCHDOG = "exec 3<&0; (cat <&3 >/dev/null 2>&1; read -r _ _ _ ppid _ </proc/self/stat; "
            + "[ \"$ppid\" = \"$$\" ] && kill -9 $$ 2>/dev/null) >/dev/null 2>&1 & "
            + "exec \"$@\" </dev/null 3<&-";

    /**
     * {@code setsid}, which gives each secondary a session and process group of its own: Ctrl-C in
     * the primary's terminal signals the primary's group only, and the primary stops its
     * secondaries itself after the shutdown grace. It {@code exec}s (our child leads no group), so
     * the pid stays the secondary's. Without it the secondaries share the primary's group.
     */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .map(Path::of).filter(Files::isExecutable).findFirst();

    private final String name;
    private final Process process;
    private final OutputStream lifeline;
    /** Guarded by itself: the last lines of output. */
    private final ArrayDeque<String> tail = new ArrayDeque<>();
    private final int tailLines;
    private final CompletableFuture<Void> outputEnded = new CompletableFuture<>();
    private final CompletableFuture<Integer> exited;

    private SecondaryProcess(String name, Process process, int tailLines) {
        this.name = name;
        this.process = process;
        this.lifeline = process.getOutputStream();
        this.tailLines = tailLines;
        this.exited = process.onExit().thenApply(Process::exitValue);
        exited.whenComplete((code, error) -> closeLifeline());
        Thread reader = new Thread(this::readOutput, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code command} (program and arguments) as a child that dies with this JVM.
     *
     * @param name      how logs name it, e.g. {@code secondary-2}
     * @param tailLines lines of output kept for {@link #outputTail()}
     */
    public static SecondaryProcess start(String name, List<String> command, int tailLines) throws IOException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        List<String> wrapped = new ArrayList<>(command.size() + 5);
        SETSID.ifPresent(setsid -> wrapped.add(setsid.toString()));
        wrapped.add("sh");
        wrapped.add("-c");
        wrapped.add(WATCHDOG);
        wrapped.add("mserve-secondary");
        wrapped.addAll(command);
        Process process = new ProcessBuilder(wrapped)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        log.debug("{}: started pid {}: {}", name, process.pid(), command);
        return new SecondaryProcess(name, process, tailLines);
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.debug("{}: {}", name, line);
                synchronized (tail) {
                    tail.addLast(line);
                    while (tail.size() > tailLines) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            log.debug("{}: output ended: {}", name, e.toString());
        } finally {
            outputEnded.complete(null);
        }
    }

    /** The process id of the secondary (the {@code sh} that started it {@code exec}ed it). */
    public long pid() {
        return process.pid();
    }

    /** Whether {@code pid} is this process or one it started (a wrapper script's q, say). */
    public boolean isOrStarted(long pid) {
        return process.pid() == pid || process.toHandle().descendants().anyMatch(child -> child.pid() == pid);
    }

    /** The secondary's process. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the exit code when the process ends. */
    public CompletableFuture<Integer> onExit() {
        return exited;
    }

    /** The last lines of output, oldest first. */
    public List<String> outputTail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /**
     * The last lines of output once the process has ended, waiting up to {@code wait} for its last
     * output to be read.
     */
    public List<String> outputTailAfterExit(Duration wait) {
        try {
            outputEnded.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Some output may be missing; report what there is.
        }
        return outputTail();
    }

    /**
     * Stops the secondary: SIGTERM, then SIGKILL if it has not exited within {@code grace}.
     * Returns once it has exited (or {@code grace} has passed twice).
     */
    public void destroy(Duration grace) {
        if (process.isAlive()) {
            // Through the handle: Process.destroy() would also close our end of the lifeline, and
            // the watchdog would SIGKILL the secondary at once, leaving it no grace.
            process.toHandle().destroy();
            try {
                if (!process.waitFor(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                    log.warn("{}: still running {} after SIGTERM; killing it", name, grace);
                    process.toHandle().destroyForcibly();
                    process.waitFor(grace.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        closeLifeline();
    }

    private void closeLifeline() {
        try {
            lifeline.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
