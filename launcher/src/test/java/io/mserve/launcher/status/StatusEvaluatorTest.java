package io.mserve.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.core.dispatch.LocalEvaluator;
import io.mserve.core.dispatch.Reply;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StatusEvaluatorTest {
    private static final List<SecondaryStatus> ROWS = List.of(
            new SecondaryStatus(new SecondaryInfo(1, "127.0.0.1", 5002, OptionalLong.of(ProcessHandle.current().pid())),
                    SecondaryState.UP, 1, 40, 2, 0, Duration.ofNanos(25_000)),
            new SecondaryStatus(new SecondaryInfo(2, "db2", 5010, OptionalLong.empty()),
                    SecondaryState.DOWN, 0, 7, 0, 3, Duration.ZERO));

    private final StatusEvaluator evaluator = new StatusEvaluator(() -> CompletableFuture.completedFuture(ROWS), LocalEvaluator.NONE);

    @Test
    void statusAnswersOneRowPerSecondary() {
        Table table = (Table) Decoder.decode(result(evaluator.evaluate(query(" .mserve.status[] "))));
        assertThat(table.columns().items()).containsExactly(
                "id", "host", "port", "pid", "state", "inflight", "served", "errors", "restarts", "cpu", "latency");
        assertThat(((LongVector) table.data()[0]).items()).containsExactly(1, 2);
        assertThat(((SymbolVector) table.data()[4]).items()).containsExactly("up", "down");
        assertThat(((LongVector) table.data()[3]).items()[1]).isEqualTo(QNull.LONG);
        assertThat(((LongVector) table.data()[9]).items()[0]).as("our own CPU time").isPositive();
        assertThat(table.data()[10]).isEqualTo(new LongVector(QType.TIMESPAN, new long[] {25_000, 0}));
    }

    @Test
    void otherQueriesGoToTheNextEvaluator() {
        Reply reply = evaluator.evaluate(query("til 3")).toCompletableFuture().join();
        assertThat(reply).isEqualTo(new Reply.Failure("nyi"));
    }

    private static ByteBuf query(String text) {
        return Unpooled.wrappedBuffer(Encoder.encode(MessageType.SYNC,
                new ByteVector(QType.CHAR, text.getBytes(StandardCharsets.ISO_8859_1))));
    }

    private static ByteBuf result(java.util.concurrent.CompletionStage<Reply> reply) {
        return ((Reply.Result) reply.toCompletableFuture().join()).message();
    }
}
