package io.mserve.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.engine.QException;
import io.mserve.engine.ipc.SessionEvaluator;
import io.mserve.engine.ops.Access;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {
    private static final List<SecondaryStatus> ROWS = List.of(
            new SecondaryStatus("rdb", new SecondaryInfo(1, "127.0.0.1", 5002, OptionalLong.of(ProcessHandle.current().pid())),
                    SecondaryState.UP, 1, 40, 2, 0, Duration.ofNanos(25_000)),
            new SecondaryStatus("hdb", new SecondaryInfo(2, "db2", 5010, OptionalLong.empty()),
                    SecondaryState.DOWN, 0, 7, 0, 3, Duration.ZERO));

    private final SessionEvaluator session = new SessionEvaluator(System.out, caller -> Access.FULL);

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void statusIsATableOfOneRowPerSecondaryNamingItsPool() throws Exception {
        StatusCommand status = new StatusCommand(() -> CompletableFuture.completedFuture(ROWS));
        session.define(status.name(), status::run);

        Table table = (Table) session.run(".mserve.status[]");
        assertThat(table.columns().items()).containsExactly(
                "id", "pool", "host", "port", "pid", "state", "inflight", "served", "errors", "restarts", "cpu", "latency");
        assertThat(((LongVector) table.data()[0]).items()).containsExactly(1, 2);
        assertThat(((SymbolVector) table.data()[1]).items()).containsExactly("rdb", "hdb");
        assertThat(((SymbolVector) table.data()[5]).items()).containsExactly("up", "down");
        assertThat(((LongVector) table.data()[4]).items()[1]).isEqualTo(QNull.LONG);
        assertThat(((LongVector) table.data()[10]).items()[0]).as("our own CPU time").isPositive();
        assertThat(table.data()[11]).isEqualTo(new LongVector(QType.TIMESPAN, new long[] {25_000, 0}));
    }

    @Test
    void qCodeCanSelectFromIt() throws Exception {
        StatusCommand status = new StatusCommand(() -> CompletableFuture.completedFuture(ROWS));
        session.define(status.name(), status::run);

        assertThat(session.run("exec id from .mserve.status[] where state=`down")).isEqualTo(new LongVector(QType.LONG, new long[] {2}));
        assertThat(session.run("exec id from .mserve.status[] where pool=`rdb")).isEqualTo(new LongVector(QType.LONG, new long[] {1}));
    }

    @Test
    void aDispatcherThatFailsToAnswerIsAQError() throws Exception {
        StatusCommand status = new StatusCommand(() -> CompletableFuture.failedFuture(new IllegalStateException("gone")));
        session.define(status.name(), status::run);

        assertThatThrownBy(() -> session.run(".mserve.status[]")).isInstanceOf(QException.class).hasMessageContaining("mserve: no status");
    }
}
