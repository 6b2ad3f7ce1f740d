package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pattern assignment (basics/pattern.md): {@code (a;b):x}, {@code (k!v):d}, {@code ([k:a] c:b):t},
 * {@code (flip([a;b])):t}, a name with an index {@code (a[i]):x} (also written {@code (a i):x}, the
 * same parse tree), type checks {@code p:`t} and filters {@code p:f}. The names are bound only when
 * the whole pattern matches: a failure leaves every name as it was.
 */
final class Pattern {
    private final Interp interp;
    private final Frame frame;
    private final Map<String, K> bound = new LinkedHashMap<>();
    private final List<Node.Assign> amends = new ArrayList<>();

    private Pattern(Interp interp, Frame frame) {
        this.interp = interp;
        this.frame = frame;
    }

    /** Binds the names of {@code pattern} to the parts of {@code value}; the value as the pattern's filters leave it. */
    static K assign(Interp interp, Node pattern, K value, Frame frame) {
        Pattern p = new Pattern(interp, frame);
        K result = p.match(pattern, value);
        p.bound.forEach((name, v) -> interp.bind(name, v, frame));
        p.amends.forEach(a -> interp.eval(a, frame));
        return result;
    }

    /** A pattern of {@code :[x;p;r;...]}: whether it matches, binding its names when it does. */
    static boolean matches(Interp interp, Node pattern, K value, Frame frame) {
        try {
            assign(interp, pattern, value, frame);
            return true;
        } catch (QException e) {
            return false;
        }
    }

    private K match(Node pattern, K value) {
        if (pattern == null || pattern instanceof Node.Nothing) {
            return value;
        }
        if (pattern instanceof Node.Var v) {
            bound.put(v.name(), value);
            return value;
        }
        if (pattern instanceof Node.Assign a && a.indices() == null && a.op() == null) {
            K result = filter(a.value(), value);
            bound.put(a.name(), result);
            return result;
        }
        if (pattern instanceof Node.Apply a && isName(a.fn())) {
            return amend(((Node.Var) a.fn()).name(), a.args(), value);
        }
        if (pattern instanceof Node.Monadic m && isName(m.fn())) {
            return amend(((Node.Var) m.fn()).name(), List.of(m.arg()), value);
        }
        if (pattern instanceof Node.Return r) {
            return filter(r.value(), value);
        }
        if (pattern instanceof Node.Match inner) {
            // ((a;b):`F) checks or filters the whole value, then destructures it
            return match(inner.pattern(), filter(inner.value(), value));
        }
        if (pattern instanceof Node.ListOf l) {
            return list(l.items(), value);
        }
        if (pattern instanceof Node.TableOf t) {
            return table(t, value);
        }
        if (pattern instanceof Node.Monadic m && m.fn() instanceof Node.Var v && v.name().equals("flip")) {
            // (flip p):t matches the table's columns as a dictionary
            if (!(value instanceof Table)) {
                throw QException.type();
            }
            return Dicts.flip(match(m.arg(), Dicts.flip(value)));
        }
        if (pattern instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && op.glyph().equals("!")) {
            return d.right() instanceof Node.ListOf names ? entries(d.left(), names.items(), value) : keysAndValues(d, value);
        }
        K expected = interp.eval(pattern, frame);
        if (!Interp.truthy(interp.apply(interp.builtins().get("~"), new K[] {expected, value}))) {
            throw new QException("match");
        }
        return value;
    }

    // A name, not a keyword: only a name can be given an index.
    private boolean isName(Node n) {
        return n instanceof Node.Var v && interp.builtins().get(v.name()) == null;
    }

    // The index is a value, not a pattern: evaluated now, the amend made with the other bindings.
    private K amend(String name, List<Node> index, K value) {
        List<Node> at = new ArrayList<>(index.size());
        for (Node i : index) {
            at.add(i == null ? null : new Node.Const(interp.eval(i, frame)));
        }
        amends.add(new Node.Assign(name, at, null, new Node.Const(value), false));
        return value;
    }

    private K list(List<Node> items, K value) {
        if (value.type() < 0 || value.count() != items.size()) {
            throw QException.length();
        }
        K[] out = new K[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = match(items.get(i), Lists.at(value, i));
        }
        return Lists.collapse(out);
    }

    // (k!v):d binds the keys and the values; (k!):d the keys alone.
    private K keysAndValues(Node.Dyadic pattern, K value) {
        if (!(value instanceof Dict d)) {
            throw QException.type();
        }
        return new Dict(match(pattern.left(), d.keys()), match(pattern.right(), d.values()));
    }

    // keys!(names): each key must be in the dictionary; its value binds the name in the same place.
    private K entries(Node keyNode, List<Node> names, K value) {
        K[] keys = Lists.items(interp.eval(keyNode, frame));
        if (!(value instanceof Dict d) || keys.length != names.size()) {
            throw new QException("match");
        }
        K[] values = Lists.items(d.values());
        for (int i = 0; i < keys.length; i++) {
            int at = position(d.keys(), keys[i]);
            values[at] = match(names.get(i), values[at]);
        }
        return new Dict(d.keys(), Lists.collapse(values));
    }

    // ([k:a] c:b) against a keyed table, ([] c:b) against a table, ([k:a]) or ([a;b]) against a dictionary keyed by symbols.
    private K table(Node.TableOf pattern, K value) {
        if (value instanceof Dict d && !d.isKeyedTable()) {
            K[] values = Lists.items(d.values());
            for (Node.Column c : pattern.keys()) {
                int at = position(d.keys(), Q.s(name(c)));
                values[at] = match(c.value(), values[at]);
            }
            return new Dict(d.keys(), Lists.collapse(values));
        }
        Table keys = value instanceof Dict d ? (Table) d.keys() : null;
        Table values = value instanceof Dict d ? (Table) d.values() : value instanceof Table t ? t : null;
        if (values == null || (!pattern.keys().isEmpty() && keys == null)) {
            throw QException.type();
        }
        Table k = columns(pattern.keys(), keys);
        Table v = columns(pattern.columns(), values);
        return keys == null ? v : new Dict(k, v);
    }

    private Table columns(List<Node.Column> pattern, Table t) {
        if (pattern.isEmpty()) {
            return t;
        }
        K[] data = t.data().clone();
        for (Node.Column c : pattern) {
            int at = position(t.columns(), Q.s(name(c)));
            data[at] = match(c.value(), data[at]);
        }
        return new Table(t.columns(), data);
    }

    // ([a;b]) names each entry by the variable it binds.
    private static String name(Node.Column c) {
        if (c.name() != null) {
            return c.name();
        }
        if (c.value() instanceof Node.Var v) {
            return v.name();
        }
        throw QException.type();
    }

    private static int position(K keys, K key) {
        int i = Indexing.find(keys, key);
        if (i < 0) {
            throw new QException("match");
        }
        return i;
    }

    // The :`t type check or :f filter of a pattern.
    private K filter(Node check, K value) {
        K c = interp.eval(check, frame);
        if (c instanceof SymbolAtom s) {
            String letter = s.value();
            boolean typed = letter.length() == 1 && QType.letter(value.type()) == Character.toLowerCase(letter.charAt(0))
                    && Character.isUpperCase(letter.charAt(0)) == (value.type() >= 0);
            if (!typed) {
                throw QException.type();
            }
            return value;
        }
        return interp.apply(c, new K[] {value});
    }
}
