package io.mserve.ipc.netty;

import io.mserve.core.secondary.ReplyStream;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;

/**
 * A reply too long to hold, passed from its secondary's connection to a client's piece by piece
 * as it is read. Reading stops while the client's connection is not writable and starts again
 * once it drains, or once the reply has been read whole; until the reply's client is known (its
 * turn may wait for earlier replies) it stops after the first piece. So the primary holds about
 * one read of it, whatever its length.
 * Lives on the secondary connection's loop: {@link #pipeTo} and {@link #discard}, called from the
 * dispatcher's loop or a client's, hop onto it; {@link #resume} may be called from any thread.
 */
final class PipedReply implements ReplyStream {
    private final Channel secondary;
    private final ByteBuf header;
    private final long length;
    /** Pieces read before the client was known. */
    private final ArrayDeque<ByteBuf> early = new ArrayDeque<>();
    private ClientConnection client;
    private boolean discarding;
    /** Every byte has been read from the secondary. */
    private boolean complete;
    /** The secondary's connection ended first. */
    private boolean broken;
    private boolean finished;

    PipedReply(Channel secondary, ByteBuf header, long length) {
        this.secondary = secondary;
        this.header = header;
        this.length = length;
    }

    @Override
    public long length() {
        return length;
    }

    /** Bytes of the reply as the secondary's connection read them. */
    void take(ByteBuf bytes, boolean last) {
        complete = last;
        if (discarding) {
            bytes.release();
        } else if (client == null) {
            early.add(bytes);
            secondary.config().setAutoRead(false);
        } else {
            forward(bytes);
            if (last) {
                finish();
            }
        }
    }

    /**
     * Starts sending the reply to {@code client} as a message of {@code type}, on the secondary's
     * loop; when its secondary went away before the reply's turn came, nothing is sent and the
     * client is told ({@link ClientConnection#pipeFailed}).
     */
    void pipeTo(ClientConnection client, int type) {
        onLoop(() -> start(client, type), () -> client.pipeFailed(this, type));
    }

    private void start(ClientConnection client, int type) {
        if (broken || discarding) {
            client.pipeFailed(this, type);
            return;
        }
        this.client = client;
        forward(Messages.withType(header, type));
        while (!early.isEmpty() && !discarding) {
            forward(early.poll());
        }
        if (discarding) {
            return;
        }
        if (complete) {
            finish();
        } else if (client.writable()) {
            secondary.config().setAutoRead(true);
        }
    }

    @Override
    public void discard() {
        onLoop(this::drop, this::drop);
    }

    private void drop() {
        if (discarding) {
            return;
        }
        discarding = true;
        releaseEarly();
        if (client == null && !broken) {
            header.release();
        }
        secondary.config().setAutoRead(true);
    }

    /** The secondary's connection ended before the last byte. */
    void abort() {
        if (complete || broken) {
            return;
        }
        broken = true;
        releaseEarly();
        if (client != null && !discarding) {
            finished = true;
            client.streamBroken(this);
        } else if (client == null && !discarding) {
            header.release();
        }
    }

    // Runs task on the secondary's loop (at once when already there); its loop gone (the primary stopping), runs
    // instead where it is.
    private void onLoop(Runnable task, Runnable instead) {
        if (secondary.eventLoop().inEventLoop()) {
            task.run();
            return;
        }
        try {
            secondary.eventLoop().execute(task);
        } catch (RejectedExecutionException e) {
            instead.run();
        }
    }

    /** The client's connection drained: read on. May be called from any thread. */
    void resume() {
        secondary.config().setAutoRead(true);
    }

    private void forward(ByteBuf bytes) {
        if (!client.forward(bytes)) {
            // The client has gone: the rest is read and dropped, and its connection's queue let go.
            discarding = true;
            releaseEarly();
            finish();
            return;
        }
        if (!client.writable()) {
            secondary.config().setAutoRead(false);
            if (client.writable()) {
                // It drained between the two looks, and its event may have come before the pause.
                secondary.config().setAutoRead(true);
            }
        }
    }

    // Read whole: a pause the client's pace put on the secondary's connection ends here, as the replies behind this one
    // there go to other clients, and this client's drain would wake no one (its stream has ended).
    private void finish() {
        secondary.config().setAutoRead(true);
        if (!finished) {
            finished = true;
            client.streamEnded(this);
        }
    }

    private void releaseEarly() {
        ByteBuf piece;
        while ((piece = early.poll()) != null) {
            piece.release();
        }
    }
}
