package io.mserve.ipc.value;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide symbol table: one {@link String} per distinct symbol in use, so that equal
 * symbols are usually the same object and compare by reference before their text. Symbols hold
 * bytes, so their text is ISO-8859-1: one character per byte.
 *
 * <p>The table holds its symbols weakly: a symbol nothing refers to any more leaves it after a
 * garbage collection, so clients sending ever new symbols cannot grow it without bound. Identity
 * is kept: while any value holds a symbol, intern returns that same object for its text.
 */
public final class Symbols {
    private static final ConcurrentHashMap<Entry, Entry> TABLE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<String> COLLECTED = new ReferenceQueue<>();

    private Symbols() {}

    /** The table's copy of {@code symbol}. */
    public static String intern(String symbol) {
        Entry known = TABLE.get(new Probe(symbol));
        String s = known == null ? null : known.get();
        if (s != null) {
            return s;
        }
        forgetCollected();
        Entry fresh = new Entry(symbol);
        while (true) {
            known = TABLE.putIfAbsent(fresh, fresh);
            if (known == null) {
                return symbol;
            }
            s = known.get();
            if (s != null) {
                return s;
            }
            TABLE.remove(known, known);
        }
    }

    /** How many distinct symbols the table holds. */
    public static int count() {
        forgetCollected();
        return TABLE.size();
    }

    /** The bytes of the symbols' text, each with its terminating NUL as kdb+ stores it. */
    public static long bytes() {
        forgetCollected();
        long total = 0;
        for (Entry e : TABLE.keySet()) {
            String s = e.get();
            total += s == null ? 0 : s.length() + 1;
        }
        return total;
    }

    private static void forgetCollected() {
        Object gone;
        while ((gone = COLLECTED.poll()) != null) {
            TABLE.remove(gone, gone);
        }
    }

    /** A symbol in the table: equal to another entry or a probe of the same text while its symbol lives, else only to itself. */
    private static final class Entry extends WeakReference<String> {
        private final int hash;

        Entry(String symbol) {
            super(symbol, COLLECTED);
            hash = symbol.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            String s = get();
            return s != null && o instanceof Entry e && s.equals(e.get());
        }
    }

    /** A lookup by text, without making an entry. */
    private record Probe(String symbol) {
        @Override
        public int hashCode() {
            return symbol.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && symbol.equals(e.get());
        }
    }
}
