package io.mserve.ipc.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.MessageKind;
import io.mserve.core.dispatch.Reply;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReplyWriterTest {
    private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;

    @Test
    void aDeferredReplyGoesAsAnAsyncMessageAndASyncOneAsAResponse() {
        ByteBuf async = ReplyWriter.write(ALLOC, MessageKind.ASYNC, result(MessageType.RESPONSE, til(3)), false);
        assertThat(Messages.type(async)).isEqualTo(MessageType.ASYNC);
        assertThat(Decoder.decode(async)).isEqualTo(til(3));
        ByteBuf sync = ReplyWriter.write(ALLOC, MessageKind.SYNC, result(MessageType.ASYNC, til(3)), false);
        assertThat(Messages.type(sync)).isEqualTo(MessageType.RESPONSE);
        async.release();
        sync.release();
    }

    @Test
    void failuresBecomeKdbErrors() {
        ByteBuf error = ReplyWriter.write(ALLOC, MessageKind.ASYNC, new Reply.Failure("mserve: queue full"), false);
        assertThat(Decoder.decode(error)).isEqualTo(new KError("mserve: queue full"));
        error.release();
    }

    @Test
    void largeRepliesToRemoteClientsAreCompressedSmallOnesNot() {
        ByteBuf big = ReplyWriter.write(ALLOC, MessageKind.ASYNC, result(MessageType.RESPONSE, til(1000)), true);
        assertThat(Messages.isCompressed(big)).isTrue();
        assertThat(big.readableBytes()).isEqualTo(3276);
        assertThat(Decoder.decode(ByteBufUtil.getBytes(big))).isEqualTo(til(1000));
        ByteBuf small = ReplyWriter.write(ALLOC, MessageKind.ASYNC, result(MessageType.RESPONSE, til(10)), true);
        assertThat(Messages.isCompressed(small)).isFalse();
        big.release();
        small.release();
    }

    private static Reply result(int type, K value) {
        return new Reply.Result(Unpooled.wrappedBuffer(Encoder.encode(type, value)), false);
    }

    private static LongVector til(int n) {
        return new LongVector(QType.LONG, LongStream.range(0, n).toArray());
    }
}
