package io.mserve.launcher.secondary;

import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.Credentials;
import io.mserve.ipc.wire.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongPredicate;

/**
 * Waits until a secondary is ready, by the kdb+ handshake rather than a fixed sleep: connects to
 * it, sends {@code user:password}, capability 3 and a NUL, and expects exactly one byte back.
 * Attempts repeat with a short, growing back-off until the deadline, or until the secondary's
 * process ends. For a started secondary it then asks {@code .z.i}, so that a stranger holding the
 * port is never taken for the process the primary started.
 */
public final class HandshakeProbe {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_ATTEMPT = Duration.ofSeconds(2);
    /** A reply to {@code .z.i} is an int atom; anything this long is not one. */
    private static final int LONGEST_PID_REPLY = 64;
    private static final byte[] PID_QUERY = Encoder.encode(MessageType.SYNC,
            new ByteVector(QType.CHAR, ".z.i".getBytes(StandardCharsets.ISO_8859_1)));

    private final byte[] handshake;
    private final SecondaryTls tls;

    /** @param login {@code user:password} to send, e.g. {@code mserve:} */
    public HandshakeProbe(String login) {
        this(login, SecondaryTls.NONE);
    }

    /**
     * @param login {@code user:password} to send, e.g. {@code mserve:}
     * @param tls   the secondaries probed over TLS
     */
    public HandshakeProbe(String login, SecondaryTls tls) {
        this.tls = tls;
        handshake = Credentials.handshake(login);
    }

    /** Why a secondary was not ready. */
    public static final class NotReady extends Exception {
        private static final long serialVersionUID = 1L;

        public NotReady(String message) {
            super(message);
        }
    }

    /**
     * Blocks until {@code host:port} answers the handshake.
     *
     * @param timeout give up after this long
     * @param exited  completes if the secondary's process ends (never, for a remote secondary)
     * @param ours    for a started secondary, whether the pid its {@code .z.i} answers is the process started
     *                (or one of its descendants); null to skip the check (remote secondaries)
     * @return the capability byte the secondary answered
     * @throws NotReady when the deadline passed or the process ended first, saying which, or when the
     *                  process answering is not ours
     */
    public int await(String host, int port, Duration timeout, CompletableFuture<Integer> exited, LongPredicate ours)
            throws NotReady, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_PAUSE;
        String last = "no attempt";
        while (true) {
            if (exited.isDone()) {
                throw new NotReady("exited with code " + exited.getNow(-1) + " before answering the handshake");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new NotReady("did not answer the handshake on " + host + ":" + port + " within " + seconds(timeout)
                        + " (last attempt: " + last + ")");
            }
            try {
                return attempt(host, port, Duration.ofNanos(Math.min(left, LONGEST_ATTEMPT.toNanos())), ours);
            } catch (IOException e) {
                last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            long wait = Math.min(pause.toNanos(), Math.max(0, deadline - System.nanoTime()));
            try {
                exited.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // Still running (or its end is unknowable): try again.
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private int attempt(String host, int port, Duration within, LongPredicate ours) throws IOException, NotReady {
        try (BlockingConnection connection = BlockingConnection.open(host, port, tls, handshake, within)) {
            if (ours != null) {
                long pid = pidOf(connection, host, port, within);
                if (!ours.test(pid)) {
                    throw new NotReady("port " + port + " is held by another process (pid " + pid
                            + "), not the secondary started: it is not taken");
                }
            }
            return connection.capability();
        }
    }

    /** Asks {@code .z.i} on the open connection; the reply's length is checked before it is read. */
    private static long pidOf(BlockingConnection connection, String host, int port, Duration within)
            throws IOException, NotReady {
        K answer;
        try {
            answer = connection.ask(PID_QUERY, LONGEST_PID_REPLY, within);
        } catch (BlockingReply.Refused e) {
            throw new NotReady(host + ":" + port + " answered .z.i with " + e.getMessage() + ", not a pid: it is not taken");
        }
        if (answer instanceof IntAtom pid && pid.type() == -QType.INT) {
            return pid.value();
        }
        String what = answer instanceof KError error ? "'" + error.text() : "a value of type " + answer.type();
        throw new NotReady(host + ":" + port + " answered .z.i with " + what + ", not a pid: it is not taken");
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
    }
}
