package io.mserve.launcher.secondary;

import io.mserve.core.discovery.Address;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.secondary.SecondaryConnector;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.launcher.config.CommandTemplate;
import io.mserve.launcher.config.PoolsSettings;
import io.mserve.launcher.config.SecondariesSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.function.LongPredicate;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the secondaries, waits for each to answer the kdb+ handshake, connects the primary to
 * it (which attaches it to the dispatcher), and keeps it so: a secondary whose process exits or
 * whose connection closes is restarted (or, when remote, reconnected) after an exponential
 * back-off. Pool by pool, in the pools' order, its secondaries 1..count are started here and its
 * remote ones follow them; ids run on through every pool. Started secondaries are logged in to with
 * this launch's secret ({@link LaunchSecret}) and must prove by their pid that they are the processes
 * started; remote ones with the configured login. Members may join and leave while the primary
 * runs ({@link #join}, {@link #leave}), in the default pool; one that leaves is drained first. Ids
 * are never reused.
 */
@Singleton
public final class Supervisor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
    /** How long to wait for the last output of a secondary that has exited. */
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(1);

    private final PoolsSettings pools;
    private final Dispatcher dispatcher;
    private final SecondaryConnector connector;
    private final String remoteLogin;
    /** The remote secondaries written {@code tls://host:port}, and how to reach them. */
    private final SecondaryTls secondaryTls;
    private final Progress progress;
    /** This launch's secret, made at {@link #start} when any secondary is started there. */
    private LaunchSecret secret;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("mserve-supervisor"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemons("mserve-backoff"));
    private final List<Member> members = new ArrayList<>();
    private volatile boolean closing;
    /** The primary is stopping: secondaries stay as they are until {@link #close()}, none is restarted. */
    private volatile boolean stopping;
    private long startedNanos;
    /** Secondaries at start-up, for the progress lines' "n/total". */
    private int firstTotal;
    /** The id of the next member to join; guarded by {@link #members}. */
    private int nextId = 1;

    @Inject
    public Supervisor(PoolsSettings pools, TransportSettings transport, SecondaryTls secondaryTls, Dispatcher dispatcher,
            SecondaryConnector connector, Progress progress) {
        this.pools = pools;
        this.dispatcher = dispatcher;
        this.connector = connector;
        this.progress = progress;
        this.remoteLogin = transport.secondaryLogin();
        this.secondaryTls = secondaryTls;
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
        return start(primaryPort, null);
    }

    /**
     * As {@link #start(int)}, with {@code discovered} (a discovery's first report) as the default
     * pool's remote secondaries: in place of its {@code remote} list when the configuration names no
     * pools (the static discovery reports that very list), else beside it.
     */
    public int start(int primaryPort, Collection<Address> discovered) {
        startedNanos = System.nanoTime();
        int total;
        synchronized (members) {
            if (closing || !members.isEmpty()) {
                throw new IllegalStateException(closing ? "closed" : "already started");
            }
            if (pools.pools().stream().anyMatch(pool -> pool.secondaries().count() > 0)) {
                secret = LaunchSecret.create();
            }
            List<Integer> bases = pools.basePorts(primaryPort);
            int id = 0;
            for (int p = 0; p < pools.pools().size(); p++) {
                PoolsSettings.Pool pool = pools.pools().get(p);
                SecondariesSettings settings = pool.secondaries();
                if (settings.count() > 0) {
                    CommandTemplate template = new CommandTemplate(settings.command(), settings.script(), secret.usersFile());
                    if (!template.passesUsersFile()) {
                        log.warn("the secondaries' command{} passes no {users-file}: the started secondaries cannot check"
                                + " that a login is their primary's, and let in any local process",
                                pools.named() ? " of pool " + pool.name() : "");
                    }
                    for (int i = 0; i < settings.count(); i++) {
                        int port = bases.get(p) + i;
                        members.add(new Member(++id, pool, settings.host(), port, template.expand(id, settings.host(), port)));
                    }
                }
                boolean replaced = discovered != null && !pools.named();
                if (!replaced) {
                    for (SecondariesSettings.Remote remote : settings.remote()) {
                        members.add(new Member(++id, pool, remote.host(), remote.port(), null));
                    }
                }
                if (discovered != null && pool.name().equals(pools.defaultPool())) {
                    for (Address address : discovered) {
                        members.add(new Member(++id, pool, address.host(), address.port(), null));
                    }
                }
            }
            nextId = id + 1;
            total = members.size();
            firstTotal = total;
        }
        if (total == 0) {
            return 0;
        }
        List<Member> all = List.copyOf(members);
        for (Member member : all) {
            dispatcher.register(member.pool.name(),
                    new SecondaryInfo(member.id, member.host, member.port, OptionalLong.empty()));
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
        final PoolsSettings.Pool pool;
        /** Its pool's settings. */
        final SecondariesSettings settings;
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
        Duration backoff;
        ScheduledFuture<?> pending;
        /** Why its last start failed, for a caller waiting on it. */
        String failure;
        /** Completed with the process id when it is next up (by any attempt), for a restart waiting on it. */
        CompletableFuture<Long> nextUp;

        Member(int id, PoolsSettings.Pool pool, String host, int port, List<String> command) {
            this.id = id;
            this.pool = pool;
            this.settings = pool.secondaries();
            this.backoff = settings.restartBackoffMin();
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
            return "secondary " + id + "/" + firstTotal + pool();
        }

        Address address() {
            return new Address(host, port);
        }

        /** Its pool, for log lines, when the configuration names pools. */
        String pool() {
            return pools.named() ? " of pool " + pool.name() : "";
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
            LongPredicate ours = null;
            if (member.local()) {
                process = SecondaryProcess.start("secondary-" + member.id, member.command, member.settings.outputTailLines());
                synchronized (member) {
                    member.process = process;
                }
                if (ending()) {
                    process.destroy(member.settings.stopGrace());
                    return false;
                }
                exited = process.onExit();
                pid = OptionalLong.of(process.pid());
                ours = member.settings.checkPid() ? process::isOrStarted : null;
            }
            String login = member.local() ? secret.login() : remoteLogin;
            new HandshakeProbe(login, secondaryTls).await(member.host, member.port, member.settings.readyTimeout(), exited, ours);
            SecondaryInfo info = new SecondaryInfo(member.id, member.host, member.port, pid);
            boolean again;
            SecondaryConnector.Connection connection = connector.connect(info, login).toCompletableFuture()
                    .get(member.settings.readyTimeout().toNanos(), TimeUnit.NANOSECONDS);
            synchronized (member) {
                if (ending() || generation != member.generation) {
                    connection.close();
                    return false;
                }
                member.connection = connection;
                again = member.upSinceNanos != 0;
                member.upSinceNanos = System.nanoTime();
                if (member.nextUp != null) {
                    member.nextUp.complete(pid.orElse(-1));
                    member.nextUp = null;
                }
            }
            connection.closed().whenComplete((reason, error) -> lostLater(member, generation, "its connection closed"));
            if (process != null) {
                process.onExit().whenComplete((code, error) -> lostLater(member, generation, "it exited with code " + code));
            }
            if (first) {
                progress.line(member.label() + " ready on " + member.where() + " in "
                        + HandshakeProbe.seconds(since(startedNanos)));
            } else {
                log.info("secondary {}{} is {} on {} (pid {}) after {}", member.id, member.pool(), again ? "back" : "up", member.where(),
                        pid.isPresent() ? Long.toString(pid.getAsLong()) : "remote", HandshakeProbe.seconds(since(began)));
            }
            return true;
        } catch (HandshakeProbe.NotReady | IOException | ExecutionException | TimeoutException | RuntimeException e) {
            String reason = reason(e);
            List<String> tail = List.of();
            if (process != null) {
                process.destroy(member.settings.stopGrace());
                tail = process.outputTailAfterExit(OUTPUT_DRAIN);
            }
            synchronized (member) {
                member.failure = reason;
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
                log.warn("secondary {}{} on {} failed to start: {}{}", member.id, member.pool(), member.where(), reason, tailText(tail));
            }
            scheduleLaunch(member);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (process != null) {
                process.destroy(member.settings.stopGrace());
            }
            return false;
        }
    }

    private void lostLater(Member member, int generation, String reason) {
        if (stopping && !closing) {
            log.info("secondary {}{} on {} is down while the primary stops: {}; not restarted",
                    member.id, member.pool(), member.where(), reason);
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
            if (since(member.upSinceNanos).compareTo(member.settings.restartBackoffMax()) >= 0) {
                member.backoff = member.settings.restartBackoffMin();
            }
        }
        if (connection != null) {
            connection.close();
        }
        List<String> tail = List.of();
        if (process != null) {
            process.destroy(member.settings.stopGrace());
            tail = process.outputTailAfterExit(OUTPUT_DRAIN);
        }
        log.warn("secondary {}{} on {} is down: {}; {} in {}{}", member.id, member.pool(), member.where(), reason,
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
            Duration max = member.settings.restartBackoffMax();
            member.backoff = doubled.compareTo(max) > 0 ? max : doubled;
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

    /** A member now: its id, where it listens, whether the primary started it. */
    public record MemberAddress(int id, String pool, Address address, boolean started) {}

    /** What the primary logs in to {@code member} as: this launch's secret for one it started, else the configured login. */
    public String login(MemberAddress member) {
        return member.started() ? secret.login() : remoteLogin;
    }

    /** The members now, in id order. */
    public List<MemberAddress> members() {
        synchronized (members) {
            return members.stream().map(m -> new MemberAddress(m.id, m.pool.name(), m.address(), m.local())).toList();
        }
    }

    /**
     * Adds a secondary at {@code address} to pool {@code pool}, which the primary connects to but
     * does not start: registers it, connects to it and attaches it, so that it takes queries.
     *
     * @param pool       a pool of the configuration (a discovery's members join the default pool)
     * @param keepTrying whether a first connection that fails is retried with back-off (a member
     *                   found by discovery); if not, the member is removed again and the result fails
     * @return completes with its id once it is up, or fails with the reason it is not
     * @throws IllegalArgumentException when a member already listens at {@code address}
     */
    public CompletableFuture<Integer> join(Address address, String pool, boolean keepTrying) {
        Member member;
        synchronized (members) {
            if (ending()) {
                return CompletableFuture.failedFuture(new IllegalStateException("the primary is stopping"));
            }
            for (Member m : members) {
                if (m.address().equals(address)) {
                    throw new IllegalArgumentException(address + " is already secondary " + m.id);
                }
            }
            member = new Member(nextId++, pool(pool), address.host(), address.port(), null);
            members.add(member);
        }
        dispatcher.register(member.pool.name(), new SecondaryInfo(member.id, member.host, member.port, OptionalLong.empty()));
        log.info("secondary {} joins on {}", member.id, member.where());
        return CompletableFuture.supplyAsync(() -> {
            if (launch(member, false)) {
                return member.id;
            }
            String failure;
            synchronized (member) {
                failure = member.failure;
            }
            if (!keepTrying) {
                forget(member);
            }
            throw new IllegalStateException(address + ": " + failure);
        }, workers);
    }

    /**
     * Removes secondary {@code id}: drains it (no new queries; those in flight finish), then
     * closes its connection (stops it, if the primary started it) and forgets it.
     *
     * @return completes once it is gone
     * @throws IllegalArgumentException for an unknown id
     */
    public CompletableFuture<Void> leave(int id) {
        Member member = member(id);
        log.info("secondary {} on {} leaves: draining it", id, member.where());
        return dispatcher.drain(id).toCompletableFuture().thenRunAsync(() -> {
            forget(member);
            log.info("secondary {} on {} has left", id, member.where());
        }, workers);
    }

    /** Stops supervising {@code member}, has the dispatcher forget it, and ends its connection and process. */
    private void forget(Member member) {
        synchronized (members) {
            members.remove(member);
        }
        dispatcher.deregister(member.id);
        stopCurrent(member);
    }

    /**
     * Ends {@code member}'s current generation: its connection is closed and its process stopped,
     * and neither end is taken for a death to restart it from.
     */
    private void stopCurrent(Member member) {
        Current current = takeCurrent(member);
        if (current.connection() != null) {
            current.connection().close();
        }
        if (current.process() != null) {
            current.process().destroy(member.settings.stopGrace());
        }
    }

    /** A member's connection and process (either may be null), taken from it to be ended. */
    private record Current(SecondaryProcess process, SecondaryConnector.Connection connection) {}

    /** Ends {@code member}'s generation and cancels its pending restart; returns what it had running. */
    private static Current takeCurrent(Member member) {
        synchronized (member) {
            member.generation++;
            if (member.pending != null) {
                member.pending.cancel(false);
            }
            Current current = new Current(member.process, member.connection);
            member.connection = null;
            return current;
        }
    }

    /**
     * Restarts started secondary {@code id}, which the caller has drained: stops its process,
     * starts it again and waits until it answers the handshake and is attached (it still takes no
     * queries until the caller lets it rejoin). A first start that fails (its port not free yet,
     * say) is retried with back-off as after a death, and waited for up to {@code ready-timeout}
     * plus {@code restart-backoff.max}.
     *
     * @return the process id of the new secondary
     * @throws IllegalArgumentException for an unknown id or a secondary the primary did not start
     * @throws IllegalStateException saying why it is not up yet (it is still being retried)
     */
    public long restart(int id) throws InterruptedException {
        Member member = member(id);
        if (!member.local()) {
            throw new IllegalArgumentException("secondary " + id + " (" + member.where() + ") was not started by the primary");
        }
        log.info("secondary {} on {}: restarting it", id, member.where());
        stopCurrent(member);
        CompletableFuture<Long> up = new CompletableFuture<>();
        synchronized (member) {
            member.backoff = member.settings.restartBackoffMin();
            member.nextUp = up;
        }
        dispatcher.restarting(id);
        launch(member, false);
        try {
            return up.get(member.settings.readyTimeout().plus(member.settings.restartBackoffMax()).toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            synchronized (member) {
                throw new IllegalStateException("not up again (still retrying): " + member.failure);
            }
        }
    }

    private PoolsSettings.Pool pool(String name) {
        return pools.pools().stream().filter(pool -> pool.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pool " + name));
    }

    /** The pool a discovery's members, and the console's {@code .mserve.add}, join. */
    public String defaultPool() {
        return pools.defaultPool();
    }

    private Member member(int id) {
        synchronized (members) {
            for (Member member : members) {
                if (member.id == id) {
                    return member;
                }
            }
        }
        throw new IllegalArgumentException("no secondary " + id);
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
            Current current = takeCurrent(member);
            if (current.connection() != null) {
                current.connection().close();
            }
            if (current.process() != null) {
                stopped.add(CompletableFuture.runAsync(() -> current.process().destroy(member.settings.stopGrace()), workers));
            }
        }
        stopped.forEach(CompletableFuture::join);
        timers.shutdownNow();
        workers.shutdownNow();
        if (secret != null) {
            secret.close();
        }
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
        List<MemberAddress> now = members();
        long started = now.stream().filter(MemberAddress::started).count();
        return String.format(Locale.ROOT, "Supervisor[%d started, %d remote]", started, now.size() - started);
    }
}
