package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.DispatchSettings.SyncMode;
import io.mserve.core.secondary.ReplyStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Replies too long to hold stream from their secondary: the dispatcher gives each to its client
 * in the client's order, keeps its secondary busy until the last byte, and drops those nobody wants.
 */
class StreamedRepliesTest {
    private final ManualLoop loop = new ManualLoop();

    private CentralDispatcher dispatcher(Duration requestTimeout) {
        DispatchSettings settings = new DispatchSettings(1, 100, Queueing.FAIR, FairBy.CLIENT, SyncMode.LOCAL, Ordering.REQUEST,
                Optional.ofNullable(requestTimeout), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
        return new CentralDispatcher(settings, candidates -> candidates.get(0), LocalEvaluator.NONE, loop,
                new DispatchMetrics(new SimpleMeterRegistry(), "test"), loop::nanoTime);
    }

    private static void async(ClientSession client, String query) {
        client.submit(new Request(MessageKind.ASYNC, Wire.message(0, query)));
    }

    /** A stream as the transport would hand it over; it records being dropped. */
    private static final class Stream implements ReplyStream {
        final long length;
        boolean discarded;

        Stream(long length) {
            this.length = length;
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public void discard() {
            discarded = true;
        }
    }

    /** A client that names what it receives: a stream by its length. */
    private static final class Client implements ReplySink {
        final List<String> replies = new ArrayList<>();

        @Override
        public void send(MessageKind kind, Reply reply) {
            if (reply instanceof Reply.Streamed streamed) {
                replies.add("stream of " + streamed.stream().length());
            } else if (reply instanceof Reply.Result result) {
                replies.add(Wire.text(result.message()));
                result.message().release();
            } else {
                replies.add("'" + ((Reply.Failure) reply).text());
            }
        }
    }

    @Test
    void aStreamedReplyGoesToItsClientInTheOrderItAskedAndItsSecondaryStaysBusyUntilItsEnd() {
        CentralDispatcher dispatcher = dispatcher(null);
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        Client client = new Client();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "slow");
        async(session, "long");
        async(session, "next");

        Stream stream = new Stream(5_000_000_000L);
        second.received.poll();
        second.listener.onReplyStream(stream);
        assertThat(client.replies).as("held behind the slow one").isEmpty();
        assertThat(second.received).as("no query for a secondary still sending").isEmpty();

        first.answer("slow done");
        assertThat(client.replies).containsExactly("slow done", "stream of 5000000000");
        assertThat(first.received).containsExactly("next");
        second.listener.onStreamEnd();
        first.answer("next done");
        assertThat(client.replies).containsExactly("slow done", "stream of 5000000000", "next done");
        assertThat(stream.discarded).isFalse();
    }

    @Test
    void aSecondarySendingAStreamedReplyTakesNoQueryUntilItsLastByte() {
        CentralDispatcher dispatcher = dispatcher(null);
        FakeSecondary only = new FakeSecondary(1).attachTo(dispatcher);
        ClientSession session = dispatcher.connect("c", new Client());
        async(session, "long");
        async(session, "after");
        only.received.poll();
        only.listener.onReplyStream(new Stream(100));
        assertThat(only.received).isEmpty();
        only.listener.onStreamEnd();
        assertThat(only.received).containsExactly("after");
    }

    @Test
    void aStreamedReplyNobodyWantsAnyMoreIsDropped() {
        CentralDispatcher dispatcher = dispatcher(null);
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        Client client = new Client();
        ClientSession session = dispatcher.connect("c", client);
        async(session, "slow");
        async(session, "long");
        Stream held = new Stream(100);
        second.received.poll();
        second.listener.onReplyStream(held);
        session.close();
        assertThat(held.discarded).as("the client left while it waited its turn").isTrue();

        ClientSession late = dispatcher.connect("d", client);
        async(late, "long");
        Stream unwanted = new Stream(100);
        first.answer("slow done");
        first.received.poll();
        late.close();
        first.listener.onReplyStream(unwanted);
        assertThat(unwanted.discarded).as("its client left while it ran").isTrue();
        assertThat(client.replies).isEmpty();
    }

    @Test
    void aStreamedReplyAfterItsQueryTimedOutIsDropped() {
        CentralDispatcher dispatcher = dispatcher(Duration.ofSeconds(1));
        FakeSecondary only = new FakeSecondary(1).attachTo(dispatcher);
        Client client = new Client();
        async(dispatcher.connect("c", client), "long");
        loop.advance(2, TimeUnit.SECONDS);
        Stream stream = new Stream(100);
        only.received.poll();
        only.listener.onReplyStream(stream);
        assertThat(stream.discarded).isTrue();
        assertThat(client.replies).containsExactly("'timeout");
    }

    @Test
    void aSecondaryDyingWhileItStreamsIsDownButItsStreamedQueryIsNotRetried() {
        CentralDispatcher dispatcher = dispatcher(null);
        FakeSecondary first = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary second = new FakeSecondary(2).attachTo(dispatcher);
        Client client = new Client();
        async(dispatcher.connect("c", client), "long");
        first.received.poll();
        first.listener.onReplyStream(new Stream(100));
        first.die();
        assertThat(client.replies).containsExactly("stream of 100");
        assertThat(second.received).as("the reply had begun: its bytes are the transport's to end").isEmpty();
    }

    @Test
    void shutdownWaitsForAStreamedReplyToPass() {
        CentralDispatcher dispatcher = dispatcher(null);
        FakeSecondary only = new FakeSecondary(1).attachTo(dispatcher);
        async(dispatcher.connect("c", new Client()), "long");
        only.received.poll();
        only.listener.onReplyStream(new Stream(100));
        CompletionStage<Void> drained = dispatcher.shutdown();
        assertThat(drained.toCompletableFuture()).isNotDone();
        only.listener.onStreamEnd();
        assertThat(drained.toCompletableFuture()).isDone();
    }
}
