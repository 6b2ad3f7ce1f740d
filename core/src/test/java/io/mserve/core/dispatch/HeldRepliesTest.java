package io.mserve.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mserve.core.dispatch.DispatchSettings.FairBy;
import io.mserve.core.dispatch.DispatchSettings.Ordering;
import io.mserve.core.dispatch.DispatchSettings.Queueing;
import io.mserve.core.dispatch.DispatchSettings.SyncMode;
import io.netty.buffer.ByteBuf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Replies held back to keep a client's order count against what its sink may hold. */
class HeldRepliesTest {
    private final ManualLoop loop = new ManualLoop();

    private CentralDispatcher dispatcher() {
        DispatchSettings settings = new DispatchSettings(1, 100, Queueing.FAIR, FairBy.CLIENT, SyncMode.LOCAL, Ordering.REQUEST, Optional.empty(),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
        return new CentralDispatcher(settings, candidates -> candidates.get(0), LocalEvaluator.NONE, loop,
                new DispatchMetrics(new SimpleMeterRegistry(), "test"), loop::nanoTime);
    }

    /** A client that may be owed at most {@code limit} bytes. */
    private static final class LimitedClient implements ReplySink {
        final long limit;
        final List<Long> asked = new ArrayList<>();
        final RecordingClient recorded = new RecordingClient();

        LimitedClient(long limit) {
            this.limit = limit;
        }

        @Override
        public void send(MessageKind kind, Reply reply) {
            recorded.send(kind, reply);
        }

        @Override
        public boolean mayHold(long bytes) {
            asked.add(bytes);
            return bytes <= limit;
        }
    }

    private static void async(ClientSession client, String query) {
        client.submit(new Request(MessageKind.ASYNC, Wire.message(0, query)));
    }

    @Test
    void aClientOwedMoreThanItMayHoldIsDroppedAndItsHeldRepliesReleased() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary slow = new FakeSecondary(1).attachTo(dispatcher);
        FakeSecondary fast = new FakeSecondary(2).attachTo(dispatcher);
        LimitedClient client = new LimitedClient(100);
        ClientSession session = dispatcher.connect("c", client);
        async(session, "slow");
        async(session, "a");
        async(session, "b");
        async(session, "c");

        List<ByteBuf> held = new ArrayList<>();
        for (String text : new String[] {"x".repeat(40), "y".repeat(40)}) {
            ByteBuf reply = Wire.message(2, text);
            held.add(reply);
            fast.received.poll();
            fast.listener.onReply(reply, false);
        }
        assertThat(client.asked).containsExactly(54L, 108L);
        assertThat(held).extracting(ByteBuf::refCnt).as("held replies released").containsOnly(0);
        slow.answer("late");
        assertThat(client.recorded.replies).as("nothing delivered to a dropped client").isEmpty();

        RecordingClient other = new RecordingClient();
        async(dispatcher.connect("other", other), "next");
        assertThat(slow.received).as("the first candidate is free again").containsExactly("next");
        slow.answer("ok");
        assertThat(fast.received).as("the dropped client's last query never left the queue").isEmpty();
        assertThat(other.replies).containsExactly("async:ok");
    }

    @Test
    void repliesDeliveredAtOnceAreNotHeld() {
        CentralDispatcher dispatcher = dispatcher();
        FakeSecondary secondary = new FakeSecondary(1).attachTo(dispatcher);
        LimitedClient client = new LimitedClient(0);
        ClientSession session = dispatcher.connect("c", client);
        for (int i = 0; i < 3; i++) {
            async(session, "q" + i);
            secondary.answer("r" + i);
        }
        assertThat(client.asked).isEmpty();
        assertThat(client.recorded.replies).containsExactly("async:r0", "async:r1", "async:r2");
    }
}
