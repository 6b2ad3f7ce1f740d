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
abstract class ListTestBase {
    static final Builtins B = new Session().primitives();

    static K q(String name, K... args) {
        return B.get(name).call(args);
    }

    static void err(String text, String name, K... args) {
        assertThatThrownBy(() -> q(name, args)).isInstanceOf(QException.class).hasMessage(text);
    }

    static void eq(K actual, K expected) {
        assertThat(actual).isEqualTo(expected);
    }

    static K j(long... v) {
        return Q.longs(v);
    }

    static K s(String... v) {
        return Q.syms(v);
    }

    static K l(K... v) {
        return new KList(v);
    }

    static Table t(String cols, K... data) {
        return Q.table(cols.split(" "), data);
    }
}
