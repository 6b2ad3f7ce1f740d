package io.mserve.engine.ops.system;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Symbols;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;

/**
 * The workspace as q reports it, in the JVM's figures: {@code .Q.w} (memory), {@code .Q.gc}
 * (collect garbage), {@code .Q.ts} (time and space of an evaluation). The mapping is in the
 * engine's README.
 */
public final class Workspace {
    private Workspace() {}

    /** The time in milliseconds and the bytes allocated while {@code evaluation} ran, and its result. */
    public record Measured(long millis, long bytes, K result) {}

    /** {@code .Q.w[]}: used, heap, peak, wmax, mmap, mphy, syms, symw. */
    public static K w(K ignored) {
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getCommitted();
            }
        }
        long physical = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        long[] figures = {heap - rt.freeMemory(), heap, Math.max(peak, heap), rt.maxMemory(), 0, physical,
            Symbols.count(), Symbols.bytes()};
        return new Dict(Q.syms("used", "heap", "peak", "wmax", "mmap", "mphy", "syms", "symw"),
                new LongVector(QType.LONG, figures));
    }

    /** {@code .Q.gc[]}: collects garbage and returns the bytes of heap the JVM gave back. */
    public static K gc(K ignored) {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory();
        System.gc();
        return Q.j(Math.max(0, before - rt.totalMemory()));
    }

    /** {@code .Q.ts[f;args]} and {@code \ts}: how long an evaluation took and how many bytes it allocated. */
    public static Measured measure(Supplier<K> evaluation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean() instanceof ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() ? t : null;
        long id = Thread.currentThread().getId();
        long allocated = threads == null ? 0 : threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        K result = evaluation.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = threads == null ? 0 : threads.getThreadAllocatedBytes(id) - allocated;
        return new Measured(millis, bytes, result);
    }

    /** {@code .Q.ts}'s result: {@code (time space;value)}. */
    public static K timeSpace(Measured m) {
        return new KList(new K[] {Q.longs(m.millis(), m.bytes()), m.result()});
    }
}
