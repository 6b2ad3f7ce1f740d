package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.io.FileIO;
import io.mserve.engine.ops.PrimitiveCodes;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code key} and {@code value} (which {@code get} is): what a file handle, a name, an
 * enumeration, a dictionary or q text stands for, chosen by the argument.
 */
public final class Values {
    private final Interp interp;
    private final FileIO files;

    public Values(Interp interp, FileIO files) {
        this.interp = interp;
        this.files = files;
    }

    /**
     * {@code key x}: a directory's names or a file's handle; the names in a namespace (or the
     * name of a variable that exists); an enumeration's domain; a dictionary's keys, {@code til}
     * of a count, a vector's type name.
     */
    public K key(K x) {
        if (FileIO.isFile(x)) {
            return FileIO.key(x);
        }
        if (x instanceof SymbolAtom s) {
            return keyOfName(s.value());
        }
        if (Enumeration.domainOf(x) != null) {
            return Q.s(Enumeration.domainOf(x).name());
        }
        return Dicts.key(x);
    }

    /**
     * {@code value x}: a file's data; an enumeration's symbols; q text evaluated; a name's value;
     * a dictionary's values; a view's last value, parse tree, dependencies and text; a list
     * applied, its first item to the rest; a primitive's internal
     * code ({@code value each (::;+;-)} is {@code 0 1 2}); a projection's function and arguments,
     * a composition's functions, a derived function's operand.
     */
    public K value(K x) {
        if (x instanceof View v) {
            return v.metadata(interp);
        }
        if (QType.isFunction(x.type()) && x.wireForm() instanceof Primitive p) {
            return Q.j(p.code());
        }
        if (QType.isFunction(x.type()) && (x.wireForm() instanceof FunctionList || x.wireForm() instanceof Derived)) {
            return parts(x.wireForm());
        }
        if (FileIO.isFile(x)) {
            return files.read(x);
        }
        if (x instanceof Enumeration || x instanceof Enumeration.EnumAtom) {
            return Enumeration.plain(x);
        }
        if (x instanceof ByteVector && x.type() == QType.CHAR) {
            return interp.evaluate(Q.text(x));
        }
        if (x instanceof SymbolAtom s) {
            K v = interp.global(s.value(), interp.namespace());
            if (v == null) {
                throw QException.undefined(s.value());
            }
            return v;
        }
        if (x instanceof Dict d) {
            return d.values();
        }
        if (x instanceof KList l && x.count() > 0) {
            K[] items = l.items();
            K[] rest = Arrays.copyOfRange(items, 1, items.length);
            K fn = items[0].type() == QType.CHAR || items[0].type() == -QType.CHAR ? interp.evaluate(Q.text(items[0])) : items[0];
            return interp.apply(fn, rest);
        }
        throw QException.type();
    }

    // value +[2] is (+;2), value '[f;g] is (f;g), value f/ is f (value.md); an inner hole is ::, trailing ones go.
    private K parts(K wire) {
        if (wire instanceof Derived d) {
            return FunctionWire.local(interp, d.function());
        }
        K[] items = ((FunctionList) wire).items();
        int n = items.length;
        while (n > 1 && items[n - 1].equals(PrimitiveCodes.HOLE)) {
            n--;
        }
        K[] out = new K[n];
        for (int i = 0; i < n; i++) {
            out[i] = items[i].equals(PrimitiveCodes.HOLE) ? Q.NIL : FunctionWire.local(interp, items[i]);
        }
        return new KList(out);
    }

    // key `name: the names in a namespace (` lists the namespaces, `. the root's names), a
    // dictionary's keys, or the name itself when a variable of that name exists.
    private K keyOfName(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (name.isEmpty()) {
            for (String n : new TreeMap<>(interp.globals()).keySet()) {
                if (n.startsWith(".") && n.indexOf('.', 1) > 0) {
                    out.add(n.substring(1, n.indexOf('.', 1)));
                }
            }
            // the namespaces kdb+ 4's q.k makes, in its order
            Set<String> all = new LinkedHashSet<>(List.of("q", "Q", "h", "j", "o"));
            all.addAll(out);
            return Q.syms(all.toArray(new String[0]));
        }
        if (name.equals(".") || (name.startsWith(".") && name.indexOf('.', 1) < 0 && interp.global(name, "") == null)) {
            String prefix = name.equals(".") ? "" : name + ".";
            for (String n : interp.globals().keySet()) {
                if (name.equals(".") ? !n.startsWith(".") : n.startsWith(prefix) && n.indexOf('.', prefix.length()) < 0) {
                    out.add(n.substring(prefix.length()));
                }
            }
            return Q.syms(out.toArray(new String[0]));
        }
        K v = interp.global(name, interp.namespace());
        if (v == null) {
            return new KList();
        }
        if (v instanceof Dict d) {
            return d.keys();
        }
        return Q.s(name);
    }
}
