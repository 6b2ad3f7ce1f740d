package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.Dyad;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;

/** The built-ins that need the interpreter: application ({@code @ .}), evaluation, globals, output, and the {@code n!} system functions. */
final class Core {
    private Core() {}

    static void register(Builtins b, Session session) {
        Interp interp = session.interp();
        b.monad("type", x -> Q.h((short) x.type()));
        b.dyad("@", (f, x) -> interp.apply(f, new K[] {x}));
        b.variadic("@", 4, args -> applyAt(interp, args));
        b.dyad(".", (f, x) -> dotApply(interp, f, x));
        b.variadic(".", 4, args -> dotAmend(interp, args));
        b.monad("value", x -> value(session, x));
        b.monad("get", x -> value(session, x));
        b.monad("eval", x -> ParseTree.eval(interp, x));
        b.monad("parse", x -> {
            java.util.List<io.mserve.engine.parse.Node> s = session.parse(Q.text(x)).statements();
            return ParseTree.of(interp, s.get(s.size() - 1));
        });
        b.dyad("set", (name, v) -> {
            interp.setGlobal(((SymbolAtom) name).value(), v, "");
            return name;
        });
        b.monad("show", x -> {
            session.print(session.console().show(x));
            return Q.NIL;
        });
        // Each operator's unary form is a keyword: -x is neg x, |x reverse x, &x where x ...
        String[][] unary = {{"-", "neg"}, {"|", "reverse"}, {"&", "where"}, {"^", "null"}, {"=", "group"}, {"~", "not"},
            {"_", "floor"}, {"<", "iasc"}, {">", "idesc"}, {"*", "first"}, {"%", "reciprocal"}, {"+", "flip"},
            {"@", "type"}, {".", "value"}};
        for (String[] pair : unary) {
            Builtin glyph = b.get(pair[0]);
            Builtin word = b.get(pair[1]);
            if ((glyph == null || glyph.monad() == null) && word != null && word.monad() != null) {
                b.monad(pair[0], word.monad());
            }
        }
        b.monad("system", x -> session.system(Q.text(x)));
        b.monad("md5", x -> digest("MD5", latin1(x)));
        Builtin keyword = b.get("key");
        io.mserve.engine.ops.Monad listKey = keyword == null ? null : keyword.monad();
        b.monad("key", x -> {
            if (x instanceof SymbolAtom) {
                return session.keyOfName(((SymbolAtom) x).value());
            }
            if (x instanceof io.mserve.engine.value.Enumeration) {
                return Q.s(((io.mserve.engine.value.Enumeration) x).domain());
            }
            if (listKey == null) {
                throw QException.nyi();
            }
            return listKey.apply(x);
        });
        b.monad("exit", x -> Q.NIL);
        b.monad("tables", x -> session.tables());
        b.monad("views", x -> session.views());
        b.monad("view", x -> session.view(((SymbolAtom) x).value()));
        b.variadic("'", 8, args -> new Composition(interp, args));
        b.dyad("'", (f, g) -> new Composition(interp, new K[] {f, g}));
        b.monad("'", f -> new IteratorFn(interp, f, "'"));
        Builtin enlist = b.get("enlist");
        if (enlist != null) {
            b.variadic("enlist", 255, args -> Lists.collapse(args.clone()));
            b.dyad("enlist", (x, y) -> Lists.collapse(new K[] {x, y}));
        }
        b.dyad(":", (x, y) -> y);
        b.dyad("each", (f, x) -> new IteratorFn(interp, f, "'").call(x));
        b.dyad("over", (f, x) -> new IteratorFn(interp, f, "/").call(x));
        b.dyad("scan", (f, x) -> new IteratorFn(interp, f, "\\").call(x));
        b.dyad("prior", (f, x) -> new IteratorFn(interp, f, "':").call(x));
        b.dyad("peach", (f, x) -> new IteratorFn(interp, f, "'").call(x));
        Builtin minus = b.get("-");
        if (b.get("deltas") != null && b.get("deltas").dyad() == null) {
            b.dyad("deltas", (seed, x) -> new IteratorFn(interp, minus, "':").call(seed, x));
        }
        Builtin dollar = b.get("$");
        Dyad cast = dollar == null ? null : dollar.dyad();
        b.dyad("$", (x, y) -> {
            if (x instanceof SymbolAtom && !io.mserve.engine.ops.cast.Dollar.isCastName(((SymbolAtom) x).value())
                    && Enumerations.domain(interp, ((SymbolAtom) x).value()) != null) {
                return Enumerations.enumerate(interp, ((SymbolAtom) x).value(), y, false);
            }
            if (y instanceof io.mserve.engine.value.Enumeration && isIntCast(x)) {
                // an enumeration cast to int is its positions in the domain
                return Q.ints(((io.mserve.engine.value.Enumeration) y).index().clone());
            }
            return cast.apply(x, Enumerations.plain(y));
        });
        Builtin find = b.get("?");
        Dyad listFind = find == null ? null : find.dyad();
        b.dyad("?", (x, y) -> {
            if (x instanceof SymbolAtom && (y.type() == -QType.SYMBOL || y.type() == QType.SYMBOL)) {
                return Enumerations.enumerate(interp, ((SymbolAtom) x).value(), y, true);
            }
            return listFind.apply(Enumerations.plain(x), Enumerations.plain(y));
        });
        Builtin bang = b.get("!");
        Dyad listBang = bang == null ? null : bang.dyad();
        b.dyad("!", (x, y) -> {
            if (x instanceof LongAtom && x.type() == -QType.LONG) {
                long n = ((LongAtom) x).value();
                if (n == Long.MIN_VALUE) {
                    session.print(Console.one(y));
                    return y;
                }
                if (n == -3) {
                    return Q.str(Console.one(y));
                }
                if (n == -8 || n == -18) {
                    byte[] bytes = Encoder.encode(0, y);
                    byte[] packed = n == -18 ? Compression.compress(bytes) : null;
                    return new ByteVector(QType.BYTE, packed == null ? bytes : packed);
                }
                if (n == -33) {
                    return digest("SHA-1", latin1(y));
                }
                if (n == -9) {
                    try {
                        return Decoder.decode(((ByteVector) y).items());
                    } catch (MalformedMessageException | ClassCastException e) {
                        throw QException.type();
                    }
                }
            }
            if ((x.type() == -QType.LONG || x.type() == -QType.INT) && y instanceof SymbolAtom && listBang != null) {
                // n!`t keys (or unkeys) the table named t in place
                String name = ((SymbolAtom) y).value();
                K table = interp.global(name, interp.namespace());
                if (table == null) {
                    throw QException.undefined(name);
                }
                interp.setGlobal(name, listBang.apply(x, table), interp.namespace());
                return y;
            }
            if (x instanceof SymbolAtom && y.type() != QType.SYMBOL && Enumerations.domain(interp, ((SymbolAtom) x).value()) != null
                    && (y.type() == -QType.LONG || y.type() == QType.LONG || y.type() == -QType.INT || y.type() == QType.INT)) {
                return Enumerations.fromIndices(interp, ((SymbolAtom) x).value(), y);
            }
            if (listBang == null) {
                throw QException.nyi();
            }
            return listBang.apply(x, y);
        });
    }

