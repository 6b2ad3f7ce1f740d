package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.math.Matrices;
import io.mserve.engine.ops.time.Parts;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;

/**
 * The binary {@code $}: Cast ({@code "i"$x}, {@code `date$x}, {@code 6h$x}, {@code `year$x}),
 * Tok ({@code "J"$"42"}, {@code `$"a"}), Pad ({@code 10$"abc"}), the float matrix product, and
 * Enumerate ({@code `sym$x} with a name that is no type but a domain).
 */
public final class Dollar {
    private Dollar() {}

    /** Whether {@code `name$x} is a cast (a type name, a temporal part, or the null symbol) rather than an enumeration. */
    public static boolean isCastName(String name) {
        return name.isEmpty() || Datatypes.ofName(name) > 0 || Parts.isPart(name);
    }

    /** {@code x$y}: an enumeration when x names a domain, an enumeration's positions cast to int or long, else {@link #apply(K, K)}. */
    public static K apply(Context ctx, K x, K y) {
        if (x instanceof SymbolAtom s && !isCastName(s.value()) && Enumerations.isDomain(ctx, s.value())) {
            return Enumerations.enumerate(ctx, s.value(), y, false);
        }
        int t = Enumeration.domainOf(y) != null ? positionType(x) : 0;
        if (t != 0) {
            // an enumeration cast to int or long is its positions in the domain
            long[] p = y instanceof Enumeration e ? e.index() : new long[] {((Enumeration.EnumAtom) y).index()};
            K positions = t == QType.LONG ? Q.longs(p.clone()) : cast(QType.INT, Q.longs(p));
            return y.type() < 0 ? Lists.at(positions, 0) : positions;
        }
        return apply(x, Enumeration.plain(y), ctx.dayFirst() ? Tok.DAY_FIRST : Tok.MONTH_FIRST);
    }

    // int or long when x names one of them ("i", `int, 6h ...), else 0
    private static int positionType(K x) {
        int t = 0;
        if (x.type() == -QType.CHAR) {
            t = " bg xhijefcspmdznuvt".indexOf(Q.text(x).charAt(0));
        } else if (x instanceof SymbolAtom s) {
            t = Datatypes.ofName(s.value());
        } else if (x instanceof ShortAtom h) {
            t = h.value();
        }
        return t == QType.INT || t == QType.LONG ? t : 0;
    }

    /** Cast, Tok, Pad or the matrix product: {@code x$y} of plain values, dates read month first. */
    public static K apply(K x, K y) {
        return apply(x, y, Tok.MONTH_FIRST);
    }

    private static K apply(K x, K y, Tok tok) {
        switch (x.type()) {
            case -QType.SYMBOL: {
                String name = ((SymbolAtom) x).value();
                if (name.isEmpty()) {
                    return tok.tok(QType.SYMBOL, y);
                }
                int t = Datatypes.ofName(name);
                if (t > 0) {
                    return cast(t, y);
                }
                if (Parts.isPart(name)) {
                    return parts(name, y);
                }
                throw QException.type();
            }
            case -QType.CHAR: {
                char c = (char) (((ByteAtom) x).value() & 0xFF);
                if (c == '*') {
                    return y;
                }
                int t = " bg xhijefcspmdznuvt".indexOf(Character.toLowerCase(c));
                if (t <= 0 || c == ' ') {
                    throw QException.type();
                }
                return Character.isUpperCase(c) ? tok.tok(t, y) : cast(t, y);
            }
            case -QType.SHORT: {
                int t = ((ShortAtom) x).value();
                if (t == 0) {
                    return y;
                }
                if (Math.abs(t) > QType.TIME || t == 3 || t == -3) {
                    throw QException.type();
                }
                return t > 0 ? cast(t, y) : tok.tok(-t, y);
            }
            case -QType.INT:
                return Pad.pad(((IntAtom) x).value(), y);
            case -QType.LONG:
                return Pad.pad(((LongAtom) x).value(), y);
            default:
                break;
        }
        if (isFloats(x) || isMatrix(x)) {
            return Matrices.product(x, y);
        }
        if (Lists.isList(x)) {
            return eachLeft(x, y, tok);
        }
        throw QException.type();
    }

    /** Cast of {@code y} to vector type {@code t}, through lists, dictionaries and tables. */
    static K cast(int t, K y) {
        if (y instanceof KList && y.count() == 0) {
            return Lists.empty(t); // `float$() is the typed empty list a schema is made of
        }
        if (y instanceof KList) {
            K[] items = ((KList) y).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = cast(t, items[i]);
            }
            return Lists.collapse(out);
        }
        if (y instanceof Dict) {
            Dict d = (Dict) y;
            return new Dict(d.keys(), cast(t, d.values()), d.isSorted());
        }
        if (y instanceof Table) {
            Table tb = (Table) y;
            K[] cols = new K[tb.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = cast(t, tb.data()[c]);
            }
            return new Table(tb.columns(), cols);
        }
        int s = Math.abs(y.type());
        if (t == QType.SYMBOL && s == QType.CHAR) {
            return Tok.MONTH_FIRST.tok(QType.SYMBOL, y);
        }
        if (s == t && (y.isAtom() || Lists.isList(y))) {
            return y;
        }
        return Cast.simple(t, y);
    }

    private static K parts(String name, K y) {
        if (y instanceof KList) {
            K[] items = ((KList) y).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = parts(name, items[i]);
            }
            return Lists.collapse(out);
        }
        if (y instanceof Dict) {
            Dict d = (Dict) y;
            return new Dict(d.keys(), parts(name, d.values()), d.isSorted());
        }
        return Parts.extract(name, y);
    }

    // A list on the left pairs with the items of y, or applies each to all of y; a string on the right is one item to Tok.
    private static K eachLeft(K x, K y, Tok tok) {
        K[] xs = Lists.items(x);
        K[] out = new K[xs.length];
        boolean pair = Lists.isList(y) && !(y.type() == QType.CHAR && isTok(x));
        if (pair && y.count() != xs.length) {
            throw QException.length();
        }
        for (int i = 0; i < xs.length; i++) {
            out[i] = apply(xs[i], pair ? Lists.at(y, i) : y, tok);
        }
        return Lists.collapse(out);
    }

    private static boolean isTok(K x) {
        if (x instanceof ByteVector && x.type() == QType.CHAR) {
            for (byte c : ((ByteVector) x).items()) {
                if (Character.isUpperCase((char) c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isFloats(K x) {
        return x.type() == QType.FLOAT;
    }

    private static boolean isMatrix(K x) {
        if (!(x instanceof KList) || x.count() == 0) {
            return false;
        }
        for (K row : ((KList) x).items()) {
            if (row.type() != QType.FLOAT) {
                return false;
            }
        }
        return true;
    }

}
