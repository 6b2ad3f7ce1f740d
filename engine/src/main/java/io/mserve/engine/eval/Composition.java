package io.mserve.engine.eval;

import io.mserve.engine.display.Console;
import io.mserve.engine.value.Displayable;
import io.mserve.engine.value.Fn;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;

/** {@code '[f;g]}: g applied to the arguments, then f to its result (more functions compose right to left). */
public final class Composition extends Fn {
    private final Interp interp;
    private final K[] fns;

    Composition(Interp interp, K[] fns) {
        this.interp = interp;
        this.fns = fns;
    }

    /** {@code '[f;g;..]} and {@code f'g}, binary {@code '}. */
    public static K of(Interp interp, K[] fns) {
        return new Composition(interp, fns);
    }

    @Override
    public int type() {
        return QType.COMPOSITION;
    }

    @Override
    public int rank() {
        K last = fns[fns.length - 1];
        return last instanceof Fn ? ((Fn) last).rank() : 1;
    }

    @Override
    public K call(K... args) {
        K result = interp.apply(fns[fns.length - 1], args);
        for (int i = fns.length - 2; i >= 0; i--) {
            result = interp.apply(fns[i], new K[] {result});
        }
        return result;
    }

    @Override
    public K wireForm() {
        return FunctionWire.composition(fns);
    }

    @Override
    public String display() {
        StringBuilder s = new StringBuilder("'[");
        for (int i = 0; i < fns.length; i++) {
            if (i > 0) {
                s.append(';');
            }
            s.append(fns[i] instanceof Displayable ? ((Displayable) fns[i]).display() : Console.one(fns[i]));
        }
        return s.append(']').toString();
    }
}
