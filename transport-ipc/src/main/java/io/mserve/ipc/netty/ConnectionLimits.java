package io.mserve.ipc.netty;

import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary's bounds on logged-in clients ({@code mserve.transport.max-connections} in all and
 * {@code max-connections-per-user}; 0 for none). A client past either has logged in, so it is
 * sent the error {@code 'limit}, as kdb+ answers what it cannot take, and closed. Connections still
 * in their handshake are bounded by the handshake timeout instead.
 */
public final class ConnectionLimits {
    private static final Logger log = LoggerFactory.getLogger(ConnectionLimits.class);
    private static final byte[] LIMIT = Encoder.encode(MessageType.RESPONSE, new KError("limit"));

    private final int total;
    private final int perUser;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> byUser = new ConcurrentHashMap<>();

    /** @param total most clients at once, 0 for no bound; @param perUser most connections of one user name, 0 for no bound */
    public ConnectionLimits(int total, int perUser) {
        this.total = total;
        this.perUser = perUser;
    }

    /** Clients logged in now. */
    public int open() {
        return open.get();
    }

    /** A new handler for one client's pipeline, after its handshake. */
    public ChannelInboundHandlerAdapter handler() {
        return new Gate();
    }

    private boolean admit(String user) {
        if (open.incrementAndGet() > total && total > 0) {
            open.decrementAndGet();
            return false;
        }
        int[] count = new int[1];
        byUser.compute(user, (u, n) -> {
            count[0] = n == null ? 1 : n + 1;
            return count[0];
        });
        if (count[0] > perUser && perUser > 0) {
            release(user);
            return false;
        }
        return true;
    }

    private void release(String user) {
        open.decrementAndGet();
        byUser.computeIfPresent(user, (u, n) -> n == 1 ? null : n - 1);
    }

    /** One client's place: taken when its handshake is accepted, given back when it closes. */
    private final class Gate extends ChannelInboundHandlerAdapter {
        private String admitted;
        private boolean refused;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof Handshaken handshaken) {
                if (!admit(handshaken.user())) {
                    refused = true;
                    log.info("{}: user '{}' is over the connection limit ({} in all, {} a user); sent 'limit and closed",
                            ctx.channel().remoteAddress(), handshaken.user(), total, perUser);
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(LIMIT)).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
                admitted = handshaken.user();
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (refused) {
                ReferenceCountUtil.release(msg);
                return;
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (admitted != null) {
                release(admitted);
                admitted = null;
            }
            super.channelInactive(ctx);
        }
    }
}