    // @[f;x;e] traps when f is a function; @[x;i;f], @[x;i;f;y] amend.
    private static K applyAt(Interp interp, K[] args) {
        if (args.length == 3 && args[0] instanceof Fn) {
            try {
                return interp.apply(args[0], new K[] {args[1]});
            } catch (QException e) {
                return handled(interp, args[2], e);
            }
        }
        K target = args[0];
        boolean named = target instanceof SymbolAtom;
        K value = named ? interp.global(((SymbolAtom) target).value(), interp.namespace()) : target;
        if (value == null) {
            throw QException.undefined(((SymbolAtom) target).value());
        }
        K result = Amend.at(interp, value, new K[] {args[1]}, args[2], args.length > 3 ? args[3] : null);
        if (named) {
            interp.setGlobal(((SymbolAtom) target).value(), result, "");
            return target;
        }
        return result;
    }

    private static boolean isIntCast(K x) {
        return (x.type() == -QType.CHAR && Q.text(x).equals("i"))
                || (x instanceof SymbolAtom && ((SymbolAtom) x).value().equals("int"));
    }

    /** Forms of ? that must wrap the q-SQL engine's, so registered after it: ?[c;a;b] and ?[t;i;p]. */
    static void registerQueryForms(Builtins b, Interp interp) {
        Builtin query = b.get("?");
        io.mserve.engine.ops.Variadic functional = query == null ? null : query.variadic();
        b.variadic("?", Math.max(4, query == null ? 4 : query.rank()), args -> {
            if (args.length == 3 && args[0] instanceof io.mserve.ipc.value.Table && functional != null) {
                // ?[t;i;p]: simple exec of p over the rows i of t
                K rows = interp.apply(args[0], new K[] {args[1]});
                return functional.apply(new K[] {rows, new KList(), new KList(), args[2]});
            }
            if (args.length == 3) {
                return VectorConditional.apply(args[0], args[1], args[2]);
            }
            if (functional == null) {
                throw QException.nyi();
            }
            return functional.apply(args);
        });
    }

