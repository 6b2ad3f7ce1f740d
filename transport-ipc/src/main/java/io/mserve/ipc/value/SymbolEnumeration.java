package io.mserve.ipc.value;

import java.util.HashSet;
import java.util.Set;

/**
 * A symbol vector's enumeration, as kdb+ enumerates a sym column: a domain of distinct symbols
 * and each item's position in it, so that item r is {@code domain[codes[r]]} (the same String).
 * Part of the vector, made with it; the arrays are shared, never copied or changed.
 */
public final class SymbolEnumeration {
    private final String[] domain;
    private final int[] codes;

    private SymbolEnumeration(String[] domain, int[] codes) {
        this.domain = domain;
        this.codes = codes;
    }

    /** The distinct symbols (not a copy): read, never write. Some may be used by no item. */
    public String[] domain() {
        return domain;
    }

    /** Each item's position in the domain (not a copy): read, never write. */
    public int[] codes() {
        return codes;
    }

    /** The vector of these codes over this domain (shared, its distinctness already known). */
    public SymbolVector vector(int[] codes) {
        return new SymbolVector(items(domain, codes), new SymbolEnumeration(domain, codes), Attribute.NONE);
    }

    /** The vector of {@code codes} over {@code domain}; refused when the domain repeats a symbol or holds null, or a code is outside it. */
    static SymbolVector of(String[] domain, int[] codes) {
        Set<String> seen = new HashSet<>(2 * domain.length);
        for (String s : domain) {
            if (s == null || !seen.add(s)) {
                throw new IllegalArgumentException(s == null ? "a null symbol in an enumeration's domain" : "a repeated symbol in an enumeration's domain: " + s);
            }
        }
        return new SymbolVector(items(domain, codes), new SymbolEnumeration(domain, codes), Attribute.NONE);
    }

    private static String[] items(String[] domain, int[] codes) {
        String[] items = new String[codes.length];
        int n = domain.length;
        for (int r = 0; r < codes.length; r++) {
            int c = codes[r];
            if (c < 0 || c >= n) {
                throw new IllegalArgumentException("code " + c + " outside an enumeration's domain of " + n);
            }
            items[r] = domain[c];
        }
        return items;
    }
}
