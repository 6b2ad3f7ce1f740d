package io.mserve.engine.io;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The column files a process keeps materialised between queries, least recently used first out,
 * within a budget of bytes: the heap holds results and working sets, and at most this much of
 * the database. The budget is system property {@code mserve.column.cache} in bytes (0 keeps
 * nothing), by default a sixteenth of the largest heap. A value larger than the budget is not kept.
 * Once nothing has been read for {@code mserve.column.cache.idle} milliseconds (default 1000) the
 * cache empties, so an idle process holds none of the database.
 */
final class ColumnCache<K, V> {
    /** The system property naming the budget in bytes. */
    static final String PROPERTY = "mserve.column.cache";
    /** The system property naming the idle time, in milliseconds, after which the cache empties. */
    static final String IDLE_PROPERTY = "mserve.column.cache.idle";

    private final long budget;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long lastUse = System.nanoTime();

    private record Entry<V>(V value, long bytes) {}

    ColumnCache(long budget) {
        this.budget = Math.max(0, budget);
    }

    /** The budget the process runs with: the property when set (a whole number of bytes), else a sixteenth of the largest heap. */
    static long budget() {
        String set = System.getProperty(PROPERTY);
        if (set == null || set.isBlank()) {
            return Runtime.getRuntime().maxMemory() / 16;
        }
        try {
            return Math.max(0, Long.parseLong(set.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number of bytes: " + set, e);
        }
    }

    /** The idle time the process runs with, in milliseconds: the property when set, else 1000. */
    static long idleMillis() {
        String set = System.getProperty(IDLE_PROPERTY);
        if (set == null || set.isBlank()) {
            return 1000;
        }
        try {
            return Math.max(0, Long.parseLong(set.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(IDLE_PROPERTY + " must be a whole number of milliseconds: " + set, e);
        }
    }

    /** Empties the cache when it was last used {@code idleNanos} or more before {@code now} ({@link System#nanoTime()}). */
    synchronized void expire(long now, long idleNanos) {
        if (now - lastUse >= idleNanos) {
            entries.clear();
            bytes = 0;
        }
    }

    synchronized V get(K key) {
        lastUse = System.nanoTime();
        Entry<V> e = entries.get(key);
        return e == null ? null : e.value();
    }

    /** Keeps {@code value} (of about {@code size} bytes), dropping the least recently used values until the budget holds it. */
    synchronized void put(K key, V value, long size) {
        lastUse = System.nanoTime();
        Entry<V> old = entries.remove(key);
        if (old != null) {
            bytes -= old.bytes();
        }
        if (size > budget) {
            return;
        }
        Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
        while (bytes + size > budget && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
        entries.put(key, new Entry<>(value, size));
        bytes += size;
    }

    /** The bytes kept now. */
    synchronized long bytes() {
        return bytes;
    }

    /** How many values are kept now. */
    synchronized int size() {
        return entries.size();
    }
}
