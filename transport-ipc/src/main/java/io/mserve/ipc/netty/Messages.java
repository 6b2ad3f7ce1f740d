package io.mserve.ipc.netty;

import io.mserve.ipc.wire.MessageHeader;
import io.netty.buffer.ByteBuf;

/** Reading and setting header fields of whole messages held in buffers. */
final class Messages {
    private Messages() {}

    static int type(ByteBuf message) {
        return message.getByte(message.readerIndex() + 1);
    }

    /** Sets the message type in place; the buffer must be one the caller owns. */
    static ByteBuf withType(ByteBuf message, int type) {
        message.setByte(message.readerIndex() + 1, type);
        return message;
    }

    static boolean isCompressed(ByteBuf message) {
        return message.getByte(message.readerIndex() + 2) == 1;
    }

    /** A plain message whose payload is an error object (type -128). */
    static boolean isError(ByteBuf message) {
        return message.readableBytes() > MessageHeader.SIZE && !isCompressed(message)
                && message.getByte(message.readerIndex() + MessageHeader.SIZE) == (byte) 0x80;
    }
}
