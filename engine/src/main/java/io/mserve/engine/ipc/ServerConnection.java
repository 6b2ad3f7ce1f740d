package io.mserve.engine.ipc;

import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.netty.Handshaken;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;

/**
 * One client of the session's server. Messages are decoded on the I/O thread and evaluated on
 * the session thread, in arrival order; a sync message is answered with a response.
 */
final class ServerConnection extends ChannelInboundHandlerAdapter {
    private final Ipc ipc;
    /** Set and read on the session thread only. */
    private int handle;
    private String user = "";
    private int address;

    ServerConnection(Ipc ipc) {
        this.ipc = ipc;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof Handshaken) {
            String who = ((Handshaken) event).user();
            int from = address(ctx.channel().remoteAddress());
            ipc.thread().run(() -> {
                user = who;
                address = from;
                handle = ipc.opened(new ServerHandle(ctx.channel()), who, from);
            });
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        int type;
        K value;
        try {
            type = frame.getByte(frame.readerIndex() + 1);
            value = Decoder.decode(frame);
        } catch (MalformedMessageException e) {
            ctx.close();
            return;
        } finally {
            frame.release();
        }
        if (type == MessageType.RESPONSE) {
            return;
        }
        ipc.thread().run(() -> {
            K result = ipc.serve(handle, user, address, type, value);
            if (type == MessageType.SYNC) {
                ServerHandle.send(ctx.channel(), MessageType.RESPONSE, result);
            }
        });
    }

    // .z.a: the client's IPv4 address as an int; 0 for a Unix socket or IPv6.
    private static int address(SocketAddress a) {
        if (a instanceof InetSocketAddress i && i.getAddress() instanceof Inet4Address ip) {
            return ByteBuffer.wrap(ip.getAddress()).getInt();
        }
        return 0;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        ipc.thread().run(() -> {
            if (handle != 0) {
                ipc.closed(handle);
            }
        });
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
