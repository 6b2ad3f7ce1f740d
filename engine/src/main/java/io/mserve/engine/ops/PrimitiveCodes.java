package io.mserve.engine.ops;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each primitive travels, as kdb+ lays it out: a native primitive by its code (unary 101,
 * operator 102, iterator 103), and a keyword kdb+ defines in q by what its definition is there
 * (a derived function, a composition, a projection). Keywords kdb+ defines as k lambdas, and
 * names of ours kdb+ does not have, travel as a q lambda that applies the name, in the name's
 * context: {@code {til x}} in {@code q}, {@code {.Q.s x}} in {@code Q}, {@code {xbar[x;y]}};
 * kdb+ can read and run them, and this engine reads them back as the primitive. Source: the
 * definitions in kdb+ 4.0's q.k and kb/serialization.md.
 */
public final class PrimitiveCodes {
    private PrimitiveCodes() {}

    /**
     * The names kdb+ 4.1's q.k defines in {@code .q}, in its order: the {@code .q} namespace,
     * where a k form is looked up by value ({@code .q?(+:)} is {@code `flip}, basics/parsetrees.md).
     */
    public static final List<String> DOT_Q = List.of(("neg not null string reciprocal floor ceiling signum mod xbar"
            + " xlog and or each scan over prior mmu lsq inv md5 ltime gtime count first svar sdev scov med all any rand"
            + " sums prds mins maxs fills deltas ratios avgs differ prev next rank reverse iasc idesc asc desc msum mcount"
            + " mavg mdev xrank mmin mmax xprev rotate ema distinct group where flip type key til value get attr cut set"
            + " upsert raze union inter except cross sv vs sublist read0 read1 hclose hdel hsym hcount peach system ltrim"
            + " rtrim trim lower upper ssr view tables views cols xcols keys xkey xcol xasc xdesc fkeys meta lj ljf aj aj0"
            + " ajf ajf0 ij ijf pj asof uj ujf ww wj wj1 fby xgroup ungroup ej save load rsave rload dsave show csv parse"
            + " eval reval").split(" "));

    /** The hole of a projection, {@code f[;1]}: unary primitive 0xff. */
    public static final Primitive HOLE = new Primitive(QType.UNARY_PRIMITIVE, 0xff);

    private static final String GLYPHS = ":+-*%&|^=<>$,#_~!?@.";
    private static final String[] ITERATORS = {"'", "/", "\\", "':", "/:", "\\:"};
    private static final Pattern UNARY = Pattern.compile("\\{([.\\w]+) x\\}");
    private static final Pattern APPLIED = Pattern.compile("\\{(?:\\[[\\w;]+\\])?([.\\w]+)\\[[\\w;]+\\]\\}");

    /** Engine name to wire form, for the names whose form is not the generic lambda. */
    private static final Map<String, K> WIRE = new HashMap<>();
    /** Wire form to the engine names it stands for, preferred first. */
    private static final Map<K, List<String>> NAMES = new HashMap<>();

    static {
        String[] unaryNames = {
            null, "flip", "neg", "first", "reciprocal", "where", "reverse", "null", "group", null, "hclose", "string",
            null, "count", "floor", "not", "key", "distinct", "type", "value", "read0", "read1", null,
            "avg", "last", "sum", "prd", "min", "max", "exit", "getenv", "abs", "sqrt", "log", "exp", "sin", "asin",
            "cos", "acos", "tan", "atan", "enlist", "var", "dev"};
        for (int code = 1; code < unaryNames.length; code++) {
            String glyph = code < GLYPHS.length() ? GLYPHS.charAt(code) + ":" : code <= 0x16 ? (code - 0x14) + "::" : null;
            add(new Primitive(QType.UNARY_PRIMITIVE, code), unaryNames[code], glyph);
        }
        // q.k gives one code several names: the first is the one a received code becomes. inv (!:)
        // and lsq (!) travel as lambdas instead: this engine's key and ! have no matrix forms, so
        // their codes would come back as wrong answers.
        alias("ltime", "reciprocal");
        alias("hdel", "not");
        alias("get", "value");
        String[] operatorNames = {
            "in", "within", "like", "bin", "ss", "insert", "wsum", "wavg", "div", "xexp", "setenv", "binr", "cov", "cor"};
        for (int code = 0; code < GLYPHS.length() + 3 + operatorNames.length; code++) {
            String name = code < GLYPHS.length() ? String.valueOf(GLYPHS.charAt(code))
                    : code <= 0x16 ? (code - 0x14) + ":" : operatorNames[code - 0x17];
            add(new Primitive(QType.OPERATOR, code), name);
        }
        alias("and", "&");
        alias("or", "|");
        alias("mmu", "$");
        for (int code = 0; code < ITERATORS.length; code++) {
            add(new Primitive(QType.ITERATOR, code), ITERATORS[code]);
        }
        derived("raze", QType.OVER, ',');
        derived("sums", QType.SCAN, '+');
        derived("prds", QType.SCAN, '*');
        derived("mins", QType.SCAN, '&');
        derived("maxs", QType.SCAN, '|');
        derived("fills", QType.SCAN, '^');
        derived("deltas", QType.EACH_PRIOR, '-');
        derived("ratios", QType.EACH_PRIOR, '%');
        derived("prev", QType.EACH_PRIOR, ':');
        K toBoolean = new FunctionList(QType.PROJECTION, new K[] {operator('$'), Q.c('b')});
        add(composition(unary("min"), toBoolean), "all");
        add(composition(unary("max"), toBoolean), "any");
        add(composition(unary("not"), operator('=')), "<>");
        add(composition(unary("not"), operator('>')), "<=");
        add(composition(unary("not"), operator('<')), ">=");
        internal("md5", -15);
        internal("attr", -2);
        internal("hcount", -7);
        internal("eval", -6);
        internal("reval", -24);
        add(new FunctionList(QType.PROJECTION, new K[] {operator('.'), HOLE, new KList(), operator(','), HOLE}), "upsert");
        // ref/hopen.md: "For IPC compatibility, it serializes to {hopen x}"; its code 0x2c is read too.
        add(new Lambda("", "{hopen x}"), "hopen");
        NAMES.put(new Primitive(QType.UNARY_PRIMITIVE, 0x2c), List.of("hopen"));
    }

