package io.mserve.engine.ipc;

import io.mserve.engine.QException;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;

/** A connection a client opened to this session: {@code neg .z.w} sends it async messages. */
final class ServerHandle implements Handle {
    private final Channel channel;

    ServerHandle(Channel channel) {
        this.channel = channel;
    }

    @Override
    public K sync(K x) {
        throw QException.nyi();
    }

    @Override
    public void async(K x) {
        send(channel, MessageType.ASYNC, x);
    }

    @Override
    public K read() {
        throw QException.nyi();
    }

    @Override
    public void close() {
        channel.close();
    }

    /** Writes {@code x} as one message, encoded into a pooled buffer; a value that cannot travel goes as {@code 'type}. */
    static void send(Channel channel, int type, K x) {
        ByteBuf message;
        try {
            message = Encoder.encode(channel.alloc(), type, x);
        } catch (IllegalArgumentException e) {
            message = Encoder.encode(channel.alloc(), type, new KError("type"));
        }
        channel.writeAndFlush(message, channel.voidPromise());
    }
}
