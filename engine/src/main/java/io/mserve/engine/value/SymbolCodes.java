package io.mserve.engine.value;

import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.util.Arrays;

/**
 * Symbols picked from a symbol vector by position, enumerated when that comes cheaply: the picks of an enumerated
 * vector keep its domain and pick its codes; the picks of a plain vector of at most {@link #MAX_DOMAIN} items,
 * no fewer than it holds, enumerate it once (its distinct symbols in order of first appearance) and pick codes.
 * Anything else gives the plain vector. The result's items are q's either way.
 */
public final class SymbolCodes {
    /** The most items a plain vector may hold to be enumerated when picked from. */
    public static final int MAX_DOMAIN = 1 << 16;
    // fewer picks than this gain nothing from codes
    private static final int MIN_PICKS = 16;

    private SymbolCodes() {}

    /** The items of {@code v} at {@code idx}, each in range. */
    static SymbolVector at(SymbolVector v, int[] idx) {
        return pick(v, idx, null, idx.length);
    }

    /** The items of {@code v} at {@code idx}, the null symbol where an index is out of range or null. */
    static SymbolVector atOrNull(SymbolVector v, long[] idx) {
        return pick(v, null, idx, idx.length);
    }

    // at ints or longs (one of them null), straight from either so that no int copy of a long index is made
    private static SymbolVector pick(SymbolVector v, int[] ints, long[] longs, int n) {
        String[] s = v.items();
        SymbolEnumeration e = v.enumeration();
        int count = s.length;
        if (e == null && (count > MAX_DOMAIN || n < Math.max(count, MIN_PICKS))) {
            String[] r = new String[n];
            String empty = Symbols.intern("");
            for (int i = 0; i < n; i++) {
                int j = ints != null ? ints[i] : position(longs[i], count);
                r[i] = j < 0 ? empty : s[j];
            }
            return new SymbolVector(r);
        }
        int[] source = e != null ? e.codes() : new int[count];
        String[] domain = e != null ? e.domain() : distinct(s, source);
        int[] codes = new int[n];
        int nullCode = -1;
        for (int i = 0; i < n; i++) {
            int j = ints != null ? ints[i] : position(longs[i], count);
            if (j >= 0) {
                codes[i] = source[j];
            } else {
                if (nullCode < 0) {
                    nullCode = indexOf(domain, "");
                    if (nullCode < 0) {
                        domain = append(domain, Symbols.intern(""));
                        nullCode = domain.length - 1;
                    }
                }
                codes[i] = nullCode;
            }
        }
        return e != null && domain == e.domain() ? e.vector(codes) : SymbolVector.enumerated(domain, codes);
    }

    private static int position(long p, int count) {
        return p >= 0 && p < count ? (int) p : -1;
    }

    // The distinct symbols of s in order of first appearance, each item's position among them written to codes:
    // open addressing over the (interned, so mostly compared by reference) symbols.
    private static String[] distinct(String[] s, int[] codes) {
        int size = Integer.highestOneBit(Math.max(2 * s.length, 8) - 1) << 1;
        String[] slotSym = new String[size];
        int[] slotCode = new int[size];
        int mask = size - 1;
        String[] domain = new String[s.length];
        int n = 0;
        for (int r = 0; r < s.length; r++) {
            String k = s[r];
            int h = k.hashCode() * 0x9E3779B9;
            int t = (h ^ (h >>> 16)) & mask;
            String o;
            while ((o = slotSym[t]) != k && o != null && !o.equals(k)) {
                t = (t + 1) & mask;
            }
            if (o == null) {
                slotSym[t] = k;
                slotCode[t] = n;
                domain[n++] = k;
            }
            codes[r] = slotCode[t];
        }
        return n == domain.length ? domain : Arrays.copyOf(domain, n);
    }

    private static int indexOf(String[] domain, String symbol) {
        for (int k = 0; k < domain.length; k++) {
            if (domain[k].equals(symbol)) {
                return k;
            }
        }
        return -1;
    }

    private static String[] append(String[] domain, String symbol) {
        String[] r = Arrays.copyOf(domain, domain.length + 1);
        r[domain.length] = symbol;
        return r;
    }
}
