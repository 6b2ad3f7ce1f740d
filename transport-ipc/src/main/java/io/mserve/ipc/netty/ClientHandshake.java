package io.mserve.ipc.netty;

import io.mserve.ipc.wire.Credentials;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.netty.util.concurrent.Promise;
import java.util.List;

/**
 * The client side of the kdb+ handshake: sends {@code user:password}, capability 3 and a NUL,
 * and completes {@code agreed} with the server's one-byte answer. A server that closes instead
 * refused the login.
 */
public final class ClientHandshake extends ByteToMessageDecoder {
    private final String login;
    private final Promise<Integer> agreed;

    public ClientHandshake(String login, Promise<Integer> agreed) {
        this.login = login;
        this.agreed = agreed;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        ctx.writeAndFlush(ctx.alloc().buffer().writeBytes(Credentials.handshake(login)));
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable()) {
            int capability = in.readUnsignedByte();
            ctx.pipeline().remove(this);
            agreed.trySuccess(capability);
        }
    }

    /** A failure before the reply (a TLS handshake refused) is the reason the handshake failed. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        agreed.tryFailure(cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause);
        ctx.fireExceptionCaught(cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        agreed.tryFailure(new java.io.IOException("closed during the handshake (login refused?)"));
        super.channelInactive(ctx);
    }
}
