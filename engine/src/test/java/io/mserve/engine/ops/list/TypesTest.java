package io.mserve.engine.ops.list;

import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The same verbs over every vector type. */
class TypesTest extends ListTestBase {
    static final UUID G1 = new UUID(1, 2);
    static final UUID G2 = new UUID(-1, 0);
    static final UUID G0 = new UUID(0, 0);

    @Test
    void distinctFindAscOnEveryType() {
        K[] vectors = {
            new ByteVector(QType.BOOLEAN, new byte[] {1, 0, 1}),
            new GuidVector(new UUID[] {G2, G1, G2}),
            new ByteVector(QType.BYTE, new byte[] {(byte) 200, 3, (byte) 200}),
            new ShortVector(new short[] {5, QNull.SHORT, 5}),
            new IntVector(QType.INT, new int[] {7, -1, 7}),
            new LongVector(QType.TIMESTAMP, new long[] {9, QNull.LONG, 9}),
            new RealVector(new float[] {2.5f, QNull.REAL, 2.5f}),
            new FloatVector(QType.FLOAT, new double[] {1.5, -2, 1.5}),
            Q.str("bab"),
            Q.syms("zz", "a", "zz"),
            new IntVector(QType.DATE, new int[] {100, QNull.INT, 100}),
            new IntVector(QType.MONTH, new int[] {3, 1, 3}),
            new IntVector(QType.TIME, new int[] {3, 1, 3}),
            new LongVector(QType.TIMESPAN, new long[] {3, -1, 3}),
            new FloatVector(QType.DATETIME, new double[] {3, -1, 3}),
        };
        for (K v : vectors) {
            K second = Gather.at(v, new int[] {1});
            K first = Gather.at(v, new int[] {0});
            eq(q("distinct", v), Gather.at(v, new int[] {0, 1}));
            eq(q("?", v, io.mserve.engine.value.Lists.at(v, 1)), Q.j(1));
            eq(q("?", v, Gather.at(v, new int[] {1, 0})), j(1, 0));
            eq(q("asc", v), ((io.mserve.ipc.value.KVector) Gather.at(v, new int[] {1, 0, 2})).withAttribute(Attribute.SORTED));
            eq(q("idesc", v), j(0, 2, 1));
            eq(q("group", v), Q.dict(q(",", first, second), l(j(0, 2), j(1))));
            eq(q(",", first, second), Gather.at(v, new int[] {0, 1}));
            eq(q("#", Q.j(-4), v), Gather.at(v, new int[] {2, 0, 1, 2}));
            eq(q("except", v, second), Gather.at(v, new int[] {0, 2}));
            eq(q("differ", v), Q.bools(true, true, true));
            eq(q("reverse", v), Gather.at(v, new int[] {2, 1, 0}));
            eq(q("raze", l(first, second)), Gather.at(v, new int[] {0, 1}));
        }
    }

    @Test
    void nullsOfEveryType() {
        eq(q("null", new GuidVector(new UUID[] {G0, G1})), Q.bools(true, false));
        eq(q("null", new ShortVector(new short[] {QNull.SHORT})), Q.bools(true));
        eq(q("null", new RealVector(new float[] {QNull.REAL, 1})), Q.bools(true, false));
        eq(q("null", new ByteVector(QType.BYTE, new byte[] {0})), Q.bools(false));
        eq(q("prev", Q.str("ab")), Q.str(" a"));
        eq(q("#", Q.j(1), new GuidVector(new UUID[0])), new GuidVector(new UUID[] {G0}));
        eq(q("fills", new IntVector(QType.DATE, new int[] {QNull.INT, 1, QNull.INT})),
                new IntVector(QType.DATE, new int[] {QNull.INT, 1, 1}));
    }

    @Test
    void unlikeTypesDoNotMatch() {
        err("type", "in", j(1, 2), Q.ints(1, 2)); // in.md: unlike types, more than one item
        eq(q("distinct", l(Q.j(1), Q.i(1), Q.j(1))), l(Q.j(1), Q.i(1)));
        eq(q("?", l(Q.j(1), Q.i(1)), Q.i(1)), Q.j(1));
        err("type", "?", j(1, 2), Q.i(1));
    }

    @Test
    void emptyLists() {
        eq(q("distinct", Q.syms()), Q.syms());
        eq(q("asc", Q.floats()), Q.floats().withAttribute(Attribute.SORTED));
        eq(q("?", Q.syms(), Q.s("a")), Q.j(0));
        eq(q("where", Q.bools()), j());
        eq(q("raze", l()), l());
        eq(q("reverse", l()), l());
        eq(q("first", Q.syms()), Q.s(""));
        eq(q("last", Q.floats()), Q.f(QNull.FLOAT));
        eq(q("cut", Q.j(2), j()), l());
        eq(q("except", j(), j(1)), j());
        eq(q("group", Q.syms()), Q.dict(Q.syms(), l()));
        eq(q(",", Q.dict(Q.syms(), j()), Q.dict(s("a"), j(1))), Q.dict(s("a"), j(1)));
        eq(q("#", Q.j(0), t("a", j(1))), t("a", j()));
        Dict empty = Q.dict(Q.syms(), j());
        eq(q("key", empty), Q.syms());
    }

    @Test
    void moreErrors() {
        err("type", "#", Q.f(1), j(1));
        err("type", "_", Q.s("a"), j(1));
        err("type", "til", s("a"));
        err("type", "xasc", Q.s("a"), j(1));
        err("length", "sublist", j(1, 2, 3), j(1));
    }
}
