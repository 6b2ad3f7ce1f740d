package io.mserve.ipc.netty;

import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.wire.MessageHeader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts the byte stream from a client into whole kdb+ IPC messages (header included), each passed
 * on as a slice of what was received: nothing is copied or decoded. The length field is checked,
 * never trusted for allocation: bytes accumulate only as they arrive. A message over
 * {@code max-message-bytes} is refused once; whatever follows it is dropped unread.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    private final int maxMessageBytes;
    private boolean refused;

    public FrameDecoder(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (refused) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (in.readableBytes() < MessageHeader.SIZE) {
            return;
        }
        MessageHeader header = MessageHeader.read(in, in.readerIndex());
        long length = Integer.toUnsignedLong(header.length());
        if (length > maxMessageBytes) {
            // Dropped now, or the decoder would find the same header again when the connection closes.
            refused = true;
            in.skipBytes(in.readableBytes());
            throw new MalformedMessageException("message of " + length + " bytes is over max-message-bytes ("
                    + maxMessageBytes + ")");
        }
        if (in.readableBytes() >= length) {
            out.add(in.readRetainedSlice((int) length));
        }
    }
}
