package io.mserve.engine.session;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Symbols;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * q's workspace on the JVM's heap: {@code \w}, {@code .Q.w[]}, {@code .Q.gc[]}, the bytes a
 * {@code \ts} reports, and the {@code -w} limit. q's six numbers map to: heap in use (the JVM
 * heap's used bytes), heap (its committed size), peak (the sum of the heap pools' peaks), the
 * limit ({@code -w} in bytes; without it the JVM's largest heap, {@code -Xmx}, the limit a JVM
 * always has where q has none), mapped (the JVM's mapped buffers) and physical memory. The
 * {@code -w} limit is watched after each garbage collection: when the heap still in use exceeds
 * it, the process ends with {@code -w abort}, as q does.
 */
final class Workspace {
    private static final long MB = 1L << 20;
    private static final String[] STATS = {"used", "heap", "peak", "wmax", "mmap", "mphy", "syms", "symw"};

    private final Runnable overLimit;
    private volatile long limit;
    private List<Runnable> unwatch = List.of();

    /** @param overLimit what to do when the heap in use after a collection exceeds the limit */
    Workspace(Runnable overLimit) {
        this.overLimit = overLimit;
    }

    /** {@code \w}: the six numbers. */
    K stats() {
        return Q.longs(numbers());
    }

    /** {@code .Q.w[]}: the numbers by name, then {@code syms symw}: the process's symbol table, its symbols and their bytes with a NUL each. */
    K statsByName() {
        long[] n = numbers();
        return new Dict(Q.syms(STATS), Q.longs(n[0], n[1], n[2], n[3], n[4], n[5], Symbols.count(), Symbols.bytes()));
    }

    private long[] numbers() {
        Runtime rt = Runtime.getRuntime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long mapped = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("mapped")) {
                mapped += pool.getMemoryUsed();
            }
        }
        long physical = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() : rt.maxMemory();
        long used = rt.totalMemory() - rt.freeMemory();
        return new long[] {used, rt.totalMemory(), Math.max(peak, used), limit > 0 ? limit : rt.maxMemory(), mapped, physical};
    }

    /** {@code \w 0}, {@code \w 1}: the interned symbols, how many and their bytes. */
    K symbols() {
        return Q.longs(Symbols.count(), Symbols.bytes());
    }

    /** {@code .Q.gc[]}: collects garbage and returns the bytes the heap gave back. */
    K collect() {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory();
        System.gc();
        return Q.j(Math.max(0, before - rt.totalMemory()));
    }

    /** The bytes this thread has allocated so far (what {@code \ts} reports the difference of). */
    static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    /** {@code -w n}: limits the heap in use to {@code mb} megabytes (0: no limit). */
    void limit(long mb) {
        limit = mb * MB;
        if (limit > 0 && unwatch.isEmpty()) {
            watch();
        }
    }

    /** {@code \w n}: a new limit in megabytes, allowed only when {@code -w} set one at start-up; returns it in bytes. */
    K relimit(long mb) {
        if (limit == 0) {
            throw new QException("-w init via cmd line");
        }
        if (mb <= 0 || mb > Long.MAX_VALUE / MB) {
            throw QException.domain();
        }
        limit = mb * MB;
        return Q.j(limit);
    }

    private void watch() {
        List<Runnable> undo = new ArrayList<>();
        // A collection reports every pool it manages, metaspace included for some: only heap pools count.
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    used += heapPools.contains(u.getKey()) ? u.getValue().getUsed() : 0;
                }
                long max = limit;
                if (max > 0 && used > max) {
                    overLimit.run();
                }
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                undo.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        unwatch = undo;
    }

    /** Stops watching the limit. */
    void close() {
        unwatch.forEach(Runnable::run);
        unwatch = List.of();
    }
}
