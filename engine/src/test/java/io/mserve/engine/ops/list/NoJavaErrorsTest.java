package io.mserve.engine.ops.list;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every verb on every pairing of awkward values fails, if at all, with a q error. */
class NoJavaErrorsTest extends ListTestBase {
    static final String[] MONADS = {
        "#", ",", "?", "!", "til", "count", "first", "last", "reverse", "distinct", "group", "where", "raze",
        "enlist", "flip", "key", "value", "cols", "asc", "desc", "iasc", "idesc", "rank", "prev", "next",
        "fills", "differ", "null", "all", "any", "attr", "ungroup"
    };
    static final String[] DYADS = {
        "#", "_", ",", "?", "!", "union", "inter", "except", "in", "within", "sublist", "rotate", "xprev",
        "cut", "bin", "binr", "cross", "xasc", "xdesc", "xkey", "xcols", "xcol"
    };

    static List<K> samples() {
        List<K> v = new ArrayList<>();
        v.add(Q.j(2));
        v.add(Q.j(-1));
        v.add(Q.j(0));
        v.add(Q.j(QNull.LONG));
        v.add(Q.i(1));
        v.add(Q.f(1.5));
        v.add(Q.s("a"));
        v.add(Q.s("s"));
        v.add(Q.c('x'));
        v.add(Q.TRUE);
        v.add(Q.NIL);
        v.add(j());
        v.add(j(1, 2));
        v.add(j(2, QNull.LONG, -3));
        v.add(Q.longs(1, 2).withAttribute(Attribute.SORTED));
        v.add(Q.floats(QNull.FLOAT, 1));
        v.add(s("a", "b"));
        v.add(s());
        v.add(Q.str("ab"));
        v.add(Q.bools(true, false));
        v.add(new IntVector(QType.DATE, new int[] {1, QNull.INT}));
        v.add(new GuidVector(new UUID[] {new UUID(1, 1)}));
        v.add(l());
        v.add(l(Q.j(1), Q.s("a")));
        v.add(l(j(1, 2), j(3)));
        v.add(l(j(1, 2), Q.str("ab")));
        v.add(Q.dict(s("a", "b"), j(1, 2)));
        v.add(Q.dict(s("a"), l(j(1, 2))));
        v.add(Q.dict(j(1, 2), s("a", "b")));
        v.add(t("a b", j(1, 2), s("x", "y")));
        v.add(t("a", l(j(1), j(2, 3))));
        v.add(t("a", j()));
        v.add(q("!", Q.j(1), t("a b", j(1, 2), s("x", "y"))));
        v.add(B.get("#"));
        return v;
    }

    @Test
    void monads() {
        for (String name : MONADS) {
            for (K x : samples()) {
                check(name, x);
            }
        }
    }

    @Test
    void dyads() {
        List<K> all = samples();
        for (String name : DYADS) {
            for (K x : all) {
                for (K y : all) {
                    check(name, x, y);
                }
            }
        }
    }

    private static void check(String name, K... args) {
        try {
            K r = q(name, args);
            assertThat(r).as(name).isNotNull();
        } catch (QException e) {
            assertThat(e.getMessage()).isNotEmpty();
        } catch (RuntimeException e) {
            throw new AssertionError(name + " " + java.util.Arrays.toString(args) + ": " + e, e);
        }
    }
}
