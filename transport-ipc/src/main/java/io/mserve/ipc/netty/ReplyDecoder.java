package io.mserve.ipc.netty;

import io.mserve.ipc.wire.MessageHeader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the byte stream from a secondary into replies. One up to {@code streamOver} bytes is
 * passed on whole, a slice of what was received; a longer one as a {@link Head} and then
 * {@link Piece}s of whatever arrived, so that no reply is ever held whole and none is too long.
 * A header that is not a kdb+ header fails the connection.
 */
final class ReplyDecoder extends ByteToMessageDecoder {
    private final long streamOver;
    /** Bytes of the streaming reply still to come. */
    private long left;

    ReplyDecoder(long streamOver) {
        this.streamOver = streamOver;
    }

    /** The start of a streamed reply: its header (8 bytes, owned by the receiver) and its whole length. */
    record Head(ByteBuf header, long length) {}

    /** Bytes of a streamed reply, in order (owned by the receiver); {@code last} for its final ones. */
    record Piece(ByteBuf bytes, boolean last) {}

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (left > 0) {
            int n = (int) Math.min(left, in.readableBytes());
            left -= n;
            out.add(new Piece(in.readRetainedSlice(n), left == 0));
            return;
        }
        if (in.readableBytes() < MessageHeader.SIZE) {
            return;
        }
        long length = Integer.toUnsignedLong(MessageHeader.read(in, in.readerIndex()).length());
        if (length <= streamOver) {
            if (in.readableBytes() >= length) {
                out.add(in.readRetainedSlice((int) length));
            }
            return;
        }
        out.add(new Head(in.readRetainedSlice(MessageHeader.SIZE), length));
        left = length - MessageHeader.SIZE;
    }
}
