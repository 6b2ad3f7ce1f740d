package io.mserve.launcher.status;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The table {@code .mserve.status[]} answers: one row per secondary, with the pool it serves. */
final class StatusTable {
    private static final String[] COLUMNS =
            {"id", "pool", "host", "port", "pid", "state", "inflight", "served", "errors", "restarts", "cpu", "latency"};

    private StatusTable() {}

    static Table of(List<SecondaryStatus> rows) {
        int n = rows.size();
        long[] id = new long[n];
        String[] pool = new String[n];
        String[] host = new String[n];
        long[] port = new long[n];
        long[] pid = new long[n];
        String[] state = new String[n];
        long[] inflight = new long[n];
        long[] served = new long[n];
        long[] errors = new long[n];
        long[] restarts = new long[n];
        long[] cpu = new long[n];
        long[] latency = new long[n];
        for (int i = 0; i < n; i++) {
            SecondaryStatus s = rows.get(i);
            id[i] = s.info().id();
            pool[i] = s.pool();
            host[i] = s.info().host();
            port[i] = s.info().port();
            pid[i] = s.info().pid().orElse(QNull.LONG);
            state[i] = s.state().name().toLowerCase(java.util.Locale.ROOT);
            inflight[i] = s.inFlight();
            served[i] = s.served();
            errors[i] = s.errors();
            restarts[i] = s.restarts();
            cpu[i] = cpuTime(s);
            latency[i] = s.latency().toNanos();
        }
        return new Table(new SymbolVector(COLUMNS), new K[] {
            longs(id), new SymbolVector(pool), new SymbolVector(host), longs(port), longs(pid), new SymbolVector(state), longs(inflight),
            longs(served), longs(errors), longs(restarts),
            new LongVector(QType.TIMESPAN, cpu), new LongVector(QType.TIMESPAN, latency)});
    }

    // The CPU time the secondary's process has used, when it is a local process we can see.
    private static long cpuTime(SecondaryStatus s) {
        if (s.info().pid().isEmpty()) {
            return QNull.LONG;
        }
        Optional<Duration> cpu = ProcessHandle.of(s.info().pid().getAsLong()).flatMap(p -> p.info().totalCpuDuration());
        return cpu.map(Duration::toNanos).orElse(QNull.LONG);
    }

    private static LongVector longs(long[] items) {
        return new LongVector(QType.LONG, items);
    }
}
