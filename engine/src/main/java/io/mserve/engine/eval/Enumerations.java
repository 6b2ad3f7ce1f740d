package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import java.util.HashMap;
import java.util.Map;

/** Making enumerations: {@code `d$y} (each must be in d), {@code `d?y} (d grows to hold y), {@code `d!i} (from indices). */
final class Enumerations {
    private Enumerations() {}

    /** The domain's current symbols, or null when {@code name} is not a global symbol list. */
    static SymbolVector domain(Interp interp, String name) {
        K v = interp.global(name, interp.namespace());
        return v instanceof SymbolVector ? (SymbolVector) v : null;
    }

    static K enumerate(Interp interp, String name, K y, boolean extend) {
        SymbolVector domain = domain(interp, name);
        if (domain == null) {
            if (!extend || interp.global(name, interp.namespace()) != null) {
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
        java.util.List<String> grown = new java.util.ArrayList<>(java.util.Arrays.asList(items));
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
            interp.setGlobal(name, new SymbolVector(all), interp.namespace());
        }
        Enumeration e = new Enumeration(name, all, index, 0);
        return y instanceof SymbolAtom ? e.at(0) : e;
    }

    static K fromIndices(Interp interp, String name, K y) {
        SymbolVector domain = domain(interp, name);
        if (domain == null) {
            throw QException.type();
        }
        K[] items = Lists.items(y);
        int[] index = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            long p = Interp.toLong(items[i]);
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

    /** Whether any of {@code args} is an enumeration or one of its items. */
    static boolean any(K[] args) {
        for (K a : args) {
            if (a instanceof Enumeration || a instanceof Enumeration.EnumAtom) {
                return true;
            }
        }
        return false;
    }

    /** An enumeration as the symbols it stands for; anything else as it is. */
    static K plain(K v) {
        if (v instanceof Enumeration) {
            return ((Enumeration) v).values();
        }
        if (v instanceof Enumeration.EnumAtom) {
            return ((Enumeration.EnumAtom) v).value();
        }
        return v;
    }
}