    /** The {@code algorithm} digest of {@code bytes} as a byte vector: md5, -33!, .Q.sha1. */
    static K digest(String algorithm, byte[] bytes) {
        try {
            return new ByteVector(QType.BYTE, java.security.MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw QException.nyi();
        }
    }

    private static byte[] latin1(K text) {
        return Q.text(text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // A trap's handler: a function gets the error's text; any other value is the result.
    private static K handled(Interp interp, K handler, QException e) {
        return handler instanceof Fn ? interp.apply(handler, new K[] {Q.str(e.text())}) : handler;
    }

    private static K dotApply(Interp interp, K f, K args) {
        if (f instanceof Fn || f instanceof SymbolAtom) {
            K[] a = args.type() < 0 ? new K[] {args} : Lists.items(args);
            return interp.apply(f, a.length == 0 ? new K[] {Q.NIL} : a);
        }
        K[] path = args.type() < 0 ? new K[] {args} : Lists.items(args);
        return path.length == 0 ? f : interp.apply(f, path);
    }

    // .[f;args;e] traps; .[x;path;f], .[x;path;f;y] amend at depth.
    private static K dotAmend(Interp interp, K[] args) {
        if (args.length == 3 && args[0] instanceof Fn) {
            try {
                return dotApply(interp, args[0], args[1]);
            } catch (QException e) {
                return handled(interp, args[2], e);
            }
        }
        K target = args[0];
        boolean named = target instanceof SymbolAtom;
        K value = named ? interp.global(((SymbolAtom) target).value(), interp.namespace()) : target;
        K[] path = args[1].type() < 0 ? new K[] {args[1]} : Lists.items(args[1]);
        K result = Amend.at(interp, value, path, args[2], args.length > 3 ? args[3] : null);
        if (named) {
            interp.setGlobal(((SymbolAtom) target).value(), result, "");
            return target;
        }
        return result;
    }

    private static K value(Session session, K x) {
        if (x instanceof io.mserve.engine.value.Enumeration || x instanceof io.mserve.engine.value.Enumeration.EnumAtom) {
            return Enumerations.plain(x);
        }
        if (x instanceof ByteVector && x.type() == QType.CHAR) {
            return session.evaluate(Q.text(x));
        }
        if (x instanceof SymbolAtom) {
            K v = session.interp().global(((SymbolAtom) x).value(), session.interp().namespace());
            if (v == null) {
                throw QException.undefined(((SymbolAtom) x).value());
            }
            return v;
        }
        if (x instanceof io.mserve.ipc.value.Dict) {
            return ((io.mserve.ipc.value.Dict) x).values();
        }
        if (x instanceof KList && x.count() > 0) {
            K[] items = ((KList) x).items();
            K[] rest = java.util.Arrays.copyOfRange(items, 1, items.length);
            K fn = items[0].type() == QType.CHAR || items[0].type() == -QType.CHAR ? session.evaluate(Q.text(items[0])) : items[0];
            return session.interp().apply(fn, rest);
        }
        throw QException.type();
    }
}
