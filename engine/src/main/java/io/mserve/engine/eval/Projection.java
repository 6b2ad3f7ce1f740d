package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.value.Displayable;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;

/** A function with some arguments fixed: {@code f[1;]}, {@code (2+)}. Null entries are the holes, filled left to right. */
final class Projection extends Fn {
    private final Interp interp;
    private final K fn;
    private final K[] fixed;
    private final int holes;

    Projection(Interp interp, K fn, K[] fixed, int rank) {
        this.interp = interp;
        this.fn = fn;
        this.fixed = fixed;
        int h = 0;
        for (K k : fixed) {
            if (k == null) {
                h++;
            }
        }
        this.holes = h + Math.max(0, rank - fixed.length);
    }

    @Override
    public int type() {
        return QType.PROJECTION;
    }

    @Override
    public int rank() {
        return Math.max(holes, 1);
    }

    @Override
    public K call(K... args) {
        if (args.length > rank()) {
            throw QException.rank();
        }
        int nulls = 0;
        for (K k : fixed) {
            if (k == null) {
                nulls++;
            }
        }
        K[] all = new K[fixed.length + Math.max(0, args.length - nulls)];
        int a = 0;
        for (int i = 0; i < fixed.length; i++) {
            all[i] = fixed[i] != null ? fixed[i] : (a < args.length ? args[a++] : null);
        }
        for (int i = fixed.length; i < all.length; i++) {
            all[i] = args[a++];
        }
        return interp.apply(fn, all);
    }

    @Override
    public K wireForm() {
        return FunctionWire.projection(fn, fixed);
    }

    @Override
    public String display() {
        StringBuilder s = new StringBuilder(fn instanceof Displayable ? ((Displayable) fn).display() : fn.toString());
        if (fn instanceof Builtin && ((Builtin) fn).isOperator()
                && fixed.length == 2 && fixed[0] != null && fixed[1] == null) {
            return "(" + Console.one(fixed[0]) + s + ")";
        }
        s.append('[');
        for (int i = 0; i < fixed.length; i++) {
            if (i > 0) {
                s.append(';');
            }
            if (fixed[i] != null) {
                s.append(Console.one(fixed[i]));
            }
        }
        return s.append(']').toString();
    }
}
