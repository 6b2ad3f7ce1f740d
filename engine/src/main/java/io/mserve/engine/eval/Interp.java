package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.PrimitiveCodes;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.sort.TopRows;
import io.mserve.engine.parse.Node;
import io.mserve.engine.parse.Parser;
import io.mserve.engine.qsql.Append;
import io.mserve.engine.qsql.Evaluator;
import io.mserve.engine.qsql.Names;
import io.mserve.engine.qsql.QSql;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Walks parsed q: names, application, assignment, control, lambdas; q-SQL through {@link QSql}.
 * One per session; not thread-safe.
 */
public final class Interp implements Evaluator {
    private static final int MAX_DEPTH = 2000;

    private final Context context;
    private final Builtins builtins;
    private final QSql queries;
    private final Map<String, K> globals = new HashMap<>();
    // The namespaces that globals were set in, by full name: .fee and .fee.fi for .fee.fi.fo.
    private final Set<String> namespaces = new HashSet<>();
    private final Map<String, View> views = new HashMap<>();
    // Views not evaluated since they were defined or since a global they depend on changed (\B).
    private final Set<String> pendingViews = new TreeSet<>();
    // Views being evaluated: one that reads itself gets its last value
    private final Set<String> readingViews = new HashSet<>();
    private final Backtrace calls = new Backtrace();
    private String namespace = "";
    private int depth;
    private Function<String, K> system = name -> null;
    private Function<String, K> commands = command -> {
        throw QException.nyi();
    };

    /**
     * An interpreter for the session {@code context} stands for.
     *
     * @param primitives makes the session's table of primitives, whose contextual ones use this interpreter
     */
    public Interp(Context context, Function<Interp, Builtins> primitives) {
        this.context = context;
        this.queries = new QSql(this, context);
        this.builtins = primitives.apply(this);
    }

    public Builtins builtins() {
        return builtins;
    }

    /** The q-SQL evaluator: {@code select}, and the functional forms of {@code ?} and {@code !}. */
    public QSql queries() {
        return queries;
    }

    /** The globals by full name ({@code .ns.name}); the live map, read only. */
    public Map<String, K> globals() {
        return globals;
    }

    /** The names defined as views ({@code a::b+c} at the top level). */
    public Set<String> viewNames() {
        return views.keySet();
    }

    /** Views whose value would be computed afresh when next read. */
    public Set<String> pendingViews() {
        return pendingViews;
    }

    /** The current namespace ({@code \d}): empty for the root, else e.g. {@code .foo}. */
    public String namespace() {
        return namespace;
    }

    public void namespace(String ns) {
        namespace = ns;
    }

    /** Parses q text, knowing which names are infix primitives. */
    public Node.Block parse(String text) {
        return Parser.parse(text, builtins::isInfix);
    }

    /** Evaluates q text (all its statements) and returns the last value; text starting with a backslash is a system command. */
    public K evaluate(String text) {
        if (text.startsWith("\\")) {
            return commands.apply(text.substring(1));
        }
        K result = Q.NIL;
        for (Node statement : parse(text).statements()) {
            result = evalTop(statement);
        }
        return result;
    }

    /**
     * Evaluates a statement at the top level. q documents an explicit return {@code :x} only within
     * a lambda (basics/control.md); outside one the engine signals {@code 'nyi} rather than guess.
     */
    public K evalTop(Node n) {
        try {
            return eval(n, null);
        } catch (ReturnValue r) {
            throw QException.nyi();
        }
    }

    @Override
    public K eval(Node n, Object frame) {
        return eval(n, (Frame) frame);
    }

    @Override
    public K evalWith(Node n, Object frame, Map<String, K> names) {
        Map<String, K> locals = new HashMap<>();
        if (frame != null) {
            locals.putAll(((Frame) frame).locals());
        }
        locals.putAll(names);
        Frame outer = (Frame) frame;
        return eval(n, new Frame(locals, outer == null ? namespace : outer.namespace(), outer == null ? null : outer.self()));
    }

