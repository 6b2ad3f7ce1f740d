package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import java.nio.charset.StandardCharsets;

/** {@code lower} and {@code upper}: ASCII case of chars and symbols, atomic. */
public final class Case {
    private Case() {}

    public static K lower(K x) {
        return shift(x, false);
    }

    public static K upper(K x) {
        return shift(x, true);
    }

    private static K shift(K x, boolean up) {
        switch (x.type()) {
            case QType.CHAR:
                return new ByteVector(QType.CHAR, shift(((ByteVector) x).items(), up));
            case -QType.CHAR:
                return Q.c((char) shift(((ByteAtom) x).value(), up));
            case -QType.SYMBOL:
                return new SymbolAtom(shift(((SymbolAtom) x).value(), up));
            case QType.SYMBOL: {
                String[] s = ((SymbolVector) x).items();
                String[] out = new String[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = shift(s[i], up);
                }
                return new SymbolVector(out);
            }
            default:
                break;
        }
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = shift(items[i], up);
            }
            return new KList(out);
        }
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), shift(d.values(), up), d.isSorted());
        }
        if (x instanceof Table) {
            Table t = (Table) x;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = shift(t.data()[c], up);
            }
            return new Table(t.columns(), cols);
        }
        throw QException.type();
    }

    private static byte[] shift(byte[] s, boolean up) {
        byte[] out = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = shift(s[i], up);
        }
        return out;
    }

    private static byte shift(byte c, boolean up) {
        if (up) {
            return c >= 'a' && c <= 'z' ? (byte) (c - 32) : c;
        }
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    private static String shift(String s, boolean up) {
        return Symbols.intern(new String(shift(s.getBytes(StandardCharsets.ISO_8859_1), up), StandardCharsets.ISO_8859_1));
    }
}
