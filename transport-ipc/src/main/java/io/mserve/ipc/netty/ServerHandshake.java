package io.mserve.ipc.netty;

import io.mserve.core.auth.Authenticator;
import io.mserve.ipc.wire.Credentials;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of the kdb+ handshake: reads {@code user:password}, a capability byte and a
 * NUL; answers one byte, the lower of the client's capability and ours (3), or closes without
 * a reply when authentication fails, as kdb+ does. Then it leaves the pipeline, handing any
 * bytes that followed the handshake to the next handler, and fires {@link Handshaken}.
 */
public final class ServerHandshake extends ByteToMessageDecoder {
    private static final Logger log = LoggerFactory.getLogger(ServerHandshake.class);
    /** Longest {@code user:password} accepted; kdb+ clients send far less. */
    static final int MAX_LOGIN_BYTES = 1024;
    static final int OUR_CAPABILITY = 3;

    private final Authenticator authenticator;
    private final Duration timeout;
    private ScheduledFuture<?> deadline;

    public ServerHandshake(Authenticator authenticator, Duration timeout) {
        this.authenticator = authenticator;
        this.timeout = timeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        deadline = ctx.executor().schedule(() -> {
            log.info("{}: no handshake within {}; closed", ctx.channel().remoteAddress(), timeout);
            ctx.close();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int nul = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
        if (nul < 0) {
            if (in.readableBytes() > MAX_LOGIN_BYTES) {
                refuse(ctx, in, "handshake longer than " + MAX_LOGIN_BYTES + " bytes");
            }
            return;
        }
        byte[] text = new byte[nul - in.readerIndex()];
        in.readBytes(text);
        in.skipBytes(1);
        Credentials credentials = Credentials.parse(text);
        if (!authenticator.authenticate(credentials.user(), credentials.password())) {
            refuse(ctx, in, "authentication failed for user '" + credentials.user() + "'");
            return;
        }
        cancelDeadline();
        int capability = Math.min(credentials.capability(), OUR_CAPABILITY);
        ctx.writeAndFlush(ctx.alloc().buffer(1).writeByte(capability));
        ctx.fireUserEventTriggered(new Handshaken(credentials.user(), capability));
        ctx.pipeline().remove(this);
    }

    private void refuse(ChannelHandlerContext ctx, ByteBuf in, String why) {
        log.info("{}: {}; closed", ctx.channel().remoteAddress(), why);
        in.skipBytes(in.readableBytes());
        cancelDeadline();
        ctx.close();
    }

    private void cancelDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        cancelDeadline();
    }
}
