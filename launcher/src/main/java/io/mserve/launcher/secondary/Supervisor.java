package io.mserve.launcher.secondary;

import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.secondary.SecondaryConnector;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.launcher.config.CommandTemplate;
import io.mserve.launcher.config.SecondariesSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the secondaries, waits for each to answer the kdb+ handshake, connects the primary to
 * it (which attaches it to the dispatcher), and keeps it so: a secondary whose process exits or
 * whose connection closes is restarted (or, when remote, reconnected) after an exponential
 * back-off. Secondaries 1..count are started here; remote ones follow them in id order.
 */
@Singleton
public final class Supervisor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
    /** How long to wait for the last output of a secondary that has exited. */
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(1);

    private final SecondariesSettings settings;
    private final Dispatcher dispatcher;
    private final SecondaryConnector connector;
    private final HandshakeProbe probe;
    private final Progress progress;
    private final CommandTemplate template;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("mserve-supervisor"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemons("mserve-backoff"));
    private final List<Member> members = new ArrayList<>();
    private volatile boolean closing;
    /** The primary is stopping: secondaries stay as they are until {@link #close()}, none is restarted. */
    private volatile boolean stopping;
    private long startedNanos;

    @Inject
    public Supervisor(SecondariesSettings settings, TransportSettings transport, Dispatcher dispatcher,
            SecondaryConnector connector, Progress progress) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.connector = connector;
        this.progress = progress;
        this.probe = new HandshakeProbe(transport.secondaryLogin(), transport.secondaryTls().to(settings.tlsAddresses()));
        this.template = new CommandTemplate(settings.command(), settings.script());
    }

    /**
     * Registers every secondary with the dispatcher, starts (or connects to) them all in parallel
     * and returns once each is up or has failed, printing a line for each and a summary. Those
     * that failed keep being retried with back-off.
     *
     * @param primaryPort the port the primary listens on; started secondaries follow it unless
     *                    {@code base-port} is set
     * @return how many secondaries are up
     * @throws NoSecondaryStarted if secondaries were configured and none came up
     */
    public int start(int primaryPort) {
        startedNanos = System.nanoTime();
        int total = settings.total();
        synchronized (members) {
            if (closing || !members.isEmpty()) {
                throw new IllegalStateException(closing ? "closed" : "already started");
            }
            for (int id = 1; id <= settings.count(); id++) {
                int port = settings.portOf(id, primaryPort);
                members.add(new Member(id, settings.host(), port, template.expand(id, settings.host(), port)));
            }
            int id = settings.count();
            for (SecondariesSettings.Remote remote : settings.remote()) {
                members.add(new Member(++id, remote.host(), remote.port(), null));
            }
        }
        if (total == 0) {
            return 0;
        }
        List<Member> all = List.copyOf(members);
        for (Member member : all) {
            dispatcher.register(new SecondaryInfo(member.id, member.host, member.port, OptionalLong.empty()));
        }
        List<CompletableFuture<Boolean>> firsts = new ArrayList<>();
        for (Member member : all) {
            firsts.add(CompletableFuture.supplyAsync(() -> launch(member, true), workers));
        }
        int up = 0;
        for (CompletableFuture<Boolean> first : firsts) {
            if (first.join()) {
                up++;
            }
        }
        progress.line(up + "/" + total + " secondaries up in " + HandshakeProbe.seconds(since(startedNanos)));
        if (up == 0) {
            throw new NoSecondaryStarted("no secondary started (0/" + total + "); see the reasons above");
        }
        return up;
    }

    /** One secondary, across its restarts. */
    private final class Member {
        final int id;
        final String host;
        final int port;
        /** The command that starts it; null for a remote secondary. */
        final List<String> command;

        // Guarded by this member.
        int generation;
        int lostGeneration;
        SecondaryProcess process;
        SecondaryConnector.Connection connection;
        long upSinceNanos;
        Duration backoff = settings.restartBackoffMin();
        ScheduledFuture<?> pending;

        Member(int id, String host, int port, List<String> command) {
            this.id = id;
            this.host = host;
            this.port = port;
            this.command = command;
        }

        boolean local() {
            return command != null;
        }

        String where() {
            return local() && host.equals(settings.host()) ? ":" + port : host + ":" + port;
        }

        String label() {
            return "secondary " + id + "/" + settings.total();
        }
    }

    /** Starts (or connects to) one secondary; true once it is attached to the dispatcher. */
    private boolean launch(Member member, boolean first) {
        int generation;
        synchronized (member) {
            if (ending()) {
                return false;
            }
            generation = ++member.generation;
            member.pending = null;
        }
        long began = System.nanoTime();
        SecondaryProcess process = null;
        try {
            CompletableFuture<Integer> exited = new CompletableFuture<>();
            OptionalLong pid = OptionalLong.empty();
            if (member.local()) {
                process = SecondaryProcess.start("secondary-" + member.id, member.command, settings.outputTailLines());
                synchronized (member) {
                    member.process = process;
                }
                if (ending()) {
                    process.destroy(settings.stopGrace());
                    return false;
                }
                exited = process.onExit();
                pid = OptionalLong.of(process.pid());
            }
            probe.await(member.host, member.port, settings.readyTimeout(), exited);
            SecondaryInfo info = new SecondaryInfo(member.id, member.host, member.port, pid);
            SecondaryConnector.Connection connection = connector.connect(info).toCompletableFuture()
                    .get(settings.readyTimeout().toNanos(), TimeUnit.NANOSECONDS);
            synchronized (member) {
                if (ending() || generation != member.generation) {
                    connection.close();
                    return false;
                }
                member.connection = connection;
                member.upSinceNanos = System.nanoTime();
            }
            connection.closed().whenComplete((reason, error) -> lostLater(member, generation, "its connection closed"));
            if (process != null) {
                process.onExit().whenComplete((code, error) -> lostLater(member, generation, "it exited with code " + code));
            }
            if (first) {
                progress.line(member.label() + " ready on " + member.where() + " in "
                        + HandshakeProbe.seconds(since(startedNanos)));
            } else {
                log.info("secondary {} is back on {} (pid {}) after {}", member.id, member.where(),
                        pid.isPresent() ? Long.toString(pid.getAsLong()) : "remote", HandshakeProbe.seconds(since(began)));
            }
            return true;
        } catch (HandshakeProbe.NotReady | IOException | ExecutionException | TimeoutException | RuntimeException e) {
            String reason = reason(e);
            List<String> tail = List.of();
            if (process != null) {
                process.destroy(settings.stopGrace());
                tail = process.outputTailAfterExit(OUTPUT_DRAIN);
            }
            if (ending()) {
                return false;
            }
            if (first) {
                // One call, so that reports of secondaries failing at once do not interleave.
                StringBuilder report = new StringBuilder(member.label()).append(" failed to start on ")
                        .append(member.where()).append(": ").append(reason);
                if (!tail.isEmpty()) {
                    report.append("\n  its last ").append(tail.size()).append(tail.size() == 1 ? " line" : " lines")
                            .append(" of output:");
                    tail.forEach(line -> report.append("\n  | ").append(line));
                }
                progress.line(report.toString());
            } else {
                log.warn("secondary {} on {} failed to start: {}{}", member.id, member.where(), reason, tailText(tail));
            }
            scheduleLaunch(member);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (process != null) {
                process.destroy(settings.stopGrace());
            }
            return false;
        }
    }

    private void lostLater(Member member, int generation, String reason) {
        if (stopping && !closing) {
            log.info("secondary {} on {} is down while the primary stops: {}; not restarted", member.id, member.where(), reason);
        } else if (!closing) {
            try {
                workers.execute(() -> lost(member, generation, reason));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closing.
            }
        }
    }

    /** A secondary that was up is gone (its process or its connection): restart or reconnect it. */
    private void lost(Member member, int generation, String reason) {
        SecondaryProcess process;
        SecondaryConnector.Connection connection;
        synchronized (member) {
            if (ending() || generation != member.generation || member.lostGeneration == generation) {
                return;
            }
            member.lostGeneration = generation;
            process = member.process;
            connection = member.connection;
            member.connection = null;
            if (since(member.upSinceNanos).compareTo(settings.restartBackoffMax()) >= 0) {
                member.backoff = settings.restartBackoffMin();
            }
        }
        if (connection != null) {
            connection.close();
        }
        List<String> tail = List.of();
        if (process != null) {
            process.destroy(settings.stopGrace());
            tail = process.outputTailAfterExit(OUTPUT_DRAIN);
        }
        log.warn("secondary {} on {} is down: {}; {} in {}{}", member.id, member.where(), reason,
                member.local() ? "restarting it" : "reconnecting", HandshakeProbe.seconds(member.backoff), tailText(tail));
        scheduleLaunch(member);
    }

    private void scheduleLaunch(Member member) {
        synchronized (member) {
            if (ending()) {
                return;
            }
            Duration wait = member.backoff;
            Duration doubled = wait.multipliedBy(2);
            member.backoff = doubled.compareTo(settings.restartBackoffMax()) > 0 ? settings.restartBackoffMax() : doubled;
            try {
                member.pending = timers.schedule(() -> workers.execute(() -> {
                    if (!ending()) {
                        dispatcher.restarting(member.id);
                        launch(member, false);
                    }
                }), wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closing.
            }
        }
    }

    /**
     * The primary has begun to stop (its queries are draining): from now on no secondary is
     * started or restarted; those up stay up until {@link #close()}.
     */
    public void stopping() {
        stopping = true;
        synchronized (members) {
            for (Member member : members) {
                synchronized (member) {
                    if (member.pending != null) {
                        member.pending.cancel(false);
                    }
                }
            }
        }
    }

    private boolean ending() {
        return closing || stopping;
    }

    /**
     * Stops supervising: no more restarts; connections are closed and started secondaries get
     * SIGTERM, then SIGKILL after {@code stop-grace}. Returns once they have exited.
     */
    @Override
    public void close() {
        List<Member> all;
        synchronized (members) {
            if (closing) {
                return;
            }
            closing = true;
            all = List.copyOf(members);
        }
        List<CompletableFuture<Void>> stopped = new ArrayList<>();
        for (Member member : all) {
            SecondaryProcess process;
            SecondaryConnector.Connection connection;
            synchronized (member) {
                if (member.pending != null) {
                    member.pending.cancel(false);
                }
                process = member.process;
                connection = member.connection;
                member.connection = null;
            }
            if (connection != null) {
                connection.close();
            }
            if (process != null) {
                SecondaryProcess stopping = process;
                stopped.add(CompletableFuture.runAsync(() -> stopping.destroy(settings.stopGrace()), workers));
            }
        }
        stopped.forEach(CompletableFuture::join);
        timers.shutdownNow();
        workers.shutdownNow();
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof TimeoutException) {
            return "no kdb+ connection within the ready-timeout";
        }
        if (cause instanceof HandshakeProbe.NotReady) {
            return cause.getMessage();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + ": " + message;
    }

    private static String tailText(List<String> tail) {
        return tail.isEmpty() ? "" : "; its last output:\n  | " + String.join("\n  | ", tail);
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Supervisor[%d started, %d remote]", settings.count(), settings.remote().size());
    }
}
