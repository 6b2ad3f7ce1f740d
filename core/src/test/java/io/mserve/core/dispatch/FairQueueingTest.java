package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.DispatchSettings.SyncMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The central queue's order: clients (or users) in turn when fair, arrival order when fifo. */
class FairQueueingTest {
    private final ManualLoop loop = new ManualLoop();

    private CentralDispatcher dispatcher(Queueing queueing, FairBy fairBy, int queueMax) {
        DispatchSettings settings = new DispatchSettings(1, queueMax, queueing, fairBy, SyncMode.LOCAL, Ordering.REQUEST,
                Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
        return new CentralDispatcher(settings, candidates -> candidates.get(0), LocalEvaluator.NONE, loop,
                new DispatchMetrics(new SimpleMeterRegistry(), "test"), loop::nanoTime);
    }

    private static void async(ClientSession client, String... queries) {
        for (String query : queries) {
            client.submit(new Request(MessageKind.ASYNC, Wire.message(0, query)));
        }
    }

    /** Answers the oldest query the secondary runs with its own text; that text. */
    private static String answerOwn(FakeSecondary secondary) {
        String query = secondary.received.peek();
        secondary.answer(query);
        return query;
    }

    /** Answers each query the secondary runs with its own text, until none is left; the order it ran them. */
    private static List<String> serveAll(FakeSecondary secondary) {
        List<String> ran = new ArrayList<>();
        while (!secondary.received.isEmpty()) {
            ran.add(answerOwn(secondary));
        }
        return ran;
    }

    @Test
    void fairQueueingServesASingleQueryAfterOneQueryOfAFloodThatCameFirst() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, FairBy.CLIENT, 100);
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient flood = new RecordingClient();
        RecordingClient single = new RecordingClient();
        async(dispatcher.connect("flood", flood), "f1", "f2", "f3", "f4", "f5");
        async(dispatcher.connect("single", single), "s1");

        assertThat(serveAll(secondary)).containsExactly("f1", "f2", "s1", "f3", "f4", "f5");
        assertThat(flood.replies).containsExactly("async:f1", "async:f2", "async:f3", "async:f4", "async:f5");
        assertThat(single.replies).containsExactly("async:s1");
    }

    @Test
    void fifoQueueingServesInArrivalOrderWhoeverSentThem() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FIFO, FairBy.CLIENT, 100);
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("flood", new RecordingClient()), "f1", "f2", "f3", "f4", "f5");
        async(dispatcher.connect("single", new RecordingClient()), "s1");

        assertThat(serveAll(secondary)).containsExactly("f1", "f2", "f3", "f4", "f5", "s1");
    }

    @Test
    void eachClientsRepliesKeepItsOrderWhileSecondariesFinishOutOfOrder() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, FairBy.CLIENT, 100);
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient a = new RecordingClient();
        RecordingClient b = new RecordingClient();
        async(dispatcher.connect("a", a), "a1", "a2", "a3");
        async(dispatcher.connect("b", b), "b1", "b2");

        assertThat(List.of(answerOwn(second), answerOwn(second), answerOwn(first), answerOwn(second), answerOwn(first)))
                .containsExactly("a2", "a3", "a1", "b1", "b2");
        assertThat(a.replies).containsExactly("async:a1", "async:a2", "async:a3");
        assertThat(b.replies).containsExactly("async:b1", "async:b2");
    }

    /** Behind a busy secondary: ann queues two queries on each of two connections, then bob two on one; the order run. */
    private List<String> twoConnectionsOfAnnAndOneOfBob(FairBy fairBy) {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, fairBy, 100);
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("zed", "zed@1", new RecordingClient()), "hold");
        async(dispatcher.connect("ann", "ann@1", new RecordingClient()), "a1", "a2");
        async(dispatcher.connect("ann", "ann@2", new RecordingClient()), "a3", "a4");
        async(dispatcher.connect("bob", "bob@1", new RecordingClient()), "b1", "b2");
        return serveAll(secondary);
    }

    @Test
    void fairByUserGivesAllOfAUsersConnectionsOneTurn() {
        assertThat(twoConnectionsOfAnnAndOneOfBob(FairBy.USER)).containsExactly("hold", "a1", "b1", "a2", "b2", "a3", "a4");
    }

    @Test
    void fairByClientGivesEachConnectionItsOwnTurnWhateverItsUser() {
        assertThat(twoConnectionsOfAnnAndOneOfBob(FairBy.CLIENT)).containsExactly("hold", "a1", "a3", "b1", "a2", "a4", "b2");
    }

    @Test
    void aUsersConnectionThatLeavesTakesOnlyItsOwnQueriesOutOfTheUsersTurn() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, FairBy.USER, 100);
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient stays = new RecordingClient();
        async(dispatcher.connect("zed", "zed@1", new RecordingClient()), "hold");
        async(dispatcher.connect("ann", "ann@1", stays), "a1");
        ClientSession leaves = dispatcher.connect("ann", "ann@2", new RecordingClient());
        async(leaves, "gone1", "gone2");
        async(dispatcher.connect("ann", "ann@1", new RecordingClient()), "a2");
        leaves.close();

        assertThat(serveAll(secondary)).containsExactly("hold", "a1", "a2");
        assertThat(stays.replies).containsExactly("async:a1");
    }

    @Test
    void aUserWhoseLastConnectionLeftQueuesAgainOnANewOne() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, FairBy.USER, 100);
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("zed", "zed@1", new RecordingClient()), "hold");
        ClientSession first = dispatcher.connect("ann", "ann@1", new RecordingClient());
        async(first, "gone");
        first.close();
        RecordingClient again = new RecordingClient();
        async(dispatcher.connect("ann", "ann@2", again), "a1");
        async(dispatcher.connect("bob", "bob@1", new RecordingClient()), "b1");

        assertThat(serveAll(secondary)).containsExactly("hold", "a1", "b1");
        assertThat(again.replies).containsExactly("async:a1");
    }

    @Test
    void aQueryRetriedAfterItsSecondaryDiedGoesFirstAndItsClientsOrderHolds() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, FairBy.CLIENT, 100);
        FakeSecondary dying = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient a = new RecordingClient();
        async(dispatcher.connect("a", a), "a1", "a2");
        async(dispatcher.connect("b", new RecordingClient()), "b1");
        dying.die();
        FakeSecondary secondary = new FakeSecondary(2).attachTo(dispatcher);

        assertThat(serveAll(secondary)).containsExactly("a1", "b1", "a2");
        assertThat(a.replies).containsExactly("async:a1", "async:a2");
    }

    @Test
    void queueMaxCountsTheQueriesOfEveryClient() {
        CentralDispatcher dispatcher = dispatcher(Queueing.FAIR, FairBy.CLIENT, 2);
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("a", new RecordingClient()), "running", "a1");
        async(dispatcher.connect("b", new RecordingClient()), "b1");
        RecordingClient late = new RecordingClient();
        async(dispatcher.connect("c", late), "c1");

        assertThat(late.replies).containsExactly("async:'" + CentralDispatcher.QUEUE_FULL);
        assertThat(serveAll(secondary)).containsExactly("running", "a1", "b1");
    }
}
