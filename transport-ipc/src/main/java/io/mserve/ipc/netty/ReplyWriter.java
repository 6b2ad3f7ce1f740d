package io.mserve.ipc.netty;

import io.mserve.core.dispatch.MessageKind;
import io.mserve.core.dispatch.Reply;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

/**
 * Turns a dispatcher's reply into the message a client receives: an async message for a
 * deferred-sync query, a response for a sync one; failures as kdb+ error objects.
 */
final class ReplyWriter {
    private ReplyWriter() {}

    static ByteBuf write(ByteBufAllocator alloc, MessageKind kind, Reply reply, boolean compress) {
        int type = kind == MessageKind.ASYNC ? MessageType.ASYNC : MessageType.RESPONSE;
        if (reply instanceof Reply.Result result) {
            ByteBuf message = Messages.withType(result.message(), type);
            return compress ? compressed(message) : message;
        }
        return error(alloc, type, ((Reply.Failure) reply).text());
    }

    static ByteBuf error(ByteBufAllocator alloc, int type, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int length = 8 + 1 + bytes.length + 1;
        return alloc.buffer(length)
                .writeByte(1).writeByte(type).writeByte(0).writeByte(0).writeIntLE(length)
                .writeByte(0x80).writeBytes(bytes).writeByte(0);
    }

    /** The message compressed as kdb+ would for a remote peer, or itself when that does not pay. */
    static ByteBuf compressed(ByteBuf message) {
        if (message.readableBytes() <= Compression.THRESHOLD || Messages.isCompressed(message)) {
            return message;
        }
        byte[] packed = Compression.compress(ByteBufUtil.getBytes(message));
        if (packed == null) {
            return message;
        }
        message.release();
        return Unpooled.wrappedBuffer(packed);
    }
}
