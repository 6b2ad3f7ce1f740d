package io.mserve.engine.ops.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.ops.cast.Strings;
import io.mserve.engine.ops.list.Nulls;
import io.mserve.engine.value.ByteText;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** {@code .j.j}, {@code .j.jd} and {@code .j.k}: q values to JSON text and back, as q's {@code .j} namespace does. */
public final class Json {
    // Made on first use, so that sessions that never touch JSON do not load Jackson.
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private Json() {}

    /** {@code .j.j x}: x as JSON text. */
    public static K j(K x) {
        return Q.str(write(x, false));
    }

    /** {@code .j.jd (x;options)}, one argument, the pair: as {@code .j.j}; option {@code null0w} writes infinities as null. */
    public static K jd(K pair) {
        if (pair.type() != QType.LIST || pair.count() != 2) {
            throw QException.length();
        }
        return Q.str(write(Lists.at(pair, 0), nullInfinities(Lists.at(pair, 1))));
    }

    /** {@code .j.k s}: the q value JSON text stands for. */
    public static K k(K text) {
        return read(text);
    }

    private static boolean nullInfinities(K options) {
        if (options instanceof Dict && ((Dict) options).keys() instanceof Table) {
            // ([null0w:1b]) is written as a keyed table without value columns
            options = Lists.at(((Dict) options).keys(), 0);
        }
        if (options instanceof Dict) {
            Dict d = (Dict) options;
            for (int i = 0; i < d.count(); i++) {
                K key = Lists.at(d.keys(), i);
                if (key instanceof SymbolAtom && ((SymbolAtom) key).value().equals("null0w")) {
                    K v = Lists.at(d.values(), i);
                    return v instanceof ByteAtom && ((ByteAtom) v).value() != 0;
                }
            }
        }
        return false;
    }

    static String write(K x, boolean nullInfinities) {
        StringBuilder out = new StringBuilder();
        write(x, nullInfinities, out);
        return out.toString();
    }

    private static void write(K x, boolean nullInfinities, StringBuilder out) {
        if (Enumeration.domainOf(x) != null) {
            write(Enumeration.plain(x), nullInfinities, out);
        } else if (x.type() == QType.CHAR) {
            quote(Q.text(x), out);
        } else if (x instanceof Table) {
            // q 4 puts each record of a table on its own line: [{..},\n {..}]
            Table t = (Table) x;
            out.append('[');
            for (int r = 0; r < t.count(); r++) {
                if (r > 0) {
                    out.append(",\n ");
                }
                write(Lists.at(t, r), nullInfinities, out);
            }
            out.append(']');
        } else if (x instanceof Dict) {
            Dict d = (Dict) x;
            if (d.isKeyedTable()) {
                throw QException.type();
            }
            out.append('{');
            for (int i = 0; i < d.count(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quote(text(Lists.at(d.keys(), i)), out);
                out.append(':');
                write(Lists.at(d.values(), i), nullInfinities, out);
            }
            out.append('}');
        } else if (x.type() >= 0 && x.type() < QType.TABLE) {
            out.append('[');
            for (int i = 0; i < x.count(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(Lists.at(x, i), nullInfinities, out);
            }
            out.append(']');
        } else if (x == Q.NIL) {
            out.append("null");
        } else {
            atom(x, nullInfinities, out);
        }
    }

    // Booleans are true and false; numbers are numbers (null: null); everything else is a string:
    // symbols, bytes and guids as q writes them, temporals in ISO 8601 (null: "").
    private static void atom(K x, boolean nullInfinities, StringBuilder out) {
        int t = -x.type();
        if (t == QType.BOOLEAN) {
            out.append(((ByteAtom) x).value() != 0 ? "true" : "false");
        } else if (t == QType.SYMBOL || t == QType.CHAR || t == QType.GUID || t == QType.BYTE) {
            quote(text(x), out);
        } else if (t >= QType.TIMESTAMP && t <= QType.TIME) {
            quote(isNull(x) ? "" : temporal(t, text(x)), out);
        } else if (t == QType.SHORT || t == QType.INT || t == QType.LONG || t == QType.REAL || t == QType.FLOAT) {
            double v = Types.doubles(x)[0];
            if (Double.isNaN(v) || isNull(x)) {
                out.append("null");
            } else if (Double.isInfinite(v) || isIntegerInfinity(x)) {
                out.append(nullInfinities ? "null" : (v < 0 ? "-inf" : "inf"));
            } else {
                out.append(text(x));
            }
        } else {
            throw QException.type();
        }
    }

    // 2014.05.08 is "2014-05-08", 2014.05m "2014-05", a timestamp 2014-05-08T01:02:03.123456789.
    private static String temporal(int type, String text) {
        if (type > QType.DATETIME) {
            return text;
        }
        int end = Math.min(10, text.length());
        return text.substring(0, end).replace('.', '-') + text.substring(end).replace('D', 'T');
    }

    private static boolean isNull(K atom) {
        return ((ByteAtom) Nulls.isNull(atom)).value() != 0;
    }

    private static boolean isIntegerInfinity(K x) {
        String s = Strings.atom(x);
        return s.equals("0W") || s.equals("-0W");
    }

    private static String text(K atom) {
        return atom instanceof SymbolAtom ? ((SymbolAtom) atom).value() : Strings.atom(atom);
    }

    private static void quote(String s, StringBuilder out) {
        try {
            out.append(Mapper.JSON.writeValueAsString(s));
        } catch (JsonProcessingException e) {
            throw QException.type();
        }
    }

    /** JSON text to q: numbers are floats, strings strings, objects dictionaries, arrays of like objects tables. */
    private static K read(K text) {
        try {
            JsonNode tree = Mapper.JSON.readTree(ByteText.unicode(Q.text(text)));
            if (tree == null || tree.isMissingNode()) {
                throw new QException("json");
            }
            return value(tree);
        } catch (JsonProcessingException e) {
            throw new QException("json");
        }
    }

    private static K value(JsonNode n) {
        if (n.isNumber()) {
            return Q.f(n.asDouble());
        }
        if (n.isTextual()) {
            return Q.str(ByteText.of(n.asText()));
        }
        if (n.isBoolean()) {
            return Q.b(n.asBoolean());
        }
        if (n.isNull()) {
            return Q.f(Double.NaN);
        }
        if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            List<K> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                keys.add(ByteText.of(e.getKey()));
                values.add(value(e.getValue()));
            }
            return new Dict(Q.syms(keys.toArray(new String[0])), Lists.collapse(values.toArray(new K[0])));
        }
        List<K> items = new ArrayList<>();
        n.forEach(item -> items.add(value(item)));
        return Lists.collapse(items.toArray(new K[0]));
    }
}
