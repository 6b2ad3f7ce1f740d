package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.PrimitiveCodes;
import io.mserve.engine.ops.aggregate.Running;
import io.mserve.engine.ops.compare.Match;
import io.mserve.engine.value.Displayable;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import java.util.ArrayList;
import java.util.List;

/** A function derived by an iterator: each {@code '}, over {@code /}, scan {@code \}, each-prior {@code ':}, each-right {@code /:}, each-left {@code \:}. */
public final class IteratorFn extends Fn {
    private final Interp interp;
    private final K fn;
    private final String glyph;

    IteratorFn(Interp interp, K fn, String glyph) {
        this.interp = interp;
        this.fn = fn;
        this.glyph = glyph;
    }

    /** {@code f'}, unary {@code '}: f derived by each. */
    public static K each(Interp interp, K f) {
        return new IteratorFn(interp, f, "'");
    }

    /** {@code f} derived by the iterator written {@code glyph}: {@code (/;+)} evaluated is {@code +/}. */
    public static K derive(Interp interp, K f, String glyph) {
        return new IteratorFn(interp, f, glyph);
    }

    /** {@code f each x} (and {@code peach}). */
    public static K each(Interp interp, K f, K x) {
        return new IteratorFn(interp, f, "'").call(x);
    }

    /** {@code f over x}. */
    public static K over(Interp interp, K f, K x) {
        return new IteratorFn(interp, f, "/").call(x);
    }

    /** {@code f scan x}. */
    public static K scan(Interp interp, K f, K x) {
        return new IteratorFn(interp, f, "\\").call(x);
    }

    /** {@code f prior x}. */
    public static K prior(Interp interp, K f, K x) {
        return new IteratorFn(interp, f, "':").call(x);
    }

    /** {@code x deltas y}: {@code -':} with x as the first item's prior. */
    public static K deltas(Interp interp, K seed, K x) {
        return new IteratorFn(interp, interp.builtins().get("-"), "':").call(seed, x);
    }

    @Override
    public int type() {
        return PrimitiveCodes.derivedType(glyph);
    }

    // A general list maps binary (m[x;y], a finite-state machine); other data is unary.
    private int baseRank() {
        if (fn instanceof Fn f) {
            return f.rank();
        }
        return fn.type() == QType.LIST && fn.count() > 0 ? 2 : 1;
    }

    // (,/)/x: a variadic function derived by over or scan, given one argument, is unary: it converges.
    private boolean unary(K[] args) {
        return baseRank() == 1 || args.length == 1 && fn instanceof IteratorFn d && (d.glyph.equals("/") || d.glyph.equals("\\"));
    }

    @Override
    public int rank() {
        switch (glyph) {
            case "/:": case "\\:": return 2;
            case "':": return 2;
            case "/": case "\\": return baseRank() == 1 ? 2 : baseRank();
            default: return isCase() ? caseRank() : baseRank();
        }
    }

    // int'[a;b;..], Case: an integer vector picks, for each position, the argument to take it from.
    private boolean isCase() {
        int t = fn.type();
        return glyph.equals("'") && (t == QType.SHORT || t == QType.INT || t == QType.LONG);
    }

    private int caseRank() {
        long max = -1;
        for (long i : Ints.vector(fn)) {
            max = Math.max(max, i);
        }
        return (int) Math.min(max + 1, 8);
    }

    @Override
    public K call(K... args) {
        switch (glyph) {
            case "'": return each(args);
            case "/": return over(args, false);
            case "\\": return over(args, true);
            case "':": return eachPrior(args);
            case "/:": return eachSide(args, true);
            default: return eachSide(args, false);
        }
    }

