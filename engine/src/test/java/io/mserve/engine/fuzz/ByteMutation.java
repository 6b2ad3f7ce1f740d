package io.mserve.engine.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** One change to an encoded message; positions wrap around its length. */
record ByteMutation(Kind kind, int at, int value) {
    enum Kind { FLIP, SET, TRUNCATE, LENGTH_LIE, COUNT_LIE, COMPRESSED, BIG_ENDIAN, APPEND }

    private static final int[] LIES = {0, 1, 7, 8, 9, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 20, 1 << 30, 65536};

    static Arbitrary<ByteMutation> arbitrary() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1000),
                Arbitraries.oneOf(Arbitraries.of(Arrays.stream(LIES).boxed().toList()), Arbitraries.integers()))
            .as(ByteMutation::new);
    }

    byte[] apply(byte[] m) {
        if (m.length == 0) {
            return m;
        }
        int i = at % m.length;
        byte[] out = m.clone();
        switch (kind) {
            case FLIP -> out[i] ^= (byte) (1 << (value & 7));
            case SET -> out[i] = (byte) value;
            case TRUNCATE -> out = Arrays.copyOf(m, i);
            case LENGTH_LIE -> field(out, 4, value);
            case COUNT_LIE -> field(out, 10, value);
            case COMPRESSED -> out[Math.min(2, m.length - 1)] = 1;
            case BIG_ENDIAN -> out[0] = 0;
            case APPEND -> out = Arrays.copyOf(m, m.length + (at & 15));
        }
        return out;
    }

    // Writes a little-endian int at offset, if the message is long enough to have it.
    private static void field(byte[] m, int offset, int v) {
        if (m.length >= offset + 4) {
            ByteBuffer.wrap(m, offset, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(v);
        }
    }
}
