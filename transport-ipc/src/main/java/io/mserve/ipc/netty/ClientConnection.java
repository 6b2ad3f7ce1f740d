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
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client of the primary: hands its messages to the dispatcher (async as routed queries,
 * sync as sync queries) and writes the replies the dispatcher sends back. A client that stops
 * reading is not read from either, and is disconnected once {@code client-buffer-max} bytes of
 * replies wait for it, counting those the dispatcher holds back to keep the client's order.
 * A streamed reply is piped to it at the pace it reads; replies after it wait their turn here.
 *
 * <p>Replies arrive on the dispatcher's loop; the client's events on the client's loop; a streamed
 * reply's end on its secondary's loop. Whose turn it is to write (a stream, or the replies waiting
 * behind it) changes hands under one lock, so that a reply arriving as a stream ends neither
 * waits forever nor overtakes an earlier one.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter implements ReplySink {
    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
    static final String BROKEN = "mserve: the secondary went away while sending this reply";

    private final Dispatcher dispatcher;
    private final long bufferMax;
    private final boolean compressRemote;
    private Channel channel;
    private ClientSession session;
    private boolean compress;
    /**
     * The reply being piped to this client, or the one whose end is writing the replies that waited
     * behind it (they still wait their turn); read on the client's loop to resume it.
     */
    private volatile PipedReply streaming;
    /** Replies that came while one was streaming, in order. */
    private final ArrayDeque<Owed> behind = new ArrayDeque<>();
    private long behindBytes;
    /** Guards {@link #streaming} changing hands, {@link #behind} and {@link #behindBytes}. */
    private final Object turns = new Object();

    private record Owed(MessageKind kind, Reply reply) {}

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
            session = dispatcher.connect(handshaken.user(), handshaken.user() + "@" + channel.remoteAddress(), this);
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
        boolean writable = ctx.channel().isWritable();
        // Back-pressure: while replies pile up unread, take no more queries from this client.
        ctx.channel().config().setAutoRead(writable);
        PipedReply piped = streaming;
        if (writable && piped != null) {
            piped.resume();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (session != null) {
            session.close();
        }
        PipedReply piped = streaming;
        if (piped != null) {
            // Its next piece finds this connection gone, and drops the rest.
            piped.resume();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Connections.closeOnError(ctx, "client", cause);
    }

    @Override
    public void send(MessageKind kind, Reply reply) {
        synchronized (turns) {
            if (streaming != null) {
                behind.add(new Owed(kind, reply));
                behindBytes += size(reply);
                if (unsent() > bufferMax) {
                    overflow(unsent(), "unread");
                }
                return;
            }
            long unsent = unsent();
            if (unsent > bufferMax) {
                release(reply);
                overflow(unsent, "unread");
                return;
            }
            if (reply instanceof Reply.Streamed streamed) {
                streaming = (PipedReply) streamed.stream();
            }
        }
        write(kind, reply);
    }

    @Override
    public boolean mayHold(long bytes) {
        synchronized (turns) {
            long waiting = bytes + unsent();
            if (waiting <= bufferMax) {
                return true;
            }
            overflow(waiting, "held in order behind an earlier query, or unread");
            return false;
        }
    }

    // A streamed reply must already be this client's streaming one.
    private void write(MessageKind kind, Reply reply) {
        int type = kind == MessageKind.ASYNC ? MessageType.ASYNC : MessageType.RESPONSE;
        if (reply instanceof Reply.Streamed streamed) {
            ((PipedReply) streamed.stream()).pipeTo(this, type);
            return;
        }
        channel.writeAndFlush(ReplyWriter.write(channel.alloc(), kind, reply, compress), channel.voidPromise());
    }

    // ---- the streamed reply's side ----

    /** Writes bytes of the streamed reply; false when the client has gone (they are dropped). */
    boolean forward(ByteBuf bytes) {
        if (!channel.isActive()) {
            bytes.release();
            return false;
        }
        channel.writeAndFlush(bytes, channel.voidPromise());
        return true;
    }

    boolean writable() {
        return channel.isWritable();
    }

    /** The streamed reply's secondary went away before its turn: the client gets an error in its place. */
    void pipeFailed(PipedReply piped, int type) {
        channel.writeAndFlush(ReplyWriter.error(channel.alloc(), type, BROKEN), channel.voidPromise());
        streamEnded(piped);
    }

    /**
     * The streamed reply has been written whole: the replies behind it follow, written by this
     * thread while it still holds the turn, until the queue is empty or the next one is a stream.
     */
    void streamEnded(PipedReply piped) {
        while (true) {
            Owed next;
            synchronized (turns) {
                if (streaming != piped) {
                    return;
                }
                next = behind.poll();
                if (next == null) {
                    streaming = null;
                    return;
                }
                behindBytes -= size(next.reply());
                if (next.reply() instanceof Reply.Streamed streamed) {
                    streaming = (PipedReply) streamed.stream();
                }
            }
            write(next.kind(), next.reply());
            if (next.reply() instanceof Reply.Streamed) {
                return;
            }
        }
    }

    /** The streamed reply's secondary went away mid-message: the client cannot be sent anything else. */
    void streamBroken(PipedReply piped) {
        log.warn("{}: {}; a reply had been partly sent, so the connection is closed", channel.remoteAddress(), BROKEN);
        streamEnded(piped);
        channel.close();
    }

    // ---- accounting ----

    /** Reply bytes this client has yet to take: written and not yet sent, and waiting behind a stream. */
    private long unsent() {
        ChannelConfig config = channel.config();
        // Netty's thread-safe counters, which only measure from its water marks.
        long written = channel.isWritable()
                ? config.getWriteBufferHighWaterMark() + 1L - channel.bytesBeforeUnwritable()
                : config.getWriteBufferLowWaterMark() - 1L + channel.bytesBeforeWritable();
        return Math.max(0, written) + behindBytes;
    }

    private void overflow(long waiting, String how) {
        log.warn("{}: {} bytes of replies waiting ({}; client-buffer-max {}); disconnected",
                channel.remoteAddress(), waiting, how, bufferMax);
        Owed owed;
        while ((owed = behind.poll()) != null) {
            release(owed.reply());
        }
        behindBytes = 0;
        channel.close();
    }

    private static long size(Reply reply) {
        return reply instanceof Reply.Result result ? result.message().readableBytes() : 0;
    }

    private static void release(Reply reply) {
        if (reply instanceof Reply.Result result) {
            ReferenceCountUtil.release(result.message());
        } else if (reply instanceof Reply.Streamed streamed) {
            streamed.stream().discard();
        }
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
