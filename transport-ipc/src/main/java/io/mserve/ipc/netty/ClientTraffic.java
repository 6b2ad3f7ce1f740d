package io.mserve.ipc.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the primary's client connections and the bytes they send and are sent, first in every
 * client's pipeline (so handshakes and framing count too). One instance serves all clients.
 */
@Sharable
public final class ClientTraffic extends ChannelDuplexHandler {
    private final AtomicInteger connections = new AtomicInteger();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();

    /** Client connections open now. */
    public int connections() {
        return connections.get();
    }

    /** Bytes read from clients since the primary started. */
    public long bytesIn() {
        return bytesIn.sum();
    }

    /** Bytes written to clients since the primary started. */
    public long bytesOut() {
        return bytesOut.sum();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        connections.incrementAndGet();
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        connections.decrementAndGet();
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        bytesIn.add(size(msg));
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        bytesOut.add(size(msg));
        super.write(ctx, msg, promise);
    }

    private static long size(Object msg) {
        if (msg instanceof ByteBuf buf) {
            return buf.readableBytes();
        }
        return msg instanceof ByteBufHolder holder ? holder.content().readableBytes() : 0;
    }
}
