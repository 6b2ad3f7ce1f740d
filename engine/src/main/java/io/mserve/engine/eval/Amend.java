package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** Amending at depth: {@code x[i]:v}, {@code x[i]+:v}, {@code @[x;i;f;y]}, {@code .[x;(i;j);f]}. Values are never changed in place. */
final class Amend {
    private Amend() {}

    /**
     * {@code x} with the items at {@code path} replaced by {@code fn[item; y]} ({@code fn} null means assign {@code y};
     * {@code y} null means {@code fn[item]}).
     */
    static K at(Interp interp, K x, K[] path, K fn, K y) {
        if (path.length == 0) {
            return value(interp, x, fn, y);
        }
        K i = path[0];
        if (path.length == 1) {
            return one(interp, x, i, fn, y);
        }
        K[] rest = Arrays.copyOfRange(path, 1, path.length);
        if (i == null || i == Q.NIL) {
            K[] items = Lists.items(x).clone();
            for (int k = 0; k < items.length; k++) {
                items[k] = at(interp, items[k], rest, fn, y == null || y.type() < 0 ? y : Lists.at(y, k));
            }
            return Lists.collapse(items);
        }
        K inner = Indexing.index(interp, x, new K[] {i});
        return one(interp, x, i, null, at(interp, inner, rest, fn, y));
    }

    private static K one(Interp interp, K x, K i, K fn, K y) {
        if (i == null || i == Q.NIL) {
            K[] items = Lists.items(x).clone();
            for (int k = 0; k < items.length; k++) {
                items[k] = value(interp, items[k], fn, y == null || y.type() < 0 || y.count() != items.length ? y : Lists.at(y, k));
            }
            return typed(x, items);
        }
        if (x instanceof Dict) {
            return dict(interp, (Dict) x, i, fn, y);
        }
        if (i.type() == QType.LIST && !(x instanceof Table)) {
            // @[x;(::;2 3);f]: each index in turn, :: all of x, y spread over the indices when it matches them
            K result = x;
            int n = i.count();
            boolean spread = y != null && y.type() >= 0 && y.count() == n;
            for (int m = 0; m < n; m++) {
                result = one(interp, result, Lists.at(i, m), fn, spread ? Lists.at(y, m) : y);
            }
            return result;
        }
        if (x instanceof Table && i instanceof SymbolAtom) {
            Table t = (Table) x;
            int c = Indexing.find(t.columns(), i);
            K column = value(interp, c < 0 ? null : t.data()[c], fn, y);
            if (column.type() < 0) {
                column = Lists.repeat(column, t.count());
            }
            if (column.count() != t.count()) {
                throw QException.length(); // a column is a list of one item per row
            }
            if (c < 0) {
                K[] data = Arrays.copyOf(t.data(), t.data().length + 1);
                data[data.length - 1] = column;
                String[] names = Arrays.copyOf(t.columns().items(), data.length);
                names[names.length - 1] = ((SymbolAtom) i).value();
                return new Table(new SymbolVector(names), data);
            }
            K[] data = t.data().clone();
            data[c] = column;
            return new Table(t.columns(), data);
        }
        if (x.type() < 0 || x.type() >= QType.TABLE) {
            throw QException.type();
        }
        if (x instanceof Enumeration e && y != null && (fn == null || isAssign(fn))) {
            y = Enumerations.into(e.domain(), y); // an enumeration takes items of its domain
        }
        K[] items = Lists.items(x).clone();
        if (i.type() < 0) {
            int k = (int) Ints.toLong(i);
            if (k < 0 || k >= items.length) {
                throw QException.length();
            }
            items[k] = value(interp, items[k], fn, y);
        } else {
            int n = i.count();
            boolean spread = y != null && y.type() >= 0 && y.count() == n;
            for (int m = 0; m < n; m++) {
                int k = (int) Ints.toLong(Lists.at(i, m));
                if (k < 0 || k >= items.length) {
                    throw QException.length();
                }
                items[k] = value(interp, items[k], fn, spread ? Lists.at(y, m) : y);
            }
        }
        return typed(x, items);
    }

    private static K dict(Interp interp, Dict d, K key, K fn, K y) {
        if (key.type() >= 0 && !(d.keys().type() == QType.LIST)) {
            K result = d;
            int n = key.count();
            for (int m = 0; m < n; m++) {
                K v = y == null || y.type() < 0 || y.count() != n ? y : Lists.at(y, m);
                result = dict(interp, (Dict) result, Lists.at(key, m), fn, v);
            }
            return result;
        }
        int k = Indexing.find(d.keys(), key);
        K[] keys = Lists.items(d.keys());
        K[] values = Lists.items(d.values()).clone();
        if (k >= 0) {
            values[k] = value(interp, values[k], fn, y);
            return new Dict(d.keys(), Lists.collapse(values));
        }
        K[] newKeys = Arrays.copyOf(keys, keys.length + 1);
        newKeys[keys.length] = key;
        K[] newValues = Arrays.copyOf(values, values.length + 1);
        newValues[values.length] = value(interp, Lists.index(d.values(), -1), fn, y);
        return new Dict(Lists.collapse(newKeys), d.values() instanceof KList && values.length > 0 ? new KList(newValues) : Lists.collapse(newValues));
    }

    private static K value(Interp interp, K current, K fn, K y) {
        if (fn == null || (fn instanceof Builtin && ((Builtin) fn).name().equals(":"))) {
            return y;
        }
        return y == null ? interp.apply(fn, new K[] {current}) : interp.apply(fn, new K[] {current, y});
    }

    private static boolean isSimpleVector(K x) {
        return x.type() > 0 && x.type() <= QType.TIME;
    }

    private static boolean isAssign(K fn) {
        return fn instanceof Builtin && ((Builtin) fn).name().equals(":");
    }

    // A typed vector takes only atoms of its own type: replacement items of another type are 'type (amend.md).
    private static K typed(K x, K[] items) {
        if (!isSimpleVector(x) || items.length == 0) {
            return items.length == 0 ? x : Lists.collapse(items);
        }
        K result = Lists.collapse(items);
        if (result.type() != x.type()) {
            throw QException.type();
        }
        return result;
    }
}
