package io.mserve.ipc.wire;

import io.mserve.ipc.codec.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import java.nio.ByteOrder;

/**
 * The 8-byte header of a kdb+ IPC message: byte order, message type, compression flag, and the
 * total length including the header, written in the message's own byte order.
 */
public record MessageHeader(ByteOrder order, int type, boolean compressed, int length) {

    /** Bytes in a header. */
    public static final int SIZE = 8;

    /**
     * Reads and checks the header at {@code at} (which must have {@link #SIZE} readable bytes).
     *
     * @throws MalformedMessageException when a byte is out of range or the length is impossible
     */
    public static MessageHeader read(ByteBuf buffer, int at) {
        byte endian = buffer.getByte(at);
        if (endian != 0 && endian != 1) {
            throw new MalformedMessageException("byte order must be 0 or 1, is " + (endian & 0xFF));
        }
        int type = buffer.getByte(at + 1) & 0xFF;
        if (type > MessageType.RESPONSE) {
            throw new MalformedMessageException("message type must be 0, 1 or 2, is " + type);
        }
        int compression = buffer.getByte(at + 2) & 0xFF;
        if (compression > 1) {
            throw new MalformedMessageException("compression flag must be 0 or 1, is " + compression);
        }
        if (buffer.getByte(at + 3) != 0) {
            // Non-zero only for messages over 2 GB, which need capability 5 or 6; we offer 3.
            throw new MalformedMessageException("header byte 3 must be 0, is " + (buffer.getByte(at + 3) & 0xFF));
        }
        int length = endian == 1 ? buffer.getIntLE(at + 4) : buffer.getInt(at + 4);
        int least = compression == 1 ? SIZE + 5 : SIZE + 1;
        if (length < least) {
            throw new MalformedMessageException("message length " + Integer.toUnsignedString(length)
                    + " is less than the least possible, " + least);
        }
        return new MessageHeader(endian == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN, type, compression == 1,
                length);
    }
}
