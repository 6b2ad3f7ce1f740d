package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import java.util.Arrays;

/**
 * A q pattern ({@code like}, {@code ss}, {@code ssr}): {@code ?} any char, {@code *} any run,
 * {@code [abc]} {@code [a-z]} {@code [^...]} a char of (not of) a set; everything else itself.
 * Compiled once, matched over many items.
 */
final class Glob {
    // Per element: whether it is a star, else the 256-bit set of the chars it matches.
    private final long[][] sets;
    private final boolean[] stars;

    private Glob(long[][] sets, boolean[] stars) {
        this.sets = sets;
        this.stars = stars;
    }

    static Glob compile(String p) {
        int n = p.length();
        long[][] sets = new long[n][];
        boolean[] stars = new boolean[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            long[] set = new long[4];
            if (c == '*') {
                stars[k] = true;
            } else if (c == '?') {
                Arrays.fill(set, -1L);
            } else if (c == '[' && p.indexOf(']', i + 2) > 0) {
                int j = i + 1;
                boolean negate = p.charAt(j) == '^' && p.indexOf(']', j + 2) > 0;
                if (negate) {
                    j++;
                }
                int end = p.indexOf(']', j + 1); // a ']' first in the set is itself
                for (int m = j; m < end; m++) {
                    char a = p.charAt(m);
                    if (m + 2 < end && p.charAt(m + 1) == '-') {
                        for (int ch = a; ch <= p.charAt(m + 2); ch++) {
                            add(set, ch);
                        }
                        m += 2;
                    } else {
                        add(set, a);
                    }
                }
                if (negate) {
                    for (int w = 0; w < 4; w++) {
                        set[w] = ~set[w];
                    }
                }
                i = end;
            } else {
                add(set, c);
            }
            sets[k++] = set;
        }
        return new Glob(Arrays.copyOf(sets, k), Arrays.copyOf(stars, k));
    }

    private static void add(long[] set, int c) {
        c &= 0xFF;
        set[c >> 6] |= 1L << (c & 63);
    }

    private boolean has(int k, int c) {
        c &= 0xFF;
        return (sets[k][c >> 6] & (1L << (c & 63))) != 0;
    }

    /** The number of elements: the length every match has, when there is no star. */
    int length() {
        return sets.length;
    }

    boolean hasStar() {
        for (boolean s : stars) {
            if (s) {
                return true;
            }
        }
        return false;
    }

    /** Signals {@code 'nyi} for the patterns q's {@code like} declines: more than one inner star, or one with a star at an end. */
    Glob checkLike() {
        int n = sets.length;
        int inner = 0;
        for (int k = 1; k < n - 1; k++) {
            inner += stars[k] ? 1 : 0;
        }
        boolean ends = n > 0 && (stars[0] || stars[n - 1]);
        if (inner > 1 || inner == 1 && ends) {
            throw QException.nyi();
        }
        return this;
    }

    /** Whether all of {@code s} (chars 0..255) matches. */
    boolean matches(String s) {
        int n = sets.length;
        int to = s.length();
        int i = 0;
        int k = 0;
        int starK = -1;
        int starI = 0;
        while (i < to) {
            if (k < n && stars[k]) {
                starK = k++;
                starI = i;
            } else if (k < n && has(k, s.charAt(i))) {
                k++;
                i++;
            } else if (starK >= 0) {
                k = starK + 1;
                i = ++starI;
            } else {
                return false;
            }
        }
        while (k < n && stars[k]) {
            k++;
        }
        return k == n;
    }

    /** Whether the fixed-length pattern matches {@code s} at {@code at}. */
    boolean matchesAt(byte[] s, int at) {
        int n = sets.length;
        if (at + n > s.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!has(k, s[at + k])) {
                return false;
            }
        }
        return true;
    }
}
