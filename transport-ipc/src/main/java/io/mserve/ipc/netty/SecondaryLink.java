package io.mserve.ipc.netty;

import io.mserve.core.secondary.Secondary;
import io.mserve.core.secondary.SecondaryListener;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary's connection to one secondary: queries go out as sync messages, responses come
 * back in order to the dispatcher's listener, whole or (from a {@link ReplyDecoder}) streamed.
 * Runs on the dispatcher's event loop.
 */
final class SecondaryLink extends ChannelInboundHandlerAdapter implements Secondary {
    private static final Logger log = LoggerFactory.getLogger(SecondaryLink.class);

    private final Channel channel;
    private SecondaryListener listener;
    private String closedBeforeListening;
    /** The reply streaming now, or null. */
    private PipedReply streaming;
    /** Whether the reply streaming now goes to the listener (else it is dropped unannounced). */
    private boolean announced;

    SecondaryLink(Channel channel) {
        this.channel = channel;
    }

    /** Starts reporting to {@code listener}; called on the channel's loop once the dispatcher attached us. */
    void listen(SecondaryListener listener) {
        this.listener = listener;
        if (closedBeforeListening != null) {
            listener.onClosed(closedBeforeListening);
        }
    }

    @Override
    public void send(ByteBuf message) {
        channel.writeAndFlush(Messages.withType(message, MessageType.SYNC), channel.voidPromise());
    }

    @Override
    public void close() {
        channel.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ReplyDecoder.Piece piece) {
            streaming.take(piece.bytes(), piece.last());
            if (piece.last()) {
                streaming = null;
                if (announced) {
                    listener.onStreamEnd();
                }
            }
        } else if (msg instanceof ReplyDecoder.Head head) {
            streaming = new PipedReply(channel, head.header(), head.length());
            announced = expected(head.header());
            if (announced) {
                listener.onReplyStream(streaming);
            } else {
                streaming.discard();
            }
        } else {
            ByteBuf message = (ByteBuf) msg;
            if (expected(message)) {
                listener.onReply(message, Messages.isError(message));
            } else {
                message.release();
            }
        }
    }

    private boolean expected(ByteBuf message) {
        if (Messages.type(message) == MessageType.RESPONSE && listener != null) {
            return true;
        }
        log.warn("secondary {}: unexpected message of type {}; discarded", channel.remoteAddress(), Messages.type(message));
        return false;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (streaming != null) {
            streaming.abort();
            streaming = null;
        }
        if (listener != null) {
            listener.onClosed("connection closed");
        } else {
            closedBeforeListening = "connection closed";
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Connections.closeOnError(ctx, "secondary", cause);
    }
}