    /** Case (docs/ref/maps.md): item i of the result is item i of argument int i; atoms repeat; dictionaries need the same keys. */
    private K pick(K[] args) {
        if (args.length < caseRank()) {
            return new Projection(interp, this, args, caseRank());
        }
        long[] which = Ints.vector(fn);
        int n = which.length;
        K keys = null;
        K[] lists = new K[args.length];
        for (int j = 0; j < args.length; j++) {
            K a = args[j];
            if (a instanceof Dict d) {
                if (keys != null && d.count() == keys.count() && !Match.match(keys, d.keys())) {
                    throw QException.domain();
                }
                keys = keys == null ? d.keys() : keys;
                a = d.values();
            }
            if (a.type() >= 0 && a.count() != n) {
                throw QException.length();
            }
            lists[j] = a;
        }
        K[] out = new K[n];
        for (int i = 0; i < n; i++) {
            long w = which[i];
            if (w < 0) {
                throw QException.domain();
            }
            K a = lists[(int) w];
            out[i] = a.type() < 0 ? a : Lists.at(a, i);
        }
        return Lists.collapse(out);
    }

    private K each(K[] args) {
        if (isCase()) {
            return pick(args);
        }
        if (args.length == 1 && args[0] instanceof Dict) {
            Dict d = (Dict) args[0];
            return new Dict(d.keys(), each(new K[] {d.values()}));
        }
        int n = -1;
        for (K a : args) {
            if (isList(a)) {
                if (n >= 0 && a.count() != n) {
                    throw QException.length();
                }
                n = a.count();
            }
        }
        if (n < 0) {
            return interp.apply(fn, args);
        }
        K[] out = new K[n];
        K[] call = new K[args.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < args.length; j++) {
                call[j] = isList(args[j]) ? Lists.at(args[j], i) : args[j];
            }
            out[i] = interp.apply(fn, call.clone());
        }
        return Lists.collapse(out);
    }

    private static boolean isList(K v) {
        return v.type() >= 0 && v.type() < QType.TABLE || v.type() == QType.TABLE;
    }

    private K over(K[] args, boolean scan) {
        if (scan && args.length == 2 && Math.abs(fn.type()) == QType.FLOAT) {
            return Running.recurrence(args[0], fn, args[1]);
        }
        if (unary(args)) {
            return converge(args, scan);
        }
        K acc;
        K[] items;
        List<K> steps = new ArrayList<>();
        if (args.length == 1) {
            K x = args[0];
            if (!isList(x) && !(x instanceof Dict)) {
                return x;
            }
            items = Lists.items(x instanceof Dict ? ((Dict) x).values() : x);
            if (items.length == 0) {
                return emptyOver(x);
            }
            // ,\ starts from the empty list, so its first step is ,x0
            acc = isJoin() ? interp.apply(fn, new K[] {new KList(), items[0]}) : items[0];
            steps.add(acc);
            for (int i = 1; i < items.length; i++) {
                acc = interp.apply(fn, new K[] {acc, items[i]});
                steps.add(acc);
            }
        } else {
            acc = args[0];
            int n = -1;
            for (int j = 1; j < args.length; j++) {
                if (isList(args[j])) {
                    n = args[j].count();
                }
            }
            if (n < 0) {
                K[] call = args.clone();
                acc = interp.apply(fn, call);
                return scan ? acc : acc;
            }
            for (int i = 0; i < n; i++) {
                K[] call = new K[args.length];
                call[0] = acc;
                for (int j = 1; j < args.length; j++) {
                    call[j] = isList(args[j]) ? Lists.at(args[j], i) : args[j];
                }
                acc = interp.apply(fn, call);
                steps.add(acc);
            }
        }
        return scan ? Lists.collapse(steps.toArray(new K[0])) : acc;
    }

    private boolean isJoin() {
        return fn instanceof Builtin && ((Builtin) fn).name().equals(",");
    }

    // +/ () is 0, */ () is 1, as q gives the operator's identity; otherwise the empty list itself.
    private K emptyOver(K x) {
        if (fn instanceof Builtin) {
            switch (((Builtin) fn).name()) {
                case "+": return x.type() == QType.FLOAT ? Q.f(0) : Q.j(0);
                case "*": return x.type() == QType.FLOAT ? Q.f(1) : Q.j(1);
                case ",": return x;
                default: return x;
            }
        }
        // A lambda over an empty list gives the empty general list, whatever the list's type.
        return new KList();
    }

    // A unary function over: repeat n times, while a condition holds, or until the result stops changing.
    private K converge(K[] args, boolean scan) {
        List<K> steps = new ArrayList<>();
        if (args.length == 2) {
            K control = args[0];
            K x = args[1];
            steps.add(x);
            if (control.type() == -QType.LONG || control.type() == -QType.INT) {
                long n = control.type() == -QType.LONG ? ((LongAtom) control).value()
                        : ((IntAtom) control).value();
                for (long i = 0; i < n; i++) {
                    Interp.checkInterrupted();
                    x = interp.apply(fn, new K[] {x});
                    steps.add(x);
                }
            } else {
                while (Interp.truthy(interp.apply(control, new K[] {x}))) {
                    x = interp.apply(fn, new K[] {x});
                    steps.add(x);
                }
            }
            return scan ? Lists.collapse(steps.toArray(new K[0])) : x;
        }
        K first = args[0];
        K x = first;
        steps.add(x);
        while (true) {
            Interp.checkInterrupted(); // a cycle that never matches runs until -T stops it
            K next = interp.apply(fn, new K[] {x});
            if (Match.match(next, x) || Match.match(next, first)) {
                break;
            }
            x = next;
            steps.add(x);
        }
        return scan ? Lists.collapse(steps.toArray(new K[0])) : x;
    }

    private K eachPrior(K[] args) {
        K x = args[args.length - 1];
        if (x instanceof Dict d) {
            K[] vals = args.clone();
            vals[vals.length - 1] = d.values();
            return new Dict(d.keys(), eachPrior(vals));
        }
        if (!isList(x)) {
            throw QException.type();
        }
        K[] items = Lists.items(x);
        K[] out = new K[items.length];
        for (int i = 0; i < items.length; i++) {
            if (i == 0) {
                out[0] = interp.apply(fn, new K[] {items[0], args.length == 2 ? args[0] : priorSeed(items[0])});
            } else {
                out[i] = interp.apply(fn, new K[] {items[i], items[i - 1]});
            }
        }
        return Lists.collapse(out);
    }

    // With no seed, the first item's prior is the operator's identity (0 for - and +, 1 for * and %), else a null.
    private K priorSeed(K first) {
        if (fn instanceof Builtin) {
            switch (((Builtin) fn).name()) {
                case "+": case "-": return Q.j(0);
                case "*": case "%": return Q.j(1);
                default: break;
            }
        }
        if (first.type() < 0 && first.type() >= -QType.TIME) {
            return Lists.nullOf(-first.type());
        }
        return Q.NIL;
    }

    private K eachSide(K[] args, boolean right) {
        if (args.length == 1 && !(fn instanceof Fn)) {
            // data on the left of /: or \: joins with sv or splits with vs (maps.md)
            return interp.apply(interp.builtins().get(right ? "sv" : "vs"), new K[] {fn, args[0]});
        }
        if (args.length != 2) {
            throw QException.rank();
        }
        K over = right ? args[1] : args[0];
        if (over instanceof Dict) {
            Dict d = (Dict) over;
            K vals = eachSide(right ? new K[] {args[0], d.values()} : new K[] {d.values(), args[1]}, right);
            return new Dict(d.keys(), vals);
        }
        if (!isList(over)) {
            return interp.apply(fn, args);
        }
        K[] items = Lists.items(over);
        K[] out = new K[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = right ? interp.apply(fn, new K[] {args[0], items[i]}) : interp.apply(fn, new K[] {items[i], args[1]});
        }
        return out.length == 0 ? new KList() : Lists.collapse(out);
    }

    @Override
    public K wireForm() {
        return FunctionWire.derived(fn, glyph);
    }

    @Override
    public String display() {
        String f = fn instanceof Displayable ? ((Displayable) fn).display() : Console.one(fn);
        return f + glyph;
    }
}