    /** How {@code b} travels. */
    public static K wire(Builtin b) {
        K known = WIRE.get(b.name());
        return known != null ? known : lambda(b);
    }

    /**
     * How kdb+ shows {@code b}: the k form of its definition there when that is native ({@code #:}
     * for {@code count}, {@code -':} for {@code deltas}, {@code ~>} for {@code <=}, {@code like}),
     * else its name (a keyword kdb+ writes as a k lambda or a projection, or one it lacks).
     */
    public static String display(Builtin b) {
        String k = kForm(WIRE.get(b.name()), true);
        return k != null ? k : b.name();
    }

    // A primitive, derived function or composition of primitives in k: a unary glyph has its colon
    // only where it ends the train ({@code ~:} alone, {@code ~>} composed); null for anything else.
    private static String kForm(K wire, boolean last) {
        if (wire instanceof Primitive p) {
            int code = p.code();
            if (p.type() == QType.ITERATOR) {
                return ITERATORS[code];
            }
            if (p.type() == QType.OPERATOR || code >= GLYPHS.length() + 3) {
                return NAMES.get(p).get(0);
            }
            if (code == 0) {
                return "::";
            }
            String glyph = code < GLYPHS.length() ? String.valueOf(GLYPHS.charAt(code)) : (code - 0x14) + ":";
            return last ? glyph + ":" : glyph;
        }
        if (wire instanceof Derived d) {
            String f = kForm(d.function(), true);
            return f == null ? null : f + iterator(d.type());
        }
        if (wire instanceof FunctionList f && f.type() == QType.COMPOSITION) {
            StringBuilder b = new StringBuilder();
            K[] items = f.items();
            for (int i = 0; i < items.length; i++) {
                String k = kForm(items[i], i == items.length - 1);
                if (k == null) {
                    return null;
                }
                b.append(k);
            }
            return b.toString();
        }
        return null;
    }

    /** How the unary form of operator {@code glyph} ({@code #:}) travels; null when it has none. */
    public static K unaryForm(String glyph) {
        K wire = WIRE.get(glyph + ":");
        return wire != null && wire.type() == QType.UNARY_PRIMITIVE ? wire : null;
    }

    /**
     * The engine names a received primitive, derived function, composition, projection or
     * lambda may stand for, preferred first (a unary form is its glyph and a colon, {@code #:});
     * empty when it stands for none. The caller checks that the one it finds travels as {@code wire}.
     */
    public static List<String> names(K wire) {
        List<String> known = NAMES.get(wire);
        if (known != null) {
            return known;
        }
        if (wire instanceof Lambda l) {
            Matcher m = UNARY.matcher(l.source());
            if (m.matches() || (m = APPLIED.matcher(l.source())).matches()) {
                return List.of(m.group(1));
            }
        }
        return List.of();
    }

    /** The iterator a derived function's type (106..111) stands for: {@code '} for 106. */
    public static String iterator(int type) {
        return ITERATORS[type - QType.EACH];
    }

    /** The type (106..111) of a function derived by {@code iterator}. */
    public static int derivedType(String iterator) {
        return QType.EACH + List.of(ITERATORS).indexOf(iterator);
    }

    // A name kdb+ defines as a k lambda, or does not have: {n x}, {n[x;y]}, {[x1;..;x4]n[x1;..;x4]}.
    private static K lambda(Builtin b) {
        String name = b.name();
        int rank = b.monad() != null && b.dyad() == null && b.variadic() == null ? 1 : b.rank();
        String source;
        if (rank == 1) {
            source = "{" + name + " x}";
        } else if (rank <= 3) {
            String args = rank == 2 ? "x;y" : "x;y;z";
            source = "{" + name + "[" + args + "]}";
        } else {
            StringBuilder args = new StringBuilder();
            for (int i = 1; i <= rank; i++) {
                args.append(i > 1 ? ";" : "").append('x').append(i);
            }
            source = "{[" + args + "]" + name + "[" + args + "]}";
        }
        // The context is the name's namespace without its dot: q for keywords, Q for .Q.s.
        String context = name.startsWith(".") ? name.substring(1, Math.max(1, name.indexOf('.', 1))) : "q";
        return new Lambda(context, source);
    }

    private static void add(K wire, String... names) {
        List<String> present = Arrays.stream(names).filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return;
        }
        NAMES.put(wire, present);
        for (String n : present) {
            WIRE.put(n, wire);
        }
    }

    // Another name for the wire form of name, never what a received one becomes.
    private static void alias(String alias, String name) {
        WIRE.put(alias, WIRE.get(name));
    }

    private static void derived(String name, int type, char glyph) {
        add(new Derived(type, operator(glyph)), name);
    }

    private static void internal(String name, long code) {
        add(new FunctionList(QType.PROJECTION, new K[] {operator('!'), Q.j(code)}), name);
    }

    private static K composition(K outer, K inner) {
        return new FunctionList(QType.COMPOSITION, new K[] {outer, inner});
    }

    private static K operator(char glyph) {
        return new Primitive(QType.OPERATOR, GLYPHS.indexOf(glyph));
    }

    private static K unary(String name) {
        return WIRE.get(name);
    }
}
