package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.DispatchSettings.SyncMode;
import io.mserve.core.strategy.LoadStrategy;
import io.netty.buffer.ByteBuf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Pools inside the one dispatcher: each its own secondaries, queue and strategy; clients placed by user or by {@code .mserve.use}. */
class PoolsTest {
    private static final LoadStrategy FIRST = candidates -> candidates.get(0);

    private final ManualLoop loop = new ManualLoop();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** Sync messages being evaluated on the primary, answered when the test says. */
    private final List<CompletableFuture<Reply>> evaluations = new ArrayList<>();
    private final List<Caller> callers = new ArrayList<>();
    private final CentralDispatcher dispatcher;
    private final FakeSecondary rdb = new FakeSecondary(1);
    private final FakeSecondary hdb = new FakeSecondary(2);

    PoolsTest() {
        Map<String, LoadStrategy> strategies = new LinkedHashMap<>();
        strategies.put("rdb", FIRST);
        strategies.put("hdb", FIRST);
        DispatchSettings settings = new DispatchSettings(1, 100, Queueing.FAIR, FairBy.CLIENT, SyncMode.LOCAL,
                Ordering.REQUEST, Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
        LocalEvaluator evaluator = (caller, message) -> {
            message.release();
            callers.add(caller);
            CompletableFuture<Reply> reply = new CompletableFuture<>();
            evaluations.add(reply);
            return reply;
        };
        dispatcher = new CentralDispatcher(settings, new Pools(strategies, "rdb", Map.of("alice", "hdb")), evaluator,
                loop, new DispatchMetrics(registry, Map.of("rdb", "first", "hdb", "first")), loop::nanoTime);
        dispatcher.register("rdb", rdb.info);
        dispatcher.register("hdb", hdb.info);
        rdb.attachTo(dispatcher);
        hdb.attachTo(dispatcher);
    }

    private static void async(ClientSession client, String query) {
        client.submit(new Request(MessageKind.ASYNC, Wire.message(0, query)));
    }

    private static void sync(ClientSession client, String query) {
        client.submit(new Request(MessageKind.SYNC, Wire.message(1, query)));
    }

    private static ByteBuf answer(String text) {
        return Wire.message(2, text);
    }

    @Test
    void aUsersQueriesGoToItsPoolOthersToTheDefaultPool() {
        async(dispatcher.connect("alice", "a", new RecordingClient()), "from alice");
        async(dispatcher.connect("bob", "b", new RecordingClient()), "from bob");

        assertThat(hdb.received).containsExactly("from alice");
        assertThat(rdb.received).containsExactly("from bob");
    }

    @Test
    void eachPoolHasItsOwnQueueSoABusyPoolDelaysNoOtherPool() {
        ClientSession bob = dispatcher.connect("bob", "b", new RecordingClient());
        async(bob, "r1");
        async(bob, "r2");
        async(dispatcher.connect("alice", "a", new RecordingClient()), "h1");

        assertThat(rdb.received).containsExactly("r1");
        assertThat(hdb.received).containsExactly("h1");
        assertThat(registry.get("mserve.queue.depth").tag("pool", "rdb").gauge().value()).isEqualTo(1);
        assertThat(registry.get("mserve.queue.depth").tag("pool", "hdb").gauge().value()).isZero();
    }

    @Test
    void useMovesTheClientsLaterQueriesAndItsRepliesKeepTheOrderItSentThem() {
        RecordingClient replies = new RecordingClient();
        ClientSession client = dispatcher.connect("bob", "b", replies);
        async(client, "q1");
        sync(client, ".mserve.use`hdb");
        async(client, "q2");
        assertThat(rdb.received).containsExactly("q1");
        assertThat(hdb.received).as("q2 waits for the sync message before it").isEmpty();

        int handle = callers.get(0).handle();
        assertThat(dispatcher.use(handle, Optional.of("hdb")).toCompletableFuture().join()).contains("hdb");
        evaluations.get(0).complete(new Reply.Result(answer("`hdb"), false));
        assertThat(hdb.received).containsExactly("q2");

        hdb.answer("from hdb");
        assertThat(replies.replies).as("q1 is owed first").isEmpty();
        rdb.answer("from rdb");
        assertThat(replies.replies).containsExactly("async:from rdb", "sync:`hdb", "async:from hdb");
        assertThat(dispatcher.use(handle, Optional.empty()).toCompletableFuture().join()).contains("hdb");
    }

    @Test
    void aClientThatLeavesWhileItsQueriesWaitForASyncMessageHasThemDropped() {
        RecordingClient replies = new RecordingClient();
        ClientSession client = dispatcher.connect("bob", "b", replies);
        sync(client, "slow");
        async(client, "q1");
        client.close();
        evaluations.get(0).complete(new Reply.Result(answer("done"), false));

        assertThat(rdb.received).isEmpty();
        assertThat(replies.replies).isEmpty();
        assertThat(registry.get("mserve.queries").tag("outcome", "dropped").tag("pool", "rdb").counter().count())
                .isEqualTo(2);
    }

    @Test
    void useAnswersNothingForAHandleThatIsNoClient() {
        assertThat(dispatcher.use(0, Optional.of("hdb")).toCompletableFuture().join()).isEmpty();
        assertThatThrownBy(() -> dispatcher.use(0, Optional.of("gateway"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no pool gateway");
    }

    @Test
    void statusNamesEachSecondarysPoolAndMetersAreTaggedWithIt() {
        List<SecondaryStatus> rows = dispatcher.status().toCompletableFuture().join();
        assertThat(rows).extracting(SecondaryStatus::pool).containsExactly("rdb", "hdb");
        assertThat(dispatcher.pools()).containsExactly("rdb", "hdb");
        assertThat(registry.get("mserve.secondary.up").tag("secondary", "2").tag("pool", "hdb").gauge().value()).isEqualTo(1);
    }

    @Test
    void aSecondaryOfAnUnknownPoolIsRefused() {
        assertThatThrownBy(() -> dispatcher.register("gateway", new FakeSecondary(3).info))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pool gateway");
    }

    @Test
    void poolsThatNameAnUnknownDefaultOrUserPoolAreRefused() {
        assertThatThrownBy(() -> new Pools(Map.of("rdb", FIRST), "hdb", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pools(Map.of("rdb", FIRST), "rdb", Map.of("alice", "hdb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user alice: no pool hdb");
    }
}
