package io.mserve.ipc.tls;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first handler of a client's connection on a port that speaks TLS: by the first byte (a TLS
 * record starts with 22, a handshake record; a kdb+ login is text) it puts an {@code SslHandler}
 * in its place, or leaves plain connections alone ({@link TlsSettings.Mode#OPTIONAL}) or closes
 * them without a reply ({@link TlsSettings.Mode#REQUIRED}). One byte is enough, so a kdb+ login
 * as short as {@code "\3\0"} is never kept waiting for more.
 */
public final class TlsDetector extends ByteToMessageDecoder {
    private static final Logger log = LoggerFactory.getLogger(TlsDetector.class);
    private static final int HANDSHAKE_RECORD = 22;

    private final SslContext context;
    private final boolean required;

    public TlsDetector(SslContext context, boolean required) {
        this.context = context;
        this.required = required;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        if (in.getUnsignedByte(in.readerIndex()) == HANDSHAKE_RECORD) {
            ctx.pipeline().replace(this, "tls", context.newHandler(ctx.alloc()));
        } else if (required) {
            log.info("client {}: plain connection to a port that requires TLS; closed", ctx.channel().remoteAddress());
            in.skipBytes(in.readableBytes());
            ctx.close();
        } else {
            ctx.pipeline().remove(this);
        }
    }
}
