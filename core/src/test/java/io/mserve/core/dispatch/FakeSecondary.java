package io.mserve.core.dispatch;

import io.mserve.core.secondary.Secondary;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryListener;
import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;
import java.util.OptionalLong;

/** A secondary's connection as the dispatcher sees it: it records queries and answers when told. */
final class FakeSecondary implements Secondary {
    final SecondaryInfo info;
    final ArrayDeque<String> received = new ArrayDeque<>();
    SecondaryListener listener;
    boolean closedByDispatcher;

    FakeSecondary(int id) {
        this.info = new SecondaryInfo(id, "127.0.0.1", 5000 + id, OptionalLong.of(100 + id));
    }

    FakeSecondary attachTo(Dispatcher dispatcher) {
        listener = dispatcher.attach(info, this);
        return this;
    }

    @Override
    public void send(ByteBuf message) {
        received.add(Wire.text(message));
        message.release();
    }

    @Override
    public void close() {
        closedByDispatcher = true;
        // Closed while being attached, there is no listener yet (the transport reports it once there is).
        if (listener != null) {
            listener.onClosed("closed by the dispatcher");
        }
    }

    /** Answers the oldest query it holds with {@code text}. */
    String answer(String text) {
        String query = received.poll();
        listener.onReply(Wire.message(2, text), false);
        return query;
    }

    /** Answers the oldest query with an error. */
    void fail(String text) {
        received.poll();
        listener.onReply(Wire.error(text), true);
    }

    void die() {
        listener.onClosed("process exited");
    }
}
