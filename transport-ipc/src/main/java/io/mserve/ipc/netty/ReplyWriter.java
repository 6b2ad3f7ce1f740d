package io.mserve.ipc.netty;

import io.mserve.core.dispatch.MessageKind;
import io.mserve.core.dispatch.Reply;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * Turns a dispatcher's reply into the message a client receives: an async message for a
 * deferred-sync query, a response for a sync one; failures as kdb+ error objects.
 */
final class ReplyWriter {
    private ReplyWriter() {}

    static ByteBuf write(ByteBufAllocator alloc, MessageKind kind, Reply reply) {
        int type = kind == MessageKind.ASYNC ? MessageType.ASYNC : MessageType.RESPONSE;
        if (reply instanceof Reply.Result result) {
            return Messages.withType(result.message(), type);
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
}
