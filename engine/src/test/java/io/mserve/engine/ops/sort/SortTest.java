package io.mserve.engine.ops.sort;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.ops.list.ListTestBase;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortTest extends ListTestBase {
    static K sorted(long... v) {
        return Q.longs(v).withAttribute(Attribute.SORTED);
    }

    @Test
    void ascCarriesSortedAttribute() {
        eq(q("asc", j(3, QNull.LONG, 1, 2)), sorted(QNull.LONG, 1, 2, 3));
        eq(q("asc", s("b", "", "a")), Q.syms("", "a", "b").withAttribute(Attribute.SORTED));
        eq(q("desc", j(3, 1, 2)), j(3, 2, 1));
        eq(q("asc", Q.floats(2, QNull.FLOAT, Double.NEGATIVE_INFINITY, -1)),
                Q.floats(QNull.FLOAT, Double.NEGATIVE_INFINITY, -1, 2).withAttribute(Attribute.SORTED));
        eq(q("asc", Q.str("hello")), Q.str("ehllo").withAttribute(Attribute.SORTED));
        eq(q("asc", new ByteVector(QType.BYTE, new byte[] {(byte) 0xff, 1})),
                new ByteVector(QType.BYTE, new byte[] {1, (byte) 0xff}, Attribute.SORTED));
        eq(q("asc", Q.bools(true, false)), Q.bools(false, true).withAttribute(Attribute.SORTED));
        eq(q("asc", Q.ints(5, QNull.INT, -QNull.INT_INF)), Q.ints(QNull.INT, -QNull.INT_INF, 5).withAttribute(Attribute.SORTED));
        eq(q("asc", j()), sorted());
    }

    @Test
    void gradesAreStable() {
        eq(q("iasc", j(2, 1, 2, 1)), j(1, 3, 0, 2));
        eq(q("idesc", j(2, 1, 2, 1)), j(0, 2, 1, 3));
        eq(q("idesc", j(1, 2, 1)), j(1, 0, 2));
        eq(q("iasc", s("b", "a", "b", "a")), j(1, 3, 0, 2));
        eq(q("rank", j(30, 10, 20)), j(2, 0, 1));
        eq(q("iasc", l(Q.str("b"), Q.str("ab"), Q.str("a"))), j(2, 1, 0));
    }

    @Test
    void sortsDictsByValue() {
        eq(q("asc", Q.dict(s("a", "b", "c"), j(3, 1, 2))), Q.dict(s("b", "c", "a"), sorted(1, 2, 3)));
        eq(q("iasc", Q.dict(s("a", "b", "c"), j(2, 3, 1))), s("c", "a", "b"));
        eq(q("idesc", Q.dict(s("a", "b", "c"), j(2, 3, 1))), s("b", "a", "c"));
    }

    @Test
    void sortsMixedListsByTypeThenValue() {
        K mixed = l(Q.j(1), Q.TRUE, Q.c('b'), Q.intAtom(-QType.DATE, 3), Q.c('a'), Q.j(0));
        eq(q("asc", mixed), new io.mserve.ipc.value.KList(new K[] {Q.TRUE, Q.j(0), Q.j(1), Q.c('a'), Q.c('b'),
            Q.intAtom(-QType.DATE, 3)}, Attribute.SORTED));
        eq(q("attr", q("asc", l(Q.str("bat"), Q.str("cat"), Q.str("ant")))), Q.s("s"));
    }

    @Test
    void sortsTablesMarkingTheFirstColumn() {
        eq(q("asc", t("a b", j(4, 3, 4), s("s", "a", "d"))),
                t("a b", Q.longs(3, 4, 4).withAttribute(Attribute.PARTED), s("a", "d", "s")));
        eq(q("asc", t("a", j(3, 4, 1))), t("a", sorted(1, 3, 4)));
        K kt = q("!", Q.j(1), t("c1 c2", s("a", "b"), j(2, 1)));
        eq(q("asc", kt), Q.dict(t("c1", s("b", "a")), t("c2", sorted(1, 2))));
        eq(q("desc", t("a", j(3, 4, 1))), t("a", j(4, 3, 1)));
    }

    @Test
    void radixSortMatchesReferenceOnLargeInputs() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 100_000;
        long[] v = new long[n];
        double[] f = new double[n];
        String[] sy = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(5) == 0 ? QNull.LONG : r.nextLong();
            f[i] = r.nextInt(7) == 0 ? QNull.FLOAT : r.nextDouble() * 200 - 100;
            sy[i] = "s" + r.nextInt(500);
        }
        long[] idx = ((LongVector) q("iasc", j(v))).items();
        for (int i = 1; i < n; i++) {
            long a = v[(int) idx[i - 1]];
            long b = v[(int) idx[i]];
            assertThat(a < b || a == b && idx[i - 1] < idx[i]).isTrue();
        }
        double[] sf = ((io.mserve.ipc.value.FloatVector) q("asc", Q.floats(f))).items();
        double[] ref = f.clone();
        Arrays.sort(ref);
        int nulls = 0;
        for (double d : f) {
            nulls += Double.isNaN(d) ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            assertThat(Double.isNaN(sf[i])).isEqualTo(i < nulls);
            if (i >= nulls) {
                assertThat(sf[i]).isEqualTo(ref[i - nulls]);
            }
        }
        String[] ss = ((SymbolVector) q("asc", Q.syms(sy))).items();
        String[] sref = sy.clone();
        Arrays.sort(sref);
        assertThat(ss).isEqualTo(sref);
    }

    @Test
    void xascSortsTablesByColumns() {
        Table t = t("a b", s("q", "p", "q", "p"), j(2, 9, 1, 3));
        eq(q("xasc", Q.s("a"), t), t("a b", Q.syms("p", "p", "q", "q").withAttribute(Attribute.SORTED), j(9, 3, 2, 1)));
        eq(q("xasc", s("a", "b"), t), t("a b", Q.syms("p", "p", "q", "q").withAttribute(Attribute.SORTED), j(3, 9, 1, 2)));
        eq(q("xdesc", Q.s("b"), t), t("a b", s("p", "p", "q", "q"), j(9, 3, 2, 1)));
        eq(q("iasc", t), j(3, 1, 2, 0));
        K kt = q("!", Q.j(1), t("k v", s("b", "a"), j(1, 2)));
        eq(q("xasc", Q.s("k"), kt), q("!", Q.j(1), t("k v", Q.syms("a", "b").withAttribute(Attribute.SORTED), j(2, 1))));
        err("z", "xasc", Q.s("z"), t);
    }

    @Test
    void binarySearch() {
        K x = j(0, 2, 4, 6, 8, 10);
        eq(q("bin", x, Q.j(5)), Q.j(2));
        eq(q("bin", x, j(-10, 0, 4, 5, 6, 20)), j(-1, 0, 2, 2, 3, 5));
        eq(q("bin", j(0, 1, 1, 2), j(0, 1, 2)), j(0, 2, 3));
        eq(q("binr", j(0, 1, 1, 2), j(0, 1, 2)), j(0, 1, 3));
        eq(q("bin", s("a", "c", "e"), Q.s("d")), Q.j(1));
        eq(q("bin", Q.dict(s("a", "b", "c"), j(0, 2, 4)), j(-1, 3)), s("", "b"));
        eq(q("bin", l(Q.str("apple"), Q.str("banana"), Q.str("coffee")), l(Q.str("anise"), Q.str("berry"), Q.str("curry"))),
                j(-1, 1, 2));
        err("type", "bin", x, Q.f(2));
    }

    @Test
    void within() {
        eq(q("within", j(1, 5, 10, 11), j(5, 10)), Q.bools(false, true, true, false));
        eq(q("within", Q.j(3), Q.floats(2.5, 3.5)), Q.TRUE);
        eq(q("within", Q.str("aZ"), Q.str("az")), Q.bools(true, false));
        eq(q("within", s("b", "z"), s("a", "c")), Q.bools(true, false));
        eq(q("within", j(1, 5), l(j(0, 6), j(2, 7))), Q.bools(true, false));
        err("length", "within", j(1), j(1, 2, 3));
        K dates = new io.mserve.ipc.value.IntVector(QType.DATE, new int[] {1, 5, 9});
        eq(q("within", dates, new io.mserve.ipc.value.IntVector(QType.DATE, new int[] {2, 9})), Q.bools(false, true, true));
        eq(q("within", Q.floats(QNull.FLOAT, 1.5), Q.floats(1, 2)), Q.bools(false, true));
        eq(q("within", Q.floats(1.5, 3), j(1, 2)), Q.bools(true, false));
        Dict d = Q.dict(s("a"), j(3));
        eq(q("within", d, j(1, 5)), Q.dict(s("a"), Q.bools(true)));
    }
}
