package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.PrimitiveCodes;
import io.mserve.engine.value.Fn;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;

/** {@code #:}, {@code |:}: an operator's unary form as a function of its own. */
final class UnaryForm extends Fn {
    private final Builtin verb;

    UnaryForm(Builtin verb) {
        this.verb = verb;
    }

    @Override
    public int type() {
        return QType.UNARY_PRIMITIVE;
    }

    @Override
    public int rank() {
        return 1;
    }

    @Override
    public K call(K... args) {
        if (args.length != 1 || verb.monad() == null) {
            throw QException.rank();
        }
        return verb.monad().apply(args[0]);
    }

    @Override
    public K wireForm() {
        K wire = PrimitiveCodes.unaryForm(verb.name());
        return wire != null ? wire : this;
    }

    @Override
    public String display() {
        return verb.name() + ":";
    }
}
