package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Reply;
import io.mserve.engine.QException;
import io.mserve.engine.ops.Access;
import io.mserve.engine.value.Q;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A session answers the messages mserve dispatches to it: q text or a function application, its errors as failures. */
class DispatchedMessagesTest {
    private final SessionEvaluator evaluator = new SessionEvaluator(System.out, caller -> Access.FULL);

    @AfterEach
    void close() {
        evaluator.close();
    }

    private Reply ask(K query) throws Exception {
        return ask(new Caller(1 << 20, "alice"), query);
    }

    private Reply ask(Caller caller, K query) throws Exception {
        ByteBuf message = Unpooled.wrappedBuffer(Encoder.encode(MessageType.SYNC, query));
        Reply reply = evaluator.evaluate(caller, message).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(message.refCnt()).isZero();
        return reply;
    }

    private K result(Reply reply) {
        ByteBuf message = ((Reply.Result) reply).message();
        assertThat(message.alloc()).as("encoded into a pooled buffer").isInstanceOf(PooledByteBufAllocator.class);
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

    @Test
    void zwAndZuAreTheCallersWhileItsMessageRunsAndTheConsolesAfter() throws Exception {
        assertThat(result(ask(new Caller(1 << 20, "alice"), Q.str("(.z.w;.z.u)")))).isEqualTo(Q.list(Q.i(1 << 20), Q.s("alice")));
        assertThat(result(ask(new Caller((1 << 20) + 1, "bob"), Q.str(".z.u")))).isEqualTo(Q.s("bob"));
        assertThat(evaluator.run(".z.w")).isEqualTo(Q.i(0));
    }

    @Test
    void aDefinedFunctionRunsForTheClientCallingIt() throws Exception {
        evaluator.define(".mserve.whoami", (caller, x) -> Q.list(Q.s(caller.user()), x));
        evaluator.define(".mserve.refuse", (caller, x) -> {
            throw new QException("mserve: refused");
        });
        assertThat(result(ask(new Caller(1 << 20, "carol"), Q.str(".mserve.whoami 42")))).isEqualTo(Q.list(Q.s("carol"), Q.j(42)));
        assertThat(result(ask(Q.str("first .mserve.whoami[]")))).isEqualTo(Q.s("alice"));
        assertThat(evaluator.run("first .mserve.whoami[]")).as("the console").isEqualTo(Q.s(""));
        assertThat(ask(Q.str(".mserve.refuse 1"))).isEqualTo(new Reply.Failure("mserve: refused"));
    }

    @Test
    void eachCallerMayDoWhatItsAccessAllows() throws Exception {
        try (SessionEvaluator locked = new SessionEvaluator(System.out,
                caller -> caller.user().equals("root") ? Access.FULL : Access.NO_SYSTEM)) {
            Caller alice = new Caller(1 << 20, "alice");
            Caller root = new Caller((1 << 20) + 1, "root");
            Reply refused = locked.evaluate(alice, Unpooled.wrappedBuffer(Encoder.encode(MessageType.SYNC, Q.str("system \"echo hi\""))))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(refused).isEqualTo(new Reply.Failure("access"));
            Reply allowed = locked.evaluate(root, Unpooled.wrappedBuffer(Encoder.encode(MessageType.SYNC, Q.str("system \"echo hi\""))))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(result(allowed)).isEqualTo(Q.list(Q.str("hi")));
            assertThat(locked.run("count system \"echo hi\"")).as("the console").isEqualTo(Q.j(1));
        }
    }
}
