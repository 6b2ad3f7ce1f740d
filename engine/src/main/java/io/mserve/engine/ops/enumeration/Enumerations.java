package io.mserve.engine.ops.enumeration;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Making enumerations against a domain, a global symbol list: {@code `d$y} (each must be in d),
 * {@code `d?y} (d grows to hold y), {@code `d!i} (from indices). The homes of {@code $ ? !}
 * dispatch here when their left argument names a domain.
 */
public final class Enumerations {
    private Enumerations() {}

    /** The domain's current symbols, or null when {@code name} is not a global symbol list. */
    public static SymbolVector domain(Context ctx, String name) {
        K v = ctx.global(name);
        return v instanceof SymbolVector ? (SymbolVector) v : null;
    }

    /** {@code `d$y}, or with {@code extend} {@code `d?y}, which adds the symbols d lacks to it. */
    public static K enumerate(Context ctx, String name, K y, boolean extend) {
        SymbolVector domain = domain(ctx, name);
        if (domain == null) {
            if (!extend || ctx.global(name) != null) {
                throw QException.type();
            }
            domain = new SymbolVector(new String[0]);
        }
        String[] syms = symbols(y);
        Map<String, Integer> position = new HashMap<>();
        String[] items = domain.items();
        for (int i = items.length - 1; i >= 0; i--) {
            position.put(items[i], i);
        }
        List<String> grown = new ArrayList<>(Arrays.asList(items));
        int[] index = new int[syms.length];
        for (int i = 0; i < syms.length; i++) {
            Integer p = position.get(syms[i]);
            if (p == null) {
                if (!extend) {
                    throw new QException("cast");
                }
                p = grown.size();
                grown.add(syms[i]);
                position.put(syms[i], p);
            }
            index[i] = p;
        }
        String[] all = grown.toArray(new String[0]);
        if (all.length != items.length) {
            ctx.setGlobal(name, new SymbolVector(all));
        }
        Enumeration e = new Enumeration(name, all, index, 0);
        return y instanceof SymbolAtom ? e.at(0) : e;
    }

    /** {@code `d!i}: the enumeration whose positions in d are i. */
    public static K fromIndices(Context ctx, String name, K y) {
        SymbolVector domain = domain(ctx, name);
        if (domain == null) {
            throw QException.type();
        }
        K[] items = Lists.items(y);
        int[] index = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            long p = Ints.atom(items[i]);
            if (p < 0 || p >= domain.count()) {
                throw QException.length();
            }
            index[i] = (int) p;
        }
        Enumeration e = new Enumeration(name, domain.items(), index, 0);
        return y.type() < 0 ? e.at(0) : e;
    }

    private static String[] symbols(K y) {
        if (y instanceof SymbolAtom) {
            return new String[] {((SymbolAtom) y).value()};
        }
        if (y instanceof SymbolVector) {
            return ((SymbolVector) y).items();
        }
        if (y instanceof Enumeration) {
            return ((Enumeration) y).values().items();
        }
        throw QException.type();
    }
}
