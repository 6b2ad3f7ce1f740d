package io.mserve.ipc.value;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide symbol table: one {@link String} per distinct symbol, so that equal symbols
 * are usually the same object and compare by reference before their text. Symbols hold bytes,
 * so their text is ISO-8859-1: one character per byte.
 */
public final class Symbols {
    private static final ConcurrentHashMap<String, String> TABLE = new ConcurrentHashMap<>();

    private Symbols() {}

    /** The table's copy of {@code symbol}. */
    public static String intern(String symbol) {
        String known = TABLE.putIfAbsent(symbol, symbol);
        return known == null ? symbol : known;
    }

    /** How many distinct symbols the table holds. */
    public static int count() {
        return TABLE.size();
    }

    /** The bytes of the symbols' text, each with its terminating NUL as kdb+ stores it. */
    public static long bytes() {
        long total = 0;
        for (String s : TABLE.keySet()) {
            total += s.length() + 1;
        }
        return total;
    }
}
