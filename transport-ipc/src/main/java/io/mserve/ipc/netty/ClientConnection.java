package io.mserve.ipc.netty;

import io.mserve.core.dispatch.ClientSession;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.dispatch.MessageKind;
import io.mserve.core.dispatch.Reply;
import io.mserve.core.dispatch.ReplySink;
import io.mserve.core.dispatch.Request;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * One client of the primary: hands its messages to the dispatcher (async as routed queries,
 * sync as sync queries) and writes the replies the dispatcher sends back. A client that stops
 * reading is not read from either, and is disconnected once {@code client-buffer-max} bytes of
 * replies wait for it, counting those the dispatcher holds back to keep the client's order.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter implements ReplySink {
    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);

    private final Dispatcher dispatcher;
    private final long bufferMax;
    private final boolean compressRemote;
    private Channel channel;
    private ClientSession session;
    private boolean compress;

    ClientConnection(Dispatcher dispatcher, long bufferMax, boolean compressRemote) {
        this.dispatcher = dispatcher;
        this.bufferMax = bufferMax;
        this.compressRemote = compressRemote;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof Handshaken handshaken) {
            channel = ctx.channel();
            compress = compressRemote && handshaken.capability() >= 1 && isRemote(channel.remoteAddress());
            session = dispatcher.connect(handshaken.user() + "@" + channel.remoteAddress(), this);
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf message = (ByteBuf) msg;
        int type = Messages.type(message);
        if (session == null || type == MessageType.RESPONSE) {
            log.info("{}: unexpected {} message from a client; discarded", ctx.channel().remoteAddress(),
                    session == null ? "early" : "response");
            message.release();
            return;
        }
        session.submit(new Request(type == MessageType.SYNC ? MessageKind.SYNC : MessageKind.ASYNC, message));
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        // Back-pressure: while replies pile up unread, take no more queries from this client.
        ctx.channel().config().setAutoRead(ctx.channel().isWritable());
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (session != null) {
            session.close();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Connections.closeOnError(ctx, "client", cause);
    }

    @Override
    public void send(MessageKind kind, Reply reply) {
        ChannelOutboundBuffer pending = channel.unsafe().outboundBuffer();
        if (pending != null && pending.totalPendingWriteBytes() > bufferMax) {
            log.warn("{}: {} bytes of replies unread (client-buffer-max {}); disconnected",
                    channel.remoteAddress(), pending.totalPendingWriteBytes(), bufferMax);
            if (reply instanceof Reply.Result result) {
                ReferenceCountUtil.release(result.message());
            }
            channel.close();
            return;
        }
        channel.writeAndFlush(ReplyWriter.write(channel.alloc(), kind, reply, compress), channel.voidPromise());
    }

    @Override
    public boolean mayHold(long bytes) {
        ChannelOutboundBuffer pending = channel.unsafe().outboundBuffer();
        long waiting = bytes + (pending == null ? 0 : pending.totalPendingWriteBytes());
        if (waiting <= bufferMax) {
            return true;
        }
        log.warn("{}: {} bytes of replies waiting (held in order behind an earlier query, or unread; client-buffer-max {});"
                + " disconnected", channel.remoteAddress(), waiting, bufferMax);
        channel.close();
        return false;
    }

    // kdb+ compresses only for peers that are not on this host.
    private static boolean isRemote(SocketAddress address) {
        if (!(address instanceof InetSocketAddress)) {
            return false;
        }
        InetAddress ip = ((InetSocketAddress) address).getAddress();
        return ip != null && !ip.isLoopbackAddress() && !ip.isAnyLocalAddress();
    }
}
