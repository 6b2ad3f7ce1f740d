package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.DispatchSettings.SyncMode;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.SecondaryView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CentralDispatcherTest {
    private final ManualLoop loop = new ManualLoop();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private LoadStrategy strategy = candidates -> candidates.get(0);
    private LocalEvaluator evaluator = (caller, message) -> {
        String text = Wire.text(message);
        message.release();
        return CompletableFuture.completedFuture(new Reply.Result(Wire.message(2, "local " + text), false));
    };

    private DispatchSettings settings(int inFlight, int queueMax, SyncMode sync, Ordering ordering,
            Duration requestTimeout) {
        return new DispatchSettings(inFlight, queueMax, Queueing.FAIR, FairBy.CLIENT, sync, ordering,
                Optional.ofNullable(requestTimeout),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    private CentralDispatcher dispatcher(DispatchSettings settings) {
        return new CentralDispatcher(settings, strategy, evaluator, loop, new DispatchMetrics(registry, "test"),
                loop::nanoTime);
    }

    private CentralDispatcher dispatcher() {
        return dispatcher(settings(1, 100, SyncMode.LOCAL, Ordering.REQUEST, null));
    }

    private static void async(ClientSession client, String query) {
        client.submit(new Request(MessageKind.ASYNC, Wire.message(0, query)));
    }

    @Test
    void asyncQueryRunsOnASecondaryAndItsResultComesBackAsAnAsyncMessage() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        async(dispatcher.connect("c", client), "til 3");

        assertThat(secondary.received).containsExactly("til 3");
        secondary.answer("0 1 2");
        assertThat(client.replies).containsExactly("async:0 1 2");
    }

    @Test
    void aBusySecondaryIsPassedOverForAnIdleOne() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        ClientSession client = dispatcher.connect("c", new RecordingClient());
        async(client, "slow");
        async(client, "fast");

        assertThat(first.received).containsExactly("slow");
        assertThat(second.received).containsExactly("fast");
    }

    @Test
    void queriesWaitInTheCentralQueueFirstComeFirstServedWhenEverySecondaryIsBusy() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient a = new RecordingClient();
        RecordingClient b = new RecordingClient();
        async(dispatcher.connect("a", a), "q1");
        async(dispatcher.connect("b", b), "q2");
        async(dispatcher.connect("a2", a), "q3");

        assertThat(secondary.received).containsExactly("q1");
        secondary.answer("r1");
        assertThat(secondary.received).containsExactly("q2");
        secondary.answer("r2");
        assertThat(secondary.received).containsExactly("q3");
        secondary.answer("r3");
        assertThat(a.replies).containsExactly("async:r1", "async:r3");
        assertThat(b.replies).containsExactly("async:r2");
    }

    @Test
    void repliesReachAClientInTheOrderItSentItsQueriesWhateverOrderTheyFinish() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "q1");
        async(session, "q2");

        second.answer("r2");
        assertThat(client.replies).isEmpty();
        first.answer("r1");
        assertThat(client.replies).containsExactly("async:r1", "async:r2");
    }

    @Test
    void completionOrderingSendsEachReplyAsSoonAsItIsReady() {
        CentralDispatcher dispatcher = dispatcher(settings(1, 100, SyncMode.LOCAL, Ordering.COMPLETION, null));
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "q1");
        async(session, "q2");

        second.answer("r2");
        first.answer("r1");
        assertThat(client.replies).containsExactly("async:r2", "async:r1");
    }

    @Test
    void aSecondaryRunsUpToItsInFlightLimit() {
        CentralDispatcher dispatcher = dispatcher(settings(2, 100, SyncMode.LOCAL, Ordering.REQUEST, null));
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        ClientSession client = dispatcher.connect("c", new RecordingClient());
        async(client, "q1");
        async(client, "q2");
        async(client, "q3");

        assertThat(secondary.received).containsExactly("q1", "q2");
    }

    @Test
    void aFullQueueAnswersAtOnceInTheClientsOrder() {
        CentralDispatcher dispatcher = dispatcher(settings(1, 1, SyncMode.LOCAL, Ordering.REQUEST, null));
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "running");
        async(session, "queued");
        async(session, "refused");

        assertThat(client.replies).isEmpty();
        secondary.answer("r1");
        assertThat(client.replies).containsExactly("async:r1");
        secondary.answer("r2");
        assertThat(client.replies).containsExactly("async:r1", "async:r2", "async:'mserve: queue full");
    }

    @Test
    void syncMessagesRunOnTheLocalEvaluatorAndAreAnsweredAsResponses() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        dispatcher.connect("c", client).submit(new Request(MessageKind.SYNC, Wire.message(1, "xs")));

        assertThat(secondary.received).isEmpty();
        assertThat(client.replies).containsExactly("sync:local xs");
    }

    @Test
    void eachClientsSyncMessagesReachTheEvaluatorWithItsOwnHandleAndUser() {
        List<Caller> callers = new ArrayList<>();
        evaluator = (caller, message) -> {
            message.release();
            callers.add(caller);
            return CompletableFuture.completedFuture(new Reply.Failure("x"));
        };
        CentralDispatcher dispatcher = dispatcher();
        ClientSession alice = dispatcher.connect("alice", "c1", new RecordingClient());
        ClientSession bob = dispatcher.connect("bob", "c2", new RecordingClient());
        alice.submit(new Request(MessageKind.SYNC, Wire.message(1, "a")));
        bob.submit(new Request(MessageKind.SYNC, Wire.message(1, "b")));
        alice.submit(new Request(MessageKind.SYNC, Wire.message(1, "c")));

        assertThat(callers).extracting(Caller::user).containsExactly("alice", "bob", "alice");
        assertThat(callers.get(0).handle()).isEqualTo(callers.get(2).handle()).isNotEqualTo(callers.get(1).handle());
    }

    @Test
    void syncMessagesAreRoutedWhenSyncIsRoute() {
        CentralDispatcher dispatcher = dispatcher(settings(1, 100, SyncMode.ROUTE, Ordering.REQUEST, null));
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        dispatcher.connect("c", client).submit(new Request(MessageKind.SYNC, Wire.message(1, "xs")));

        secondary.answer("0 1 2");
        assertThat(client.replies).containsExactly("sync:0 1 2");
    }

    @Test
    void syncMessagesAreRefusedWhenSyncIsOff() {
        CentralDispatcher dispatcher = dispatcher(settings(1, 100, SyncMode.OFF, Ordering.REQUEST, null));
        RecordingClient client = new RecordingClient();
        dispatcher.connect("c", client).submit(new Request(MessageKind.SYNC, Wire.message(1, "xs")));

        assertThat(client.replies).containsExactly("sync:'mserve: sync off");
    }

    @Test
    void aSlowLocalEvaluationDoesNotHoldUpRouting() {
        CompletableFuture<Reply> pending = new CompletableFuture<>();
        evaluator = (caller, message) -> {
            message.release();
            return pending;
        };
        CentralDispatcher dispatcher = dispatcher(settings(1, 100, SyncMode.LOCAL, Ordering.COMPLETION, null));
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        session.submit(new Request(MessageKind.SYNC, Wire.message(1, "long")));
        async(session, "q");

        secondary.answer("r");
        assertThat(client.replies).containsExactly("async:r");
        pending.complete(new Reply.Failure("done"));
        assertThat(client.replies).containsExactly("async:r", "sync:'done");
    }

    @Test
    void anErrorFromASecondaryReachesTheClientWithItsText() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        async(dispatcher.connect("c", client), "1+`a");

        secondary.fail("type");
        assertThat(client.replies).containsExactly("async:'type");
        assertThat(registry.get("mserve.queries").tag("outcome", "error").counter().count()).isEqualTo(1);
    }

    @Test
    void aClientThatLeavesLosesItsQueuedQueriesAndNobodyElseNotices() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient leaver = new RecordingClient();
        RecordingClient stayer = new RecordingClient();
        ClientSession gone = dispatcher.connect("gone", leaver);
        ClientSession staying = dispatcher.connect("staying", stayer);
        async(gone, "g1");
        async(gone, "g2");
        async(staying, "s1");
        gone.close();

        secondary.answer("reply to g1");
        assertThat(secondary.received).containsExactly("s1");
        secondary.answer("reply to s1");
        assertThat(leaver.replies).isEmpty();
        assertThat(stayer.replies).containsExactly("async:reply to s1");
    }

    @Test
    void queriesInFlightOnADeadSecondaryAreRetriedOnceElsewhere() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "q1");
        async(session, "q2");
        async(session, "q3");

        first.die();
        second.answer("r2");
        assertThat(second.received).containsExactly("q1");
        second.answer("r1");
        assertThat(second.received).containsExactly("q3");
        second.answer("r3");
        assertThat(client.replies).containsExactly("async:r1", "async:r2", "async:r3");
    }

    @Test
    void aQueryThatWasInFlightOnTwoDeadSecondariesFailsWithAnErrorSayingSo() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "poison");
        first.die();
        assertThat(second.received).containsExactly("poison");
        second.die();

        assertThat(client.replies).containsExactly("async:'" + CentralDispatcher.DIED_TWICE);
    }

    @Test
    void aRestartedSecondaryTakesQueriesAgainAndCountsTheRestart() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        first.die();
        RecordingClient client = new RecordingClient();
        async(dispatcher.connect("c", client), "q");
        FakeSecondary again = new FakeSecondary(1).attachTo(dispatcher);

        again.answer("r");
        assertThat(client.replies).containsExactly("async:r");
        SecondaryStatus status = dispatcher.status().toCompletableFuture().join().get(0);
        assertThat(status.restarts()).isEqualTo(1);
        assertThat(status.state()).isEqualTo(SecondaryState.UP);
        assertThat(status.served()).isEqualTo(1);
    }

    @Test
    void eachSecondaryHasMetersForUpRestartsAndReplyLatency() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        assertThat(registry.get("mserve.secondary.up").tag("secondary", "1").gauge().value()).isEqualTo(1);
        first.die();
        assertThat(registry.get("mserve.secondary.up").tag("secondary", "1").gauge().value()).isEqualTo(0);
        assertThat(registry.get("mserve.secondary.restarts").tag("secondary", "1").functionCounter().count()).isZero();

        FakeSecondary again = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("c", new RecordingClient()), "q");
        loop.advance(3, TimeUnit.MILLISECONDS);
        again.answer("r");

        assertThat(registry.get("mserve.secondary.up").tag("secondary", "1").gauge().value()).isEqualTo(1);
        assertThat(registry.get("mserve.secondary.restarts").tag("secondary", "1").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("mserve.secondary.latency").tag("secondary", "1").timer().count()).isEqualTo(1);
        assertThat(registry.get("mserve.secondary.latency").tag("secondary", "1").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(3);
    }

    @Test
    void aDrainedSecondaryTakesNoNewQueriesAndIsIdleOnceItsInFlightOneIsAnswered() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "running");

        CompletableFuture<Void> idle = dispatcher.drain(1).toCompletableFuture();
        async(session, "q2");
        async(session, "q3");
        assertThat(idle).isNotDone();
        assertThat(dispatcher.status().toCompletableFuture().join()).extracting(SecondaryStatus::state)
                .containsExactly(SecondaryState.DRAINING, SecondaryState.UP);
        assertThat(second.received).containsExactly("q2");

        first.answer("r1");
        assertThat(idle).isDone();
        second.answer("r2");
        assertThat(first.received).isEmpty();
        assertThat(second.received).containsExactly("q3");

        dispatcher.rejoin(1);
        async(session, "q4");
        assertThat(first.received).containsExactly("q4");
        assertThat(client.replies).containsExactly("async:r1", "async:r2");
    }

    @Test
    void aSecondaryDrainedTwiceTakesQueriesOnlyAfterBothRejoins() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        ClientSession session = dispatcher.connect("c", new RecordingClient());
        dispatcher.drain(1);
        dispatcher.drain(1);
        dispatcher.rejoin(1);
        async(session, "q1");
        async(session, "q2");
        assertThat(first.received).isEmpty();
        assertThat(second.received).containsExactly("q1");

        dispatcher.rejoin(1);
        assertThat(first.received).containsExactly("q2");
    }

    @Test
    void drainingAnIdleSecondaryIsDoneAtOnceAndAnUnknownOneFails() {
        CentralDispatcher dispatcher = dispatcher();
        new FakeSecondary(1).attachTo(dispatcher);
        assertThat(dispatcher.drain(1).toCompletableFuture()).isDone();
        assertThat(dispatcher.drain(9).toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void aDeregisteredSecondaryLeavesTheStatusAndItsMetersAndALateConnectionIsClosed() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        new FakeSecondary(2).attachTo(dispatcher);
        dispatcher.drain(1);
        dispatcher.deregister(1);

        assertThat(dispatcher.status().toCompletableFuture().join()).extracting(s -> s.info().id()).containsExactly(2);
        assertThat(registry.find("mserve.secondary.up").tag("secondary", "1").gauge()).isNull();
        first.die();
        FakeSecondary late = new FakeSecondary(1).attachTo(dispatcher);
        assertThat(late.closedByDispatcher).isTrue();
        assertThat(dispatcher.status().toCompletableFuture().join()).hasSize(1);
    }

    @Test
    void queriesStillInFlightOnADeregisteredSecondaryAreRetriedElsewhere() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        async(dispatcher.connect("c", client), "q1");
        dispatcher.deregister(1);

        assertThat(second.received).containsExactly("q1");
        second.answer("r1");
        first.listener.onReply(Wire.message(2, "stale"), false);
        assertThat(client.replies).containsExactly("async:r1");
    }

    @Test
    void aRepliesFromAReplacedConnectionAreIgnored() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary old = new FakeSecondary(1).attachTo(dispatcher);
        old.die();
        FakeSecondary current = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        async(dispatcher.connect("c", client), "q");

        old.listener.onReply(Wire.message(2, "stale"), false);
        current.answer("fresh");
        assertThat(client.replies).containsExactly("async:fresh");
    }

    @Test
    void aQueryPastItsRequestTimeoutAnswersTimeoutAndItsLateReplyIsDiscarded() {
        CentralDispatcher dispatcher = dispatcher(
                settings(1, 100, SyncMode.LOCAL, Ordering.REQUEST, Duration.ofSeconds(1)));
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "slow");
        async(session, "queued");

        loop.advance(1, TimeUnit.SECONDS);
        assertThat(client.replies).containsExactly("async:'timeout", "async:'timeout");
        secondary.answer("late");
        assertThat(client.replies).hasSize(2);
        assertThat(secondary.received).isEmpty();
    }

    @Test
    void aSecondaryStuckOnATimedOutQueryIsDroppedAfterKillAfter() {
        CentralDispatcher dispatcher = dispatcher(
                settings(1, 100, SyncMode.LOCAL, Ordering.REQUEST, Duration.ofSeconds(1)));
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("c", new RecordingClient()), "forever");

        loop.advance(10, TimeUnit.SECONDS);
        assertThat(secondary.closedByDispatcher).isFalse();
        loop.advance(1, TimeUnit.SECONDS);
        assertThat(secondary.closedByDispatcher).isTrue();
    }

    @Test
    void queuedQueriesFailWhenNoSecondaryHasBeenUpForNoSecondaryTimeout() {
        CentralDispatcher dispatcher = dispatcher();
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "q");

        loop.advance(29, TimeUnit.SECONDS);
        assertThat(client.replies).isEmpty();
        loop.advance(1, TimeUnit.SECONDS);
        assertThat(client.replies).containsExactly("async:'" + CentralDispatcher.NO_SECONDARY);
        async(session, "q2");
        assertThat(client.replies).hasSize(2);

        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(session, "q3");
        assertThat(secondary.received).containsExactly("q3");
    }

    @Test
    void aStrategyThatChoosesOutsideTheCandidatesFallsBackToTheFirst() {
        strategy = candidates -> new SecondaryView(99, "x", 1, java.util.OptionalLong.empty(), 0, 1, 0);
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("c", new RecordingClient()), "q");

        assertThat(secondary.received).containsExactly("q");
    }

    @Test
    void theStrategySeesOnlySecondariesThatAreUpWithFreeCapacity() {
        List<List<Integer>> seen = new java.util.ArrayList<>();
        strategy = candidates -> {
            seen.add(candidates.stream().map(SecondaryView::id).toList());
            return candidates.get(candidates.size() - 1);
        };
        CentralDispatcher dispatcher = dispatcher();
        new FakeSecondary(1).attachTo(dispatcher);
        new FakeSecondary(2).attachTo(dispatcher).die();
        new FakeSecondary(3).attachTo(dispatcher);
        ClientSession client = dispatcher.connect("c", new RecordingClient());
        async(client, "q1");
        async(client, "q2");

        assertThat(seen).containsExactly(List.of(1, 3), List.of(1));
    }

    @Test
    void aMessageNobodyAskedForIsDiscarded() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        secondary.listener.onReply(Wire.message(2, "unsolicited"), false);
        async(dispatcher.connect("c", client), "q");

        secondary.answer("r");
        assertThat(client.replies).containsExactly("async:r");
    }

    @Test
    void afterShutdownANewQueryIsAnsweredShuttingDownAndNothingIsRouted() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        CompletableFuture<Void> drained = dispatcher.shutdown().toCompletableFuture();

        assertThat(drained).isCompleted();
        async(session, "late");
        assertThat(client.replies).containsExactly("async:'" + CentralDispatcher.SHUTTING_DOWN);
        assertThat(secondary.received).isEmpty();
    }

    @Test
    void queriesTakenBeforeShutdownFinishWithinTheGraceAndShutdownCompletesWithTheLast() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "running");
        async(session, "queued");
        CompletableFuture<Void> drained = dispatcher.shutdown().toCompletableFuture();
        async(session, "refused");

        secondary.answer("r1");
        assertThat(drained).isNotDone();
        loop.advance(9, TimeUnit.SECONDS);
        assertThat(secondary.answer("r2")).isEqualTo("queued");
        assertThat(drained).isCompleted();
        assertThat(client.replies).containsExactly("async:r1", "async:r2",
                "async:'" + CentralDispatcher.SHUTTING_DOWN);
    }

    @Test
    void queriesStillUnansweredWhenTheGraceIsOverFailAndTheirLateRepliesAreDiscarded() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "stuck");
        async(session, "queued");
        CompletableFuture<Void> drained = dispatcher.shutdown().toCompletableFuture();

        loop.advance(10, TimeUnit.SECONDS);
        assertThat(drained).isCompleted();
        assertThat(client.replies).containsExactly("async:'" + CentralDispatcher.SHUTTING_DOWN,
                "async:'" + CentralDispatcher.SHUTTING_DOWN);
        secondary.answer("late");
        assertThat(client.replies).hasSize(2);
        assertThat(secondary.received).isEmpty();
    }

    @Test
    void aQueryRetriedAfterItsSecondaryDiedDuringShutdownStillFinishes() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        RecordingClient client = new RecordingClient();
        async(dispatcher.connect("c", client), "q");
        CompletableFuture<Void> drained = dispatcher.shutdown().toCompletableFuture();

        first.die();
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        assertThat(second.received).containsExactly("q");
        second.answer("r");
        assertThat(client.replies).containsExactly("async:r");
        assertThat(drained).isCompleted();
    }

    @Test
    void aClientThatLeavesDuringShutdownIsNotWaitedFor() {
        CentralDispatcher dispatcher = dispatcher();
        new FakeSecondary(1).attachTo(dispatcher);
        ClientSession session = dispatcher.connect("c", new RecordingClient());
        async(session, "running");
        async(session, "queued");
        CompletableFuture<Void> drained = dispatcher.shutdown().toCompletableFuture();

        session.close();
        assertThat(drained).isCompleted();
    }
}
