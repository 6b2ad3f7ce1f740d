package io.mserve.core.dispatch;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

/** Little-endian kdb+ messages holding one string, for tests that do not need the codec. */
final class Wire {
    private Wire() {}

    static ByteBuf message(int type, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return Unpooled.buffer().writeByte(1).writeByte(type).writeShort(0).writeIntLE(14 + bytes.length)
                .writeByte(10).writeByte(0).writeIntLE(bytes.length).writeBytes(bytes);
    }

    static ByteBuf error(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return Unpooled.buffer().writeByte(1).writeByte(2).writeShort(0).writeIntLE(10 + bytes.length)
                .writeByte(0x80).writeBytes(bytes).writeByte(0);
    }

    /** The string a message holds, or {@code 'text} for an error. */
    static String text(ByteBuf message) {
        int at = message.readerIndex() + 8;
        if (message.getByte(at) == (byte) 0x80) {
            return "'" + message.toString(at + 1, message.writerIndex() - at - 2, StandardCharsets.ISO_8859_1);
        }
        int length = message.getIntLE(at + 2);
        return message.toString(at + 6, length, StandardCharsets.ISO_8859_1);
    }
}