    K invoke(LambdaFn fn, List<Node> body, Frame frame) {
        checkInterrupted();
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw new QException("stack");
        }
        calls.push(fn.name(), fn.display());
        try {
            K result = Q.NIL;
            for (Node statement : body) {
                result = eval(statement, frame);
            }
            return body.get(body.size() - 1) instanceof Node.Nothing ? Q.NIL : result;
        } catch (ReturnValue r) {
            return r.value;
        } catch (QException e) {
            if (e.backtrace() == null) {
                e.backtrace(calls.snapshot());
            }
            throw e;
        } finally {
            calls.pop();
            depth--;
        }
    }

    /** The calls under way: what {@code .Q.bt} prints and {@code .Q.trp} gives its handler. */
    public Backtrace backtrace() {
        return calls;
    }

    /** The session this interpreter runs for. */
    public Context context() {
        return context;
    }

    /** The console line or IPC message about to be evaluated: the outermost frame of a backtrace. */
    public void input(String text) {
        calls.input(text);
    }

    /** {@code :x} inside a lambda: unwinds to the call. */
    private static final class ReturnValue extends RuntimeException {
        final K value;

        ReturnValue(K value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private K eval(Node n, Frame f) {
        if (n instanceof Node.Const) {
            return ((Node.Const) n).value();
        }
        if (n instanceof Node.Var) {
            return lookup(((Node.Var) n).name(), f);
        }
        if (n instanceof Node.Monadic) {
            Node.Monadic m = (Node.Monadic) n;
            K x = eval(m.arg(), f);
            K fn = eval(m.fn(), f);
            return applyWritten(fn, new K[] {x});
        }
        if (n instanceof Node.Dyadic) {
            Node.Dyadic d = (Node.Dyadic) n;
            if (d.right() == null) {
                K left = eval(d.left(), f);
                K fn = eval(d.fn(), f);
                if (fn == Q.NIL) {
                    return left; // x :: is x
                }
                return new Projection(this, fn, new K[] {left, null}, 2);
            }
            if (d.fn() instanceof Node.Op take && take.glyph().equals("#") && d.left() instanceof Node.Const
                    && d.right() instanceof Node.Dyadic s && s.right() != null && s.fn() instanceof Node.Var v && v.name().equals("xdesc")) {
                return firstSorted(d, s, f);
            }
            K y = eval(d.right(), f);
            K x = eval(d.left(), f);
            K fn = eval(d.fn(), f);
            return apply(fn, new K[] {x, y});
        }
        if (n instanceof Node.Apply) {
            Node.Apply a = (Node.Apply) n;
            K[] args = new K[a.args().size()];
            for (int i = args.length - 1; i >= 0; i--) {
                Node arg = a.args().get(i);
                args[i] = arg == null ? null : eval(arg, f);
            }
            K fn = eval(a.fn(), f);
            return applyWritten(fn, args);
        }
        if (n instanceof Node.Op) {
            String glyph = ((Node.Op) n).glyph();
            if (glyph.equals("::")) {
                return Q.NIL;
            }
            Builtin b = builtins.get(glyph);
            if (b == null && glyph.length() == 2 && glyph.endsWith(":") && builtins.get(glyph.substring(0, 1)) != null) {
                return new UnaryForm(builtins.get(glyph.substring(0, 1)));
            }
            if (b == null) {
                throw QException.nyi();
            }
            return b;
        }
        if (n instanceof Node.Derived) {
            Node.Derived d = (Node.Derived) n;
            return new IteratorFn(this, eval(d.fn(), f), d.iterator());
        }
        if (n instanceof Node.ListOf) {
            List<Node> items = ((Node.ListOf) n).items();
            K[] out = new K[items.size()];
            boolean holes = false;
            for (int i = out.length - 1; i >= 0; i--) {
                out[i] = items.get(i) == null ? null : eval(items.get(i), f);
                holes |= out[i] == null;
            }
            // (a;;b) is a list with a hole: a projection that its argument fills.
            return holes ? new Projection(this, builtins.get("enlist"), out, out.length) : Lists.collapse(out);
        }
        if (n instanceof Node.Lambda) {
            String outer = calls.innermostName();
            return lambda((Node.Lambda) n, f, outer == null ? null : outer + "@");
        }
        if (n instanceof Node.View v) {
            if (f != null || !namespace.isEmpty()) {
                // views are defined in the root namespace only; elsewhere :: assigns a global
                return eval(new Node.Assign(v.name(), null, null, v.value(), true), f);
            }
            views.put(v.name(), View.of(v, this::isPrimitive));
            globals.remove(v.name());
            pendingViews.add(v.name());
            return Q.NIL;
        }
        if (n instanceof Node.Assign) {
            return assign((Node.Assign) n, f);
        }
        if (n instanceof Node.Match) {
            Node.Match m = (Node.Match) n;
            return Pattern.assign(this, m.pattern(), eval(m.value(), f), f);
        }
        if (n instanceof Node.Control) {
            return control((Node.Control) n, f);
        }
        if (n instanceof Node.Return) {
            throw new ReturnValue(eval(((Node.Return) n).value(), f));
        }
        if (n instanceof Node.Signal) {
            K v = eval(((Node.Signal) n).value(), f);
            if (v instanceof SymbolAtom s) {
                throw new QException(s.value());
            }
            // only a symbol or a string can be signalled
            throw new QException(v.type() == QType.CHAR ? Q.text(v) : "stype");
        }
        if (n instanceof Node.Block) {
            K result = Q.NIL;
            for (Node s : ((Node.Block) n).statements()) {
                result = eval(s, f);
            }
            return result;
        }
        if (n instanceof Node.TableOf) {
            return table((Node.TableOf) n, f);
        }
        if (n instanceof Node.Query) {
            return queries.evaluate((Node.Query) n, f);
        }
        return Q.NIL;
    }

    /** A lambda parameter's pattern: binds its names in the call's frame. */
    void bindPattern(Node pattern, K value, Frame frame) {
        Pattern.assign(this, pattern, value, frame);
    }

    /** Binds a name: a local in a call, else a global in the current namespace. */
    void bind(String name, K value, Frame f) {
        if (f != null) {
            f.locals().put(name, value);
        } else {
            setGlobal(name, value, namespace);
        }
    }

    // n#`c xdesc t, evaluated in the same order: the top rows without the whole sort when xdesc and # are the primitives.
    private K firstSorted(Node.Dyadic take, Node.Dyadic sort, Frame f) {
        K t = eval(sort.right(), f);
        K by = eval(sort.left(), f);
        K xdesc = eval(sort.fn(), f);
        K n = eval(take.left(), f);
        K hash = eval(take.fn(), f);
        K top = xdesc == builtins.get("xdesc") && hash == builtins.get("#") ? TopRows.ofDescending(n, by, t) : null;
        return top != null ? top : apply(hash, new K[] {n, apply(xdesc, new K[] {by, t})});
    }

    private K lookup(String name, Frame f) {
        if (f != null) {
            K local = f.locals().get(name);
            if (local != null) {
                return local;
            }
        }
        K global = global(name, f == null ? namespace : f.namespace());
        if (global != null) {
            return global;
        }
        if (name.equals(".z.s")) {
            if (f == null || f.self() == null) {
                throw QException.undefined(name);
            }
            return f.self();
        }
        View view = views.get(name);
        if (view != null) {
            return read(name, view);
        }
        K q = globals.get(".q." + name);
        if (q != null) {
            return q;
        }
        Builtin b = builtins.get(name.startsWith(".q.") ? name.substring(3) : name);
        if (b != null) {
            return b;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            // t.col is a table's column, d.key a dictionary's entry, d.year a temporal value's field;
            // a name in a namespace (.z.p, .Q.fs) that is not there is undefined, whatever the namespace holds.
            String prefix = name.substring(0, dot);
            if (views.containsKey(prefix)) {
                throw QException.nyi(); // learn/views.md: views do not support dot notation
            }
            K base = name.startsWith(".") ? global(prefix, "") : lookupOrNull(prefix, f);
            K field = Q.s(name.substring(dot + 1));
            if (base instanceof Table || base instanceof Dict && !isNamespace((Dict) base)) {
                return apply(base, new K[] {field});
            }
            if (base instanceof Enumeration e && e.domain().isTable()) {
                return Enumerations.follow(e, name.substring(dot + 1));
            }
            if (base != null && TEMPORAL_FIELDS.contains(name.substring(dot + 1))) {
                return apply(builtins.get("$"), new K[] {field, base});
            }
        }
        throw QException.undefined(name);
    }

    // A view's value: its last while no global it depends on has changed, else computed afresh.
    private K read(String name, View view) {
        if (readingViews.contains(name)) {
            if (view.last() == null) {
                throw new QException("loop");
            }
            return view.last();
        }
        if (view.last() != null && !pendingViews.contains(name)) {
            return view.last();
        }
        readingViews.add(name);
        try {
            K value = eval(view.body(), null);
            views.replace(name, view, view.withLast(value));
            pendingViews.remove(name);
            return value;
        } finally {
            readingViews.remove(name);
        }
    }

    // Setting a global makes the views that depend on it pending, and those that depend on them.
    private void invalidate(String name) {
        for (Map.Entry<String, View> v : views.entrySet()) {
            if (v.getValue().dependsOn(name) && pendingViews.add(v.getKey())) {
                invalidate(v.getKey());
            }
        }
    }

    private boolean isPrimitive(String name) {
        return builtins.get(name) != null || globals.containsKey(".q." + name);
    }

    /** {@code view`v}: the text that defined view v. */
    public K view(K v) {
        View view = v instanceof SymbolAtom s ? views.get(s.value()) : null;
        if (view == null) {
            throw v instanceof SymbolAtom s ? QException.undefined(s.value()) : QException.type();
        }
        return Q.str(view.source());
    }

    private K lookupOrNull(String name, Frame f) {
        try {
            return lookup(name, f);
        } catch (QException e) {
            return null;
        }
    }

    // A namespace read as a value is a dictionary whose first entry is ` mapped to ::.
    private static boolean isNamespace(Dict d) {
        return d.keys() instanceof SymbolVector s && s.count() > 0 && s.items()[0].isEmpty() && Lists.at(d.values(), 0) == Q.NIL;
    }

    // The primitives whose homes take enumerations as they are (keeping them, or comparing their
    // indices); the others see an enumeration as the values it stands for.
    private static final Set<String> MONADS_SEEING_ENUMERATIONS = Set.of(
            "type", "key", "value", "get", "count", "::", "show", ".Q.s", ".Q.s1", "first", "last", "reverse",
            "distinct", "group", "asc", "desc", "iasc", "idesc", "rank", "null", "differ", "raze", "enlist", "prev",
            "next", "attr", "flip", "*", "|", "^", "=", "<", ">", "?", "#", ",", "@", ".", "!", "+");
    private static final Set<String> DYADS_SEEING_ENUMERATIONS = Set.of(
            "$", "?", "!", "@", ".", "#", "_", ",", "=", "<>", "~", "in", "except", "inter", "union", "cut", "sublist",
            "rotate", "xprev", "set", "upsert", "insert", "each", "peach", "over", "scan", "prior", "enlist");

    private static final Set<String> TEMPORAL_FIELDS = Set.of(
            "year", "month", "mm", "dd", "hh", "uu", "ss", "date", "time", "minute", "second", "timespan", "week", "timestamp");

    /** A global by name, looked up first in namespace {@code ns}; null when there is none. */
    public K global(String name, String ns) {
        if (name.startsWith("..")) {
            return globals.get(name.substring(2)); // ..a: the root's a, from any namespace (key.md)
        }
        if (!ns.isEmpty() && !name.startsWith(".")) {
            K v = globals.get(ns + "." + name);
            if (v != null) {
                return v;
            }
        }
        K v = globals.get(name);
        if (v == null && name.startsWith(".")) {
            if (name.indexOf('.', 1) < 0) {
                return namespaceDict(name);
            }
            v = system.apply(name);
            return v == null && namespaces.contains(name) ? namespaceDict(name) : v;
        }
        return v;
    }

    /**
     * Gives the names whose values the session computes when they are read and that no global
     * of that name hides ({@code .z.p}, {@code .z.x} …): {@code values} maps a full name to its
     * value, or to null when it has none.
     */
    public void systemValues(Function<String, K> values) {
        system = values;
    }

    /** Gives the session's system commands, which {@code value "\\cmd"} runs. */
    public void systemCommands(Function<String, K> run) {
        commands = run;
    }

    /**
     * Removes global {@code name} (a full name), as {@code \x} does to a callback; whether there was one.
     *
     * @throws QException when the client's {@link Access} forbids it
     */
    public boolean removeGlobal(String name) {
        Access.requireGlobal(name);
        return globals.remove(name) != null;
    }

    // A namespace read as a value: the dictionary of its names, a namespace within it among them;
    // .q begins with the keywords q.k defines there.
    private K namespaceDict(String ns) {
        Map<String, K> entries = new LinkedHashMap<>();
        if (ns.equals(".q")) {
            for (String keyword : PrimitiveCodes.DOT_Q) {
                K value = globals.getOrDefault(".q." + keyword, builtins.get(keyword));
                if (value != null) {
                    entries.put(keyword, value);
                }
            }
        }
        TreeMap<String, K> defined = new TreeMap<>();
        String prefix = ns + ".";
        for (Map.Entry<String, K> e : globals.entrySet()) {
            String name = e.getKey();
            if (name.startsWith(prefix)) {
                int dot = name.indexOf('.', prefix.length());
                if (dot < 0) {
                    defined.put(name.substring(prefix.length()), e.getValue());
                } else {
                    defined.putIfAbsent(name.substring(prefix.length(), dot), null);
                }
            }
        }
        defined.forEach(entries::putIfAbsent);
        if (entries.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(""));
        List<K> values = new ArrayList<>(List.of(Q.NIL));
        entries.forEach((name, value) -> {
            names.add(name);
            values.add(value != null ? value : namespaceDict(prefix + name));
        });
        return new Dict(new SymbolVector(names.toArray(new String[0])), new KList(values.toArray(new K[0])));
    }

    // The root namespace as a dictionary: `. `v
    private K rootDict() {
        TreeMap<String, K> root = new TreeMap<>();
        globals.forEach((k, v) -> {
            if (!k.startsWith(".")) {
                root.put(k, v);
            }
        });
        root.putAll(views);
        return new Dict(new SymbolVector(root.keySet().toArray(new String[0])), new KList(root.values().toArray(new K[0])));
    }

    /**
     * Sets global {@code name} in namespace {@code ns} (a name starting with a dot is full), as q code does.
     *
     * @throws QException when the client's {@link Access} forbids it
     */
    public void setGlobal(String name, K value, String ns) {
        String full = name.startsWith("..") ? name.substring(2) : !ns.isEmpty() && !name.startsWith(".") ? ns + "." + name : name;
        Access.requireGlobal(full);
        defineGlobal(full, value);
    }

    /** Sets global {@code full} (a full name) for the host, whoever's message is running ({@code .z.H} after {@code hclose}). */
    public void defineGlobal(String full, K value) {
        globals.put(full, value);
        for (int dot = full.indexOf('.', 1); dot > 0 && full.charAt(0) == '.'; dot = full.indexOf('.', dot + 1)) {
            namespaces.add(full.substring(0, dot));
        }
        if (!views.isEmpty()) {
            // a view given a value is a view no more (v::x+y in a lambda)
            if (views.remove(full) != null) {
                pendingViews.remove(full);
            }
            invalidate(full);
        }
    }

    private LambdaFn lambda(Node.Lambda n, Frame f, String name) {
        return new LambdaFn(this, n, f == null ? namespace : f.namespace(), name);
    }

    private K assign(Node.Assign a, Frame f) {
        // f:{...} names the lambda f, as backtraces show it
        K value = a.value() instanceof Node.Lambda l && a.indices() == null && a.op() == null
                ? lambda(l, f, a.name()) : eval(a.value(), f);
        // In a lambda, a: is local and a:: global unless a is a parameter or local; amending a name that is not local amends the global.
        boolean local = f != null && (f.locals().containsKey(a.name())
                || (!a.global() && a.indices() == null && a.op() == null));
        K current = null;
        if (a.op() != null || a.indices() != null) {
            current = local ? f.locals().get(a.name()) : global(a.name(), f == null ? namespace : f.namespace());
        }
        if (current == null && a.indices() == null && a.op() instanceof Node.Op && ((Node.Op) a.op()).glyph().equals(",")) {
            current = new KList(); // x,:y on an undefined x starts from the empty list
        }
        K result;
        if (a.indices() == null) {
            if (a.op() == null) {
                result = value;
            } else {
                if (current == null) {
                    throw QException.undefined(a.name());
                }
                K op = eval(a.op(), f);
                if (op instanceof Builtin b && b.name().equals(",") && current instanceof Enumeration e) {
                    // e,:y enumerates y (join.md) and stays an enumeration of e's domain
                    result = apply(op, new K[] {current, Enumerations.into(e.domain(), value)});
                } else {
                    // x,:y is Append, not x:x,y: it keeps x's type
                    result = op instanceof Builtin b && b.name().equals(",") ? Append.append(current, value)
                            : apply(op, new K[] {current, value});
                }
            }
        } else {
            if (current == null) {
                throw QException.undefined(a.name());
            }
            K[] idx = new K[a.indices().size()];
            for (int i = idx.length - 1; i >= 0; i--) {
                Node in = a.indices().get(i);
                idx[i] = in == null ? null : eval(in, f);
            }
            K fn = a.op() == null ? null : eval(a.op(), f);
            result = Amend.at(this, current, idx, fn, value);
        }
        if (local) {
            f.locals().put(a.name(), result);
        } else {
            setGlobal(a.name(), result, f == null ? namespace : f.namespace());
        }
        if (a.op() != null) {
            // x+:y is worth the new x, a[i]+:y the new a[i]
            return a.indices() == null ? result : Indexing.index(this, result, amendPath(a, f));
        }
        return value;
    }

    private K[] amendPath(Node.Assign a, Frame f) {
        K[] idx = new K[a.indices().size()];
        for (int i = 0; i < idx.length; i++) {
            Node in = a.indices().get(i);
            idx[i] = in == null ? Q.NIL : eval(in, f);
        }
        return idx;
    }

    private K control(Node.Control c, Frame f) {
        List<Node> p = c.parts();
        switch (c.kind()) {
            case ":": {
                K subject = eval(p.get(0), f);
                int i = 1;
                for (; i + 1 < p.size(); i += 2) {
                    if (Pattern.matches(this, p.get(i), subject, f)) {
                        return eval(p.get(i + 1), f);
                    }
                }
                return i < p.size() ? eval(p.get(i), f) : Q.NIL;
            }
            case "$": {
                int i = 0;
                for (; i + 1 < p.size(); i += 2) {
                    if (truthy(eval(p.get(i), f))) {
                        return eval(p.get(i + 1), f);
                    }
                }
                return i < p.size() ? eval(p.get(i), f) : Q.NIL;
            }
            case "if":
                if (truthy(eval(p.get(0), f))) {
                    for (int i = 1; i < p.size(); i++) {
                        if (p.get(i) != null) {
                            eval(p.get(i), f);
                        }
                    }
                }
                return Q.NIL;
            case "do": {
                long n = Ints.toLong(eval(p.get(0), f));
                for (long k = 0; k < n; k++) {
                    checkInterrupted();
                    for (int i = 1; i < p.size(); i++) {
                        if (p.get(i) != null) {
                            eval(p.get(i), f);
                        }
                    }
                }
                return Q.NIL;
            }
            default:
                while (truthy(eval(p.get(0), f))) {
                    for (int i = 1; i < p.size(); i++) {
                        if (p.get(i) != null) {
                            eval(p.get(i), f);
                        }
                    }
                }
                return Q.NIL;
        }
    }

    private K table(Node.TableOf t, Frame f) {
        if (t.columns().isEmpty() && !t.keys().isEmpty()) {
            return dictionary(t.keys(), f);
        }
        Table values = columns(t.columns(), f, 0);
        if (t.keys().isEmpty()) {
            return values;
        }
        Table keys = columns(t.keys(), f, values.data().length);
        if (keys.count() != values.count()) {
            throw QException.length(); // a keyed table has one value row per key row
        }
        return new Dict(keys, values);
    }

    // ([a:1;b:2]), the dictionary literal of q 4.1: keys named as table columns are; a missing value makes a projection.
    private K dictionary(List<Node.Column> entries, Frame f) {
        String[] names = new String[entries.size()];
        K[] values = new K[entries.size()];
        int holes = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Node.Column c = entries.get(i);
            names[i] = c.name() != null ? c.name() : derivedName(c.value(), i);
            values[i] = c.value() instanceof Node.Nothing ? null : eval(c.value(), f);
            holes += values[i] == null ? 1 : 0;
        }
        K keys = Q.syms(names);
        if (holes == 0) {
            return new Dict(keys, Lists.collapse(values));
        }
        K bang = new Projection(this, builtins.get("!"), new K[] {keys, null}, 2);
        return Composition.of(this, new K[] {bang, new Projection(this, builtins.get("enlist"), values, holes)});
    }

    private Table columns(List<Node.Column> cols, Frame f, int offset) {
        String[] names = new String[cols.size()];
        K[] data = new K[cols.size()];
        int rows = -1;
        for (int i = cols.size() - 1; i >= 0; i--) {
            Node.Column c = cols.get(i);
            names[i] = c.name() != null ? c.name() : derivedName(c.value(), i + offset);
            data[i] = eval(c.value(), f);
            if (data[i].type() >= 0 && data[i].type() < QType.TABLE) {
                rows = data[i].count();
            }
        }
        for (int i = 0; i < data.length; i++) {
            if (data[i].type() < 0) {
                data[i] = Lists.repeat(data[i], rows < 0 ? 1 : rows);
            } else if (rows >= 0 && data[i].count() != rows) {
                throw QException.length();
            }
        }
        return new Table(Q.syms(names), data);
    }

    /** The column name q gives an unnamed column expression, as in q-SQL; else x, x1, ... */
    static String derivedName(Node n, int index) {
        String name = Names.derive(n);
        return name != null ? name : index == 0 ? "x" : "x" + index;
    }

    /** Applies a function to arguments, or indexes a list, dictionary or table. Null arguments are holes: the result projects. */
    @Override
    public K apply(K fn, K[] args) {
        boolean holes = false;
        for (K a : args) {
            holes |= a == null;
        }
        if (fn instanceof Fn) {
            Fn f = (Fn) fn;
            if (holes) {
                if (f instanceof LambdaFn && args.length > f.rank()) {
                    throw QException.rank();
                }
                // A primitive projects over the slots written: ?[x;] takes one more argument.
                return new Projection(this, fn, args, f instanceof Builtin ? args.length : f.rank());
            }
            if (f instanceof Builtin) {
                Builtin b = (Builtin) f;
                if (Enumeration.any(args)
                        && !(args.length == 1 ? MONADS_SEEING_ENUMERATIONS : DYADS_SEEING_ENUMERATIONS).contains(b.name())) {
                    // the others see an enumeration as its values
                    args = args.clone();
                    for (int i = 0; i < args.length; i++) {
                        args[i] = Enumeration.plain(args[i]);
                    }
                }
                boolean callable = (args.length == 1 && b.monad() != null) || (args.length == 2 && b.dyad() != null)
                        || args.length > 2;
                return callable ? b.call(args) : new Projection(this, fn, args, b.rank());
            }
            if (args.length < f.rank() && !(f instanceof IteratorFn)) {
                return new Projection(this, fn, args, f.rank());
            }
            return f.call(args);
        }
        if (fn == Q.NIL && args.length == 1) {
            return args[0];
        }
        if (fn instanceof Partitioned) {
            throw Partitioned.unsupported(); // kdb+ indexes no partitioned table: select from it
        }
        if (fn instanceof SymbolAtom && holes) {
            // `f[5;] projects the function the name holds
            K target = global(((SymbolAtom) fn).value(), namespace);
            if (target != null) {
                return apply(target, args);
            }
        }
        if (fn.type() == -QType.INT || fn.type() == -QType.LONG) {
            long h = fn instanceof IntAtom ? ((IntAtom) fn).value() : ((LongAtom) fn).value();
            K sent = h == (int) h ? context.connections().send((int) h, args) : null;
            if (sent != null) {
                return sent;
            }
        }
        if (holes) {
            // Elided indices select everything: m[;1] is column 1 of every row.
            args = args.clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    args[i] = Q.NIL;
                }
            }
        }
        if (fn instanceof SymbolAtom && args.length >= 1) {
            String name = ((SymbolAtom) fn).value();
            if (name.equals(".") || (name.startsWith(".") && name.indexOf('.', 1) < 0 && global(name, "") == null)) {
                K ns = name.equals(".") ? rootDict() : namespaceDict(name);
                if (ns == null) {
                    throw QException.undefined(name);
                }
                return apply(ns, args);
            }
            K target = global(name, namespace);
            if (target == null && name.startsWith(".q.")) {
                target = builtins.get(name.substring(3));
            }
            if (target == null) {
                throw QException.undefined(((SymbolAtom) fn).value());
            }
            return apply(target, args);
        }
        return Indexing.index(this, fn, args);
    }

    // An int written before a value is a handle, written to: 10 deltas y is 10 (deltas y), and 10 is not open.
    private K applyWritten(K fn, K[] args) {
        if ((fn.type() == -QType.INT || fn.type() == -QType.LONG) && args.length == 1 && args[0] != null
                && args[0] != Q.NIL && !isHandle(fn)) {
            long h = fn instanceof IntAtom i ? (i.value() == QNull.INT ? QNull.LONG : i.value()) : ((LongAtom) fn).value();
            if (h != QNull.LONG) {
                throw QException.notOpen(Math.abs(h));
            }
        }
        return apply(fn, args);
    }

    /** Whether {@code x} is a connection handle (0, 1, 2 or one opened): an int or long atom the session writes to. */
    boolean isHandle(K x) {
        long h = x.type() == -QType.INT ? ((IntAtom) x).value() : x.type() == -QType.LONG ? ((LongAtom) x).value() : 0;
        boolean handle = x.type() == -QType.INT || x.type() == -QType.LONG;
        return handle && h == (int) h && h != Integer.MIN_VALUE && context.connections().isOpen((int) h);
    }

    // A runaway loop ends when its thread is interrupted (the conformance runner's timeout, a client gone).
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new QException("stop");
        }
    }

    public static boolean truthy(K v) {
        checkInterrupted();
        if (v instanceof ByteAtom) {
            return ((ByteAtom) v).value() != 0;
        }
        if (v instanceof ShortAtom) {
            return ((ShortAtom) v).value() != 0;
        }
        if (v instanceof IntAtom) {
            return ((IntAtom) v).value() != 0;
        }
        if (v instanceof LongAtom) {
            return ((LongAtom) v).value() != 0;
        }
        if (v instanceof FloatAtom) {
            return ((FloatAtom) v).value() != 0;
        }
        if (v instanceof RealAtom) {
            return ((RealAtom) v).value() != 0;
        }
        if (v instanceof ByteVector && v.count() > 0) {
            return true;
        }
        throw QException.type();
    }

}
