package io.mserve.engine.value;

import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbols picked from a symbol vector by position, enumerated when that comes cheaply: the picks of an enumerated
 * vector keep its domain and pick its codes; the picks of a plain vector of at most {@link #MAX_DOMAIN} items,
 * no fewer than it holds, enumerate it once (its distinct symbols in order of first appearance) and pick codes.
 * Joins keep the enumeration of an enumerated part ({@link #join}). Anything else gives the plain vector. The
 * result's items are q's either way.
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

    /**
     * Symbol vectors and atoms joined ({@code x,y}, rows appended to a column) as an enumerated vector when one of them
     * is enumerated: the first enumerated part's domain, extended by the symbols the others bring; null when none is
     * enumerated, a plain part holds more than {@link #MAX_DOMAIN} items, or the domain would grow past that.
     */
    static SymbolVector join(K[] parts) {
        SymbolEnumeration base = null;
        int total = 0;
        for (K p : parts) {
            total += p.count();
            if (base == null && p instanceof SymbolVector v) {
                base = v.enumeration();
            }
        }
        if (base == null) {
            return null;
        }
        List<String> domain = new ArrayList<>(Arrays.asList(base.domain()));
        Map<String, Integer> places = null;
        int[] codes = new int[total];
        int at = 0;
        for (K p : parts) {
            SymbolEnumeration e = p instanceof SymbolVector v ? v.enumeration() : null;
            if (e != null && e.domain() == base.domain()) {
                System.arraycopy(e.codes(), 0, codes, at, e.codes().length);
                at += e.codes().length;
                continue;
            }
            if (places == null) {
                places = new HashMap<>();
                for (int k = 0; k < domain.size(); k++) {
                    places.put(domain.get(k), k);
                }
            }
            if (e != null) {
                // another domain: each of its symbols placed once, then its codes translated
                int[] moved = new int[e.domain().length];
                for (int k = 0; k < moved.length; k++) {
                    moved[k] = place(e.domain()[k], domain, places);
                }
                for (int c : e.codes()) {
                    codes[at++] = moved[c];
                }
            } else if (p instanceof SymbolAtom a) {
                codes[at++] = place(a.value(), domain, places);
            } else if (p.count() <= MAX_DOMAIN) {
                for (String item : ((SymbolVector) p).items()) {
                    codes[at++] = place(item, domain, places);
                }
            } else {
                return null;
            }
            if (domain.size() > MAX_DOMAIN) {
                return null;
            }
        }
        return domain.size() == base.domain().length ? base.vector(codes)
                : SymbolVector.enumerated(domain.toArray(new String[0]), codes);
    }

    // symbol's place in the domain, added at its end when new
    private static int place(String symbol, List<String> domain, Map<String, Integer> places) {
        Integer k = places.get(symbol);
        if (k == null) {
            k = domain.size();
            domain.add(symbol);
            places.put(symbol, k);
        }
        return k;
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

    /**
     * The enumeration of {@code v} when working through it pays, each domain entry answered once and each item by its
     * code: that of a symbol vector whose domain is no larger than it; null otherwise.
     */
    public static SymbolEnumeration usable(K v) {
        SymbolEnumeration e = v instanceof SymbolVector s ? s.enumeration() : null;
        return e != null && e.domain().length <= v.count() ? e : null;
    }

    /** Each item's answer: that of its code's domain entry. */
    public static byte[] byItem(SymbolEnumeration e, byte[] byEntry) {
        int[] codes = e.codes();
        byte[] out = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = byEntry[codes[i]];
        }
        return out;
    }

    /** A symbol's place in a domain (distinct symbols), -1 when it is not there. */
    public static int indexOf(String[] domain, String symbol) {
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
