package io.mserve.ipc.netty;

import io.mserve.ipc.codec.MalformedMessageException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one way a connection ends on bad input or a network error: one log line, then close. */
final class Connections {
    private static final Logger log = LoggerFactory.getLogger(Connections.class);

    private Connections() {}

    static void closeOnError(ChannelHandlerContext ctx, String peer, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof MalformedMessageException) {
            log.info("{} {}: bad message: {}; closed", peer, ctx.channel().remoteAddress(), root.getMessage());
        } else if (root instanceof SSLException) {
            log.info("{} {}: TLS refused: {}; closed", peer, ctx.channel().remoteAddress(), root.getMessage());
        } else if (root instanceof IOException) {
            log.debug("{} {}: {}; closed", peer, ctx.channel().remoteAddress(), root.toString());
        } else {
            log.warn("{} {}: unexpected failure; closed", peer, ctx.channel().remoteAddress(), root);
        }
        ctx.close();
    }
}
