package io.mserve.engine.ops.cast;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;

/** q's datatypes by number and name: {@code type x}, and the names that {@code `long$x} and {@code key 1 2 3} use. */
public final class Datatypes {
    private static final String[] NAMES = {
        "", "boolean", "guid", "", "byte", "short", "int", "long", "real", "float", "char", "symbol",
        "timestamp", "month", "date", "datetime", "timespan", "minute", "second", "time",
    };

    private Datatypes() {}

    /** {@code type x}. */
    public static K type(K x) {
        return Q.h((short) x.type());
    }

    /** The name of simple vector type {@code t} (1..19), e.g. {@code long}. */
    public static String name(int t) {
        return NAMES[t];
    }

    /** The type called {@code name}, or 0 when no type is. */
    public static int ofName(String name) {
        for (int t = 1; t < NAMES.length; t++) {
            if (NAMES[t].equals(name)) {
                return t;
            }
        }
        return 0;
    }
}
