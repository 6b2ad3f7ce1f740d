package io.mserve.core.dispatch;

import io.micrometer.core.instrument.Timer;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.TurnQueue.Lane;
import io.mserve.core.secondary.ReplyStream;
import io.mserve.core.secondary.Secondary;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryListener;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The dispatcher: per pool of secondaries one central queue, where clients (or users) with
 * queries waiting take turns ({@code queueing = fair}) or first come is first served
 * ({@code fifo}); a secondary runs at most {@code in-flight-per-secondary} queries; the pool's
 * strategy picks among its secondaries with free capacity. A query goes to the pool its client is
 * in when it arrives. Replies are matched to queries by each secondary's list of in-flight
 * queries, never by client, and reach each client in the order it is owed them, whatever pools
 * its queries ran in.
 *
 * <p>All state is confined to the {@link DispatchLoop}; public methods hop onto it.
 */
public final class CentralDispatcher implements Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(CentralDispatcher.class);

    static final String QUEUE_FULL = "mserve: queue full";
    static final String SYNC_OFF = "mserve: sync off";
    static final String NO_SECONDARY = "mserve: no secondary up";
    static final String DIED_TWICE = "mserve: secondary died running this query (it had already been retried once)";
    static final String TIMEOUT = "timeout";
    static final String SHUTTING_DOWN = "mserve: shutting down";

    private final DispatchSettings settings;
    private final LocalEvaluator evaluator;
    private final DispatchLoop loop;
    private final LongSupplier nanoTime;
    private final Pools pools;
    private final DispatchMetrics metrics;

    private final Map<String, Pool> byName = new LinkedHashMap<>();
    private final Pool defaultPool;
    /** Every secondary, of every pool, by id. */
    private final TreeMap<Integer, Slot> slots = new TreeMap<>();
    /** Connected clients by handle, for {@code .mserve.use}. */
    private final Map<Integer, Client> clients = new HashMap<>();
    /** Secondaries that have left: a connection to one that still arrives is closed, not attached. */
    private final Set<Integer> departed = new HashSet<>();
    private long nextQueryId = 1;
    /** Clients' numbers start far above the engine's own handles (3, 4, …), so that the two never meet. */
    private int nextClientHandle = 1 << 20;
    /** Queries taken and not yet ended, local evaluations included. */
    private int live;
    private boolean shuttingDown;
    private Future<?> graceTimer;
    private final CompletableFuture<Void> drained = new CompletableFuture<>();

    /** A dispatcher of the one pool {@code default}. */
    public CentralDispatcher(DispatchSettings settings, LoadStrategy strategy, LocalEvaluator evaluator,
            DispatchLoop loop, DispatchMetrics metrics, LongSupplier nanoTime) {
        this(settings, Pools.single(strategy), evaluator, loop, metrics, nanoTime);
    }

    public CentralDispatcher(DispatchSettings settings, Pools pools, LocalEvaluator evaluator,
            DispatchLoop loop, DispatchMetrics metrics, LongSupplier nanoTime) {
        this.settings = settings;
        this.pools = pools;
        this.evaluator = evaluator;
        this.loop = loop;
        this.metrics = metrics;
        this.nanoTime = nanoTime;
        pools.strategies().forEach((name, strategy) -> byName.put(name, new Pool(name, strategy, metrics)));
        defaultPool = byName.get(pools.defaultPool());
        onLoop(() -> byName.values().forEach(Pool::armNoSecondaryTimer));
    }

    /** One pool: its secondaries, its queue and the strategy that picks among them. */
    private final class Pool {
        final String name;
        final LoadStrategy strategy;
        final DispatchMetrics.Pool meters;
        final TurnQueue<Query> queue = new TurnQueue<>();
        /** The one lane of fifo queueing. */
        final Lane<Query> everybody = new Lane<>();
        /** Each user's lane, while the user has clients here, when queueing is fair by user. */
        final Map<String, Lane<Query>> userLanes = new HashMap<>();
        final TreeMap<Integer, Slot> slots = new TreeMap<>();
        final List<SecondaryView> candidates = new ArrayList<>();
        final List<SecondaryView> candidatesView = Collections.unmodifiableList(candidates);
        volatile int queueDepth;
        int slotsUp;
        Future<?> noSecondaryTimer;
        boolean noSecondaryExpired;

        Pool(String name, LoadStrategy strategy, DispatchMetrics metrics) {
            this.name = name;
            this.strategy = strategy;
            this.meters = metrics.pool(name, () -> queueDepth);
        }

        void armNoSecondaryTimer() {
            if (slotsUp == 0 && noSecondaryTimer == null && !noSecondaryExpired) {
                Duration wait = settings.noSecondaryTimeout();
                noSecondaryTimer = loop.schedule(() -> noSecondaryTimedOut(this), wait.toNanos(), TimeUnit.NANOSECONDS);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private void onLoop(Runnable task) {
        if (loop.inLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    // ---- clients ----

    @Override
    public ClientSession connect(String user, String client, ReplySink sink) {
        Client session = new Client(user, client, sink, byName.get(pools.poolOf(user)));
        onLoop(() -> {
            if (!session.closed) {
                clients.put(session.caller.handle(), session);
            }
        });
        return session;
    }

    private synchronized int nextClientHandle() {
        return nextClientHandle++;
    }

    /** One client's owed replies, in the order it sent its queries. */
    private final class Client implements ClientSession {
        final String name;
        final String user;
        final Caller caller;
        final ReplySink sink;
        final ArrayDeque<Query> owed = new ArrayDeque<>();
        /** The pool its queries go to; changed on the loop only. */
        Pool pool;
        /**
         * With several pools, its sync message being evaluated on the primary, if any: the messages
         * it sends after it wait in {@link #held}, as q takes a connection's messages one at a time,
         * so that a query after {@code .mserve.use} goes to the new pool. (With one pool, a slow
         * sync message holds up none of its client's queries.)
         */
        Query evaluating;
        final ArrayDeque<Query> held = new ArrayDeque<>();
        /** Where its queries wait for a secondary in each pool it used; found on the loop at its first query there. */
        final Map<Pool, Lane<Query>> lanes = new HashMap<>(2);
        /** Bytes of replies held in {@link #owed}, waiting for an earlier one. */
        long heldBytes;
        boolean closed;

        Client(String user, String name, ReplySink sink, Pool pool) {
            this.user = user;
            this.caller = new Caller(nextClientHandle(), user);
            this.name = name;
            this.sink = sink;
            this.pool = pool;
        }

        Lane<Query> lane(Pool in) {
            return lanes.computeIfAbsent(in, p -> laneOf(this, p));
        }

        @Override
        public void submit(Request request) {
            onLoop(() -> accept(this, request));
        }

        @Override
        public void close() {
            onLoop(() -> leave(this));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Lane<Query> laneOf(Client client, Pool pool) {
        if (settings.queueing() == Queueing.FIFO) {
            return pool.everybody;
        }
        if (settings.fairBy() == FairBy.CLIENT) {
            return new Lane<>();
        }
        Lane<Query> shared = pool.userLanes.computeIfAbsent(client.user, user -> new Lane<>());
        shared.clients++;
        return shared;
    }

    private void accept(Client client, Request request) {
        if (client.closed) {
            request.message().release();
            return;
        }
        Query query = new Query(nextQueryId++, client, client.pool, request.kind(), request.message(), nanoTime.getAsLong());
        if (settings.ordering() == Ordering.REQUEST) {
            client.owed.add(query);
        }
        live++;
        if (shuttingDown) {
            end(query, new Reply.Failure(SHUTTING_DOWN), Outcome.REJECTED);
            return;
        }
        settings.requestTimeout().ifPresent(timeout -> query.timer =
                loop.schedule(() -> expire(query), timeout.toNanos(), TimeUnit.NANOSECONDS));
        if (client.evaluating != null) {
            client.held.add(query);
        } else {
            route(query);
        }
    }

    /** Sends a query on its way: to the pool its client is in now, or to the primary's q session. */
    private void route(Query query) {
        query.pool = query.client.pool;
        if (query.kind == MessageKind.SYNC) {
            switch (settings.sync()) {
                case LOCAL -> evaluateLocally(query);
                case OFF -> end(query, new Reply.Failure(SYNC_OFF), Outcome.REJECTED);
                case ROUTE -> enqueue(query);
            }
        } else {
            enqueue(query);
        }
    }

    /** A client's sync message has been evaluated: the messages it sent after it go on their way, in order. */
    private void resume(Client client) {
        client.evaluating = null;
        Query next;
        while (client.evaluating == null && (next = client.held.poll()) != null) {
            if (!next.ended) {
                route(next);
            }
        }
    }

    private void enqueue(Query query) {
        Pool pool = query.pool;
        if (pool.queue.size() >= settings.queueMax()) {
            end(query, new Reply.Failure(QUEUE_FULL), Outcome.REJECTED);
        } else if (pool.noSecondaryExpired) {
            end(query, new Reply.Failure(NO_SECONDARY), Outcome.REJECTED);
        } else {
            pool.queue.add(query.client.lane(pool), query);
            pool.queueDepth = pool.queue.size();
            pump(pool);
        }
    }

    private void evaluateLocally(Query query) {
        if (byName.size() > 1) {
            query.client.evaluating = query;
        }
        evaluator.evaluate(query.client.caller, query.message.retainedDuplicate()).whenComplete((reply, error) -> onLoop(() -> {
            Reply outcome = reply;
            if (error != null) {
                log.error("query {} from {}: local evaluation failed", query.id, query.client, error);
                outcome = new Reply.Failure("mserve: " + error.getClass().getSimpleName());
            }
            if (query.ended) {
                release(outcome);
            } else {
                boolean failed = outcome instanceof Reply.Failure
                        || outcome instanceof Reply.Result result && result.error();
                end(query, outcome, failed ? Outcome.ERROR : Outcome.OK);
            }
            resume(query.client);
        }));
    }

    private void leave(Client client) {
        if (client.closed) {
            return;
        }
        client.closed = true;
        clients.remove(client.caller.handle());
        for (Map.Entry<Pool, Lane<Query>> used : client.lanes.entrySet()) {
            Pool pool = used.getKey();
            Lane<Query> lane = used.getValue();
            pool.queue.removeIf(lane, query -> {
                if (query.client == client) {
                    end(query, null, Outcome.DROPPED);
                    return true;
                }
                return false;
            });
            pool.queueDepth = pool.queue.size();
            if (lane.clients > 0 && --lane.clients == 0) {
                pool.userLanes.remove(client.user);
            }
        }
        for (Query query : client.held) {
            if (!query.ended) {
                end(query, null, Outcome.DROPPED);
            }
        }
        client.held.clear();
        // In-flight queries stay on their secondaries' lists, to keep replies matched; theirs are discarded.
        for (Query query : client.owed) {
            if (!query.ended) {
                end(query, null, Outcome.DROPPED);
            } else if (query.reply != null) {
                release(query.reply);
                query.reply = null;
            }
        }
        client.heldBytes = 0;
        for (Slot slot : slots.values()) {
            for (Query query : slot.inFlight) {
                if (query.client == client && !query.ended) {
                    end(query, null, Outcome.DROPPED);
                }
            }
        }
        client.owed.clear();
        log.debug("client {} left", client);
    }

    // ---- routing ----

    private void pump(Pool pool) {
        List<SecondaryView> candidates = pool.candidates;
        while (!pool.queue.isEmpty()) {
            candidates.clear();
            for (Slot slot : pool.slots.values()) {
                if (slot.state == SecondaryState.UP && !slot.draining && slot.busy() < settings.inFlightPerSecondary()) {
                    candidates.add(slot.view(settings.inFlightPerSecondary()));
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            Query query = pool.queue.poll();
            pool.queueDepth = pool.queue.size();
            send(query, pool.slots.get(choose(pool).id()));
        }
    }

    private SecondaryView choose(Pool pool) {
        try {
            SecondaryView chosen = pool.strategy.choose(pool.candidatesView);
            if (chosen != null && pool.candidates.contains(chosen)) {
                return chosen;
            }
            log.error("pool {}: load strategy {} chose {}, not one of the candidates; taking the first",
                    pool, pool.strategy, chosen);
        } catch (RuntimeException e) {
            log.error("pool {}: load strategy {} failed; taking the first candidate", pool, pool.strategy, e);
        }
        return pool.candidates.get(0);
    }

    private void send(Query query, Slot slot) {
        query.sentNanos = nanoTime.getAsLong();
        slot.inFlight.add(query);
        slot.inFlightCount = slot.busy();
        slot.link.connection.send(query.message.retainedDuplicate());
    }

    // ---- secondaries ----

    @Override
    public void register(String pool, SecondaryInfo secondary) {
        Pool in = byName.get(pool);
        if (in == null) {
            throw new IllegalArgumentException("no pool " + pool + " among " + byName.keySet());
        }
        onLoop(() -> slot(in, secondary));
    }

    /** The slot of {@code info}, made in {@code pool} if it is new. */
    private Slot slot(Pool pool, SecondaryInfo info) {
        Slot slot = slots.get(info.id());
        if (slot == null) {
            slot = new Slot(info, pool);
            slots.put(info.id(), slot);
            pool.slots.put(info.id(), slot);
            Slot registered = slot;
            slot.latency = pool.meters.secondary(info.id(), () -> registered.inFlightCount,
                    () -> registered.state == SecondaryState.UP, () -> registered.restarts);
        }
        return slot;
    }

    @Override
    public void restarting(int id) {
        onLoop(() -> {
            Slot slot = slots.get(id);
            if (slot != null && slot.state != SecondaryState.UP) {
                slot.state = SecondaryState.STARTING;
            }
        });
    }

    @Override
    public SecondaryListener attach(SecondaryInfo secondary, Secondary connection) {
        Link link = new Link(connection);
        onLoop(() -> {
            if (departed.contains(secondary.id())) {
                connection.close();
                return;
            }
            Slot slot = slot(defaultPool, secondary);
            Pool pool = slot.pool;
            if (slot.link != null) {
                log.warn("secondary {} attached while still connected; dropping the old connection", secondary.id());
                slot.link.connection.close();
                down(slot, "replaced by a new connection");
            }
            if (slot.attached > 0) {
                slot.restarts++;
            }
            slot.attached++;
            slot.info = secondary;
            slot.link = link;
            link.slot = slot;
            slot.state = SecondaryState.UP;
            pool.slotsUp++;
            pool.noSecondaryExpired = false;
            if (pool.noSecondaryTimer != null) {
                pool.noSecondaryTimer.cancel(false);
                pool.noSecondaryTimer = null;
            }
            pump(pool);
        });
        return link;
    }

    /** The dispatcher's side of one connection to a secondary. */
    private final class Link implements SecondaryListener {
        final Secondary connection;
        Slot slot;

        Link(Secondary connection) {
            this.connection = connection;
        }

        @Override
        public void onReply(ByteBuf message, boolean error) {
            onLoop(() -> replied(this, message, error));
        }

        @Override
        public void onReplyStream(ReplyStream stream) {
            onLoop(() -> streamStarted(this, stream));
        }

        @Override
        public void onStreamEnd() {
            onLoop(() -> streamEnded(this));
        }

        @Override
        public void onClosed(String reason) {
            onLoop(() -> {
                if (slot != null && slot.link == this) {
                    Slot was = slot;
                    down(was, reason);
                    pump(was.pool);
                }
            });
        }
    }

    private void replied(Link link, ByteBuf message, boolean error) {
        Slot slot = link.slot;
        Query query = answered(link, message.readableBytes());
        if (query == null) {
            message.release();
            return;
        }
        if (error) {
            slot.errors++;
        }
        if (query.ended) {
            message.release();
        } else {
            end(query, new Reply.Result(message, error), error ? Outcome.ERROR : Outcome.OK);
        }
        idleIfDrained(slot);
        pump(slot.pool);
    }

    /**
     * A streamed reply keeps its secondary busy until its last byte has passed, so that no query
     * waits behind it there while another secondary is idle.
     */
    private void streamStarted(Link link, ReplyStream stream) {
        Slot slot = link.slot;
        if (slot != null && slot.link == link) {
            slot.streaming = true;
        }
        Query query = answered(link, stream.length());
        if (query == null || query.ended) {
            stream.discard();
        } else {
            end(query, new Reply.Streamed(stream), Outcome.OK);
        }
    }

    private void streamEnded(Link link) {
        Slot slot = link.slot;
        if (slot == null || slot.link != link) {
            return;
        }
        slot.streaming = false;
        slot.inFlightCount = slot.busy();
        drainedIfIdle();
        idleIfDrained(slot);
        pump(slot.pool);
    }

    /** The query a reply from {@code link} answers, its secondary's oldest; null when stale or unasked. */
    private Query answered(Link link, long bytes) {
        Slot slot = link.slot;
        if (slot == null || slot.link != link) {
            return null;
        }
        Query query = slot.inFlight.poll();
        slot.inFlightCount = slot.busy();
        if (query == null) {
            log.warn("secondary {} of pool {} sent a message nobody asked for ({} bytes); discarded",
                    slot.info.id(), slot.pool, bytes);
            return null;
        }
        long took = nanoTime.getAsLong() - query.sentNanos;
        slot.served++;
        slot.latency.record(took, TimeUnit.NANOSECONDS);
        slot.latencyNanos = slot.served == 1 ? took : slot.latencyNanos + (took - slot.latencyNanos) / 5;
        return query;
    }

    private void down(Slot slot, String reason) {
        // A secondary idle when the primary stops is expected to go: only a surprise is a warning.
        // So is one drained for a restart or for leaving.
        log.atLevel((shuttingDown || slot.draining) && slot.inFlight.isEmpty() ? Level.INFO : Level.WARN)
                .log("secondary {} ({}) of pool {} is down: {}; {} queries were in flight on it",
                        slot.info.id(), slot.info.address(), slot.pool, reason, slot.inFlight.size());
        detach(slot);
        slot.state = SecondaryState.DOWN;
    }

    /** Forgets {@code slot}'s connection; its queries in flight go back to the front of its pool's queue, or fail if they already died once. */
    private void detach(Slot slot) {
        slot.link.slot = null;
        slot.link = null;
        slot.streaming = false;
        Pool pool = slot.pool;
        if (slot.state == SecondaryState.UP) {
            pool.slotsUp--;
        }
        List<Query> retry = new ArrayList<>();
        for (Query query : slot.inFlight) {
            if (query.ended) {
                continue;
            }
            if (query.diedOnSecondary) {
                end(query, new Reply.Failure(DIED_TWICE), Outcome.FAILED);
            } else {
                query.diedOnSecondary = true;
                retry.add(query);
            }
        }
        slot.inFlight.clear();
        slot.inFlightCount = 0;
        for (int i = retry.size() - 1; i >= 0; i--) {
            Query query = retry.get(i);
            pool.queue.addFirst(query.client.lane(pool), query);
        }
        pool.queueDepth = pool.queue.size();
        pool.armNoSecondaryTimer();
        drainedIfIdle();
        idleIfDrained(slot);
    }

    private void noSecondaryTimedOut(Pool pool) {
        pool.noSecondaryTimer = null;
        if (pool.slotsUp > 0) {
            return;
        }
        pool.noSecondaryExpired = true;
        log.error("pool {}: no secondary has been up for {}; failing {} queued queries",
                pool, settings.noSecondaryTimeout(), pool.queue.size());
        Query query;
        while ((query = pool.queue.poll()) != null) {
            end(query, new Reply.Failure(NO_SECONDARY), Outcome.REJECTED);
        }
        pool.queueDepth = 0;
    }

    // ---- endings ----

    private void expire(Query query) {
        query.timer = null;
        if (query.ended) {
            return;
        }
        Pool pool = query.pool;
        if (pool.queue.remove(query.client.lane(pool), query)) {
            pool.queueDepth = pool.queue.size();
        }
        end(query, new Reply.Failure(TIMEOUT), Outcome.TIMEOUT);
        for (Slot slot : slots.values()) {
            if (slot.inFlight.contains(query)) {
                Link link = slot.link;
                loop.schedule(() -> killIfStillStuck(slot, link, query),
                        settings.killAfter().toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    private void killIfStillStuck(Slot slot, Link link, Query query) {
        if (slot.link == link && link != null && slot.inFlight.contains(query)) {
            log.warn("secondary {} is still running timed-out query {} after {}; restarting it",
                    slot.info.id(), query.id, settings.killAfter());
            link.connection.close();
        }
    }

    /**
     * Ends a query: the reply (if the client still wants it) goes out in the client's order. A
     * null reply means nobody is owed one.
     */
    private void end(Query query, Reply reply, Outcome outcome) {
        if (query.ended) {
            log.error("query {} from {} ended twice; the second ending ({}) is ignored", query.id, query.client, outcome);
            release(reply);
            return;
        }
        query.ended = true;
        live--;
        deliver(query, reply, outcome);
        drainedIfIdle();
    }

    private void deliver(Query query, Reply reply, Outcome outcome) {
        if (query.timer != null) {
            query.timer.cancel(false);
            query.timer = null;
        }
        query.message.release();
        Client client = query.client;
        query.pool.meters.ended(client.closed ? Outcome.DROPPED : outcome, nanoTime.getAsLong() - query.arrivedNanos);
        if (reply == null || client.closed) {
            release(reply);
            return;
        }
        if (settings.ordering() == Ordering.COMPLETION) {
            client.sink.send(query.kind, reply);
            return;
        }
        query.reply = reply;
        client.heldBytes += size(reply);
        while (!client.owed.isEmpty() && client.owed.peek().reply != null) {
            Query next = client.owed.poll();
            Reply owed = next.reply;
            next.reply = null;
            client.heldBytes -= size(owed);
            client.sink.send(next.kind, owed);
        }
        if (client.heldBytes > 0 && !client.closed && !client.sink.mayHold(client.heldBytes)) {
            log.warn("client {}: {} bytes of replies held behind an earlier query; dropped", client, client.heldBytes);
            leave(client);
        }
    }

    /** Bytes the primary holds for a reply; a stream's wait in its secondary's socket, stalled. */
    private static long size(Reply reply) {
        if (reply instanceof Reply.Result result) {
            return result.message().readableBytes();
        }
        return reply instanceof Reply.Failure failure ? failure.text().length() + 10L : 0;
    }

    private static void release(Reply reply) {
        if (reply instanceof Reply.Result result) {
            ReferenceCountUtil.release(result.message());
        } else if (reply instanceof Reply.Streamed streamed) {
            streamed.stream().discard();
        }
    }

    // ---- membership ----

    @Override
    public CompletionStage<Void> drain(int id) {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        onLoop(() -> {
            Slot slot = slots.get(id);
            if (slot == null) {
                idle.completeExceptionally(new IllegalArgumentException("no secondary " + id));
                return;
            }
            if (slot.drainers++ == 0) {
                slot.draining = true;
                slot.idle = new CompletableFuture<>();
                log.info("secondary {} ({}) is draining: no new queries; {} in flight", id, slot.info.address(), slot.busy());
            }
            slot.idle.whenComplete((done, error) -> idle.complete(null));
            idleIfDrained(slot);
        });
        return idle;
    }

    private void idleIfDrained(Slot slot) {
        if (slot != null && slot.draining && slot.busy() == 0) {
            slot.idle.complete(null);
        }
    }

    @Override
    public void rejoin(int id) {
        onLoop(() -> {
            Slot slot = slots.get(id);
            if (slot != null && slot.drainers > 0 && --slot.drainers == 0) {
                slot.draining = false;
                log.info("secondary {} ({}) takes queries again", id, slot.info.address());
                pump(slot.pool);
            }
        });
    }

    @Override
    public void deregister(int id) {
        onLoop(() -> {
            Slot slot = slots.remove(id);
            if (slot == null) {
                return;
            }
            slot.pool.slots.remove(id);
            departed.add(id);
            if (slot.link != null) {
                detach(slot);
            }
            slot.state = SecondaryState.DOWN;
            metrics.forget(id);
            log.info("secondary {} ({}) of pool {} has left", id, slot.info.address(), slot.pool);
            pump(slot.pool);
        });
    }

    // ---- shutdown ----

    @Override
    public CompletionStage<Void> shutdown() {
        onLoop(() -> {
            if (shuttingDown) {
                return;
            }
            shuttingDown = true;
            if (live == 0 && !streaming()) {
                drained();
                return;
            }
            log.info("shutting down: {} queries taken are still running or queued; they have {} to finish",
                    live, settings.shutdownGrace());
            graceTimer = loop.schedule(this::graceOver, settings.shutdownGrace().toNanos(), TimeUnit.NANOSECONDS);
        });
        return drained;
    }

    private void graceOver() {
        graceTimer = null;
        if (drained.isDone()) {
            return;
        }
        log.warn("shutdown grace {} is over; failing the {} queries still running or queued",
                settings.shutdownGrace(), live);
        for (Pool pool : byName.values()) {
            Query query;
            while ((query = pool.queue.poll()) != null) {
                end(query, new Reply.Failure(SHUTTING_DOWN), Outcome.REJECTED);
            }
            pool.queueDepth = 0;
        }
        for (Client client : clients.values()) {
            for (Query held : client.held) {
                if (!held.ended) {
                    end(held, new Reply.Failure(SHUTTING_DOWN), Outcome.REJECTED);
                }
            }
        }
        for (Slot slot : slots.values()) {
            for (Query running : slot.inFlight) {
                if (!running.ended) {
                    end(running, new Reply.Failure(SHUTTING_DOWN), Outcome.FAILED);
                }
            }
        }
        // Local evaluations still running are not waited for either.
        drained();
    }

    /** Shutting down and nothing left to wait for: no query taken unanswered, no reply still streaming. */
    private void drainedIfIdle() {
        if (shuttingDown && live == 0 && !streaming()) {
            drained();
        }
    }

    private boolean streaming() {
        for (Slot slot : slots.values()) {
            if (slot.streaming) {
                return true;
            }
        }
        return false;
    }

    private void drained() {
        if (graceTimer != null) {
            graceTimer.cancel(false);
            graceTimer = null;
        }
        drained.complete(null);
    }

    // ---- status ----

    @Override
    public CompletionStage<List<SecondaryStatus>> status() {
        CompletableFuture<List<SecondaryStatus>> rows = new CompletableFuture<>();
        onLoop(() -> {
            List<SecondaryStatus> list = new ArrayList<>();
            for (Slot slot : slots.values()) {
                SecondaryState state = slot.draining && slot.state == SecondaryState.UP ? SecondaryState.DRAINING : slot.state;
                list.add(new SecondaryStatus(slot.pool.name, slot.info, state, slot.busy(), slot.served, slot.errors,
                        slot.restarts, Duration.ofNanos(slot.latencyNanos)));
            }
            rows.complete(List.copyOf(list));
        });
        return rows;
    }

    @Override
    public List<String> pools() {
        return List.copyOf(byName.keySet());
    }

    @Override
    public CompletionStage<Optional<String>> use(int client, Optional<String> pool) {
        Optional<Pool> wanted = pool.map(name -> {
            Pool in = byName.get(name);
            if (in == null) {
                throw new IllegalArgumentException("no pool " + name + " among " + byName.keySet());
            }
            return in;
        });
        CompletableFuture<Optional<String>> now = new CompletableFuture<>();
        onLoop(() -> {
            Client session = clients.get(client);
            if (session == null) {
                now.complete(Optional.empty());
                return;
            }
            wanted.ifPresent(in -> {
                if (in != session.pool) {
                    log.debug("client {} moves from pool {} to pool {}", session, session.pool, in);
                    session.pool = in;
                }
            });
            now.complete(Optional.of(session.pool.name));
        });
        return now;
    }

    // ---- state ----

    /** One query from arrival to reply. */
    private static final class Query {
        final long id;
        final Client client;
        /** The pool its client was in when it was routed (in the order the client sent it), where it runs. */
        Pool pool;
        final MessageKind kind;
        final ByteBuf message;
        final long arrivedNanos;
        long sentNanos;
        boolean diedOnSecondary;
        boolean ended;
        Reply reply;
        Future<?> timer;

        Query(long id, Client client, Pool pool, MessageKind kind, ByteBuf message, long arrivedNanos) {
            this.id = id;
            this.client = client;
            this.pool = pool;
            this.kind = kind;
            this.message = message;
            this.arrivedNanos = arrivedNanos;
        }
    }

    /** One secondary across its restarts. */
    private static final class Slot {
        SecondaryInfo info;
        final Pool pool;
        /** Volatile, as are {@link #restarts} and {@link #inFlightCount}: meters read them off the loop. */
        volatile SecondaryState state = SecondaryState.STARTING;
        Link link;
        final ArrayDeque<Query> inFlight = new ArrayDeque<>();
        /** Taking no new queries (leaving, or run on alone); {@link #idle} completes once none is in flight. */
        boolean draining;
        CompletableFuture<Void> idle;
        /** Drains not yet followed by their rejoin: one leaving never rejoins, so a rolling operation cannot bring it back. */
        int drainers;
        /** Whether a reply is streaming from it: its query has left {@link #inFlight} but it is not free yet. */
        boolean streaming;
        volatile int inFlightCount;
        long served;
        long errors;
        long latencyNanos;
        int attached;
        volatile int restarts;
        Timer latency;

        Slot(SecondaryInfo info, Pool pool) {
            this.info = info;
            this.pool = pool;
        }

        int busy() {
            return inFlight.size() + (streaming ? 1 : 0);
        }

        SecondaryView view(int capacity) {
            return new SecondaryView(info.id(), info.host(), info.port(), info.pid(), busy(), capacity, served);
        }
    }
}
