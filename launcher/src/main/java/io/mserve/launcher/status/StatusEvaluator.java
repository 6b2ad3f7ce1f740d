package io.mserve.launcher.status;

import io.mserve.core.dispatch.LocalEvaluator;
import io.mserve.core.dispatch.Reply;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Answers the sync query {@code .mserve.status[]} on the primary with one row per secondary;
 * every other sync message goes to the next evaluator (the q engine, when there is one).
 */
public final class StatusEvaluator implements LocalEvaluator {
    static final String QUERY = ".mserve.status[]";

    private final Supplier<CompletionStage<List<SecondaryStatus>>> status;
    private final LocalEvaluator next;

    /** @param status the dispatcher's {@code status()}, asked anew for each query */
    public StatusEvaluator(Supplier<CompletionStage<List<SecondaryStatus>>> status, LocalEvaluator next) {
        this.status = status;
        this.next = next;
    }

    @Override
    public CompletionStage<Reply> evaluate(ByteBuf message) {
        if (!isStatusQuery(message)) {
            return next.evaluate(message);
        }
        message.release();
        return status.get().thenApply(rows -> new Reply.Result(
                Unpooled.wrappedBuffer(Encoder.encode(MessageType.RESPONSE, StatusTable.of(rows))), false));
    }

    private static boolean isStatusQuery(ByteBuf message) {
        // Cheap test first: the query is a short string; anything else is not ours to decode.
        if (message.readableBytes() > 64) {
            return false;
        }
        try {
            K value = Decoder.decode(message);
            return value.type() == QType.CHAR
                    && new String(((ByteVector) value).items(), StandardCharsets.ISO_8859_1).trim().equals(QUERY);
        } catch (MalformedMessageException e) {
            return false;
        }
    }

}
