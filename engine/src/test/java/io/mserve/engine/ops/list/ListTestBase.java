package io.mserve.engine.ops.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Table;

/** Calls the registered primitives by name, as the interpreter will. */
public abstract class ListTestBase {
    public static final Builtins B = new Session().primitives();

    public static K q(String name, K... args) {
        return B.get(name).call(args);
    }

    public static void err(String text, String name, K... args) {
        assertThatThrownBy(() -> q(name, args)).isInstanceOf(QException.class).hasMessage(text);
    }

    public static void eq(K actual, K expected) {
        assertThat(actual).isEqualTo(expected);
    }

    public static K j(long... v) {
        return Q.longs(v);
    }

    public static K s(String... v) {
        return Q.syms(v);
    }

    public static K l(K... v) {
        return new KList(v);
    }

    public static Table t(String cols, K... data) {
        return Q.table(cols.split(" "), data);
    }
}
