package io.mserve.bench.load;

import com.kx.c;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A secondary started alone on its own port, without a users file, so that both a primary (as a
 * remote secondary) and a client (the latency baseline) can log in to it.
 */
final class DirectSecondary implements AutoCloseable {
    private static final long READY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Process process;
    private final int port;

    private DirectSecondary(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Runs {@code command}, which listens on {@code port}; returns once it lets a client in. */
    static DirectSecondary start(List<String> command, int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + READY_NANOS;
        while (true) {
            try {
                new c("127.0.0.1", port, "bench:").close();
                return new DirectSecondary(process, port);
            } catch (IOException | c.KException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IOException("the direct secondary " + command + " did not listen on " + port, e);
                }
                process.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
