package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.Reply;
import io.mserve.engine.value.Q;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session answers the messages mserve dispatches to it: q text or a function application, its errors as failures. */
class DispatchedMessagesTest {
    private final SessionEvaluator evaluator = new SessionEvaluator(System.out);

    @AfterEach
    void close() {
        evaluator.close();
    }

    private Reply ask(K query) throws Exception {
        ByteBuf message = Unpooled.wrappedBuffer(Encoder.encode(MessageType.SYNC, query));
        Reply reply = evaluator.evaluate(message).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(message.refCnt()).isZero();
        return reply;
    }

    private K result(Reply reply) {
        ByteBuf message = ((Reply.Result) reply).message();
        assertThat(message.getByte(0)).as("little endian").isEqualTo((byte) 1);
        assertThat(message.getByte(1)).as("a response").isEqualTo((byte) MessageType.RESPONSE);
        K value = Decoder.decode(message);
        message.release();
        return value;
    }

    @Test
    void assignmentsPersistBetweenMessages() throws Exception {
        result(ask(Q.str("xs: til 9")));
        assertThat(result(ask(Q.str("xs")))).isEqualTo(Q.longs(0, 1, 2, 3, 4, 5, 6, 7, 8));
    }

    @Test
    void aListIsAFunctionAndItsArguments() throws Exception {
        evaluator.run("f:{x-y}");
        assertThat(result(ask(Q.list(Q.s("f"), Q.j(10), Q.j(3))))).isEqualTo(Q.j(7));
    }

    @Test
    void errorsAreFailuresWithQsText() throws Exception {
        assertThat(ask(Q.str("1+`a"))).isEqualTo(new Reply.Failure("type"));
        assertThat(ask(Q.str("nosuch"))).isEqualTo(new Reply.Failure("nosuch"));
    }

    @Test
    void aZpgHandlerAnswersInsteadOfEvaluating() throws Exception {
        evaluator.run(".z.pg:{`got}");
        assertThat(result(ask(Q.str("1+1")))).isEqualTo(Q.s("got"));
    }
}
