package io.mserve.launcher;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a request to stop: the first runs a graceful stop (the primary's
 * {@code close}, after which {@code main} returns and the JVM exits 0, not 143 as it would from a
 * shutdown hook); a second one while that runs halts at once (the secondaries' watchdog then
 * kills them).
 */
final class StopSignals {
    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);
    /** The exit code of a second signal: 128 + SIGTERM, as a JVM killed by it reports. */
    static final int HALTED = 143;

    private StopSignals() {}

    static void install(Runnable stop, PrintStream err) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (stopping.compareAndSet(false, true)) {
                        err.println("mserve: SIG" + signal.getName() + ": stopping (again to stop at once)");
                        Thread stopper = new Thread(stop, "mserve-stop");
                        stopper.start();
                    } else {
                        err.println("mserve: SIG" + signal.getName() + " again: stopping at once");
                        Runtime.getRuntime().halt(HALTED);
                    }
                });
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (e.g. -Xrs); its shutdown hook still stops the primary.
                log.debug("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }
}
