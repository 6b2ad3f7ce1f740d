package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Key-value pairs, {@code "S=;" 0: "a=1;b=2"}: the keys and the value strings. */
final class KeyValues {
    private KeyValues() {}

    static K parse(String spec, K y) {
        if (spec.length() < 3 || spec.length() > 4 || y.type() != QType.CHAR) {
            throw QException.type();
        }
        char keyType = spec.charAt(0);
        char sep = spec.charAt(1);
        boolean quoted = spec.length() == 4 && spec.charAt(2) == '*';
        char recordSep = spec.charAt(spec.length() - 1);
        String s = Q.text(y);
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf(sep, i);
            if (eq < 0) {
                break;
            }
            keys.add(s.substring(i, eq));
            int j = eq + 1;
            StringBuilder v = new StringBuilder();
            if (quoted && j < s.length() && s.charAt(j) == '"') {
                int close = s.indexOf('"', j + 1);
                close = close < 0 ? s.length() : close;
                v.append(s, j + 1, close);
                j = close + 1;
            }
            int end = s.indexOf(recordSep, j);
            end = end < 0 ? s.length() : end;
            v.append(s, j, end);
            values.add(v.toString());
            i = end + 1;
        }
        K[] vs = new K[values.size()];
        for (int k = 0; k < vs.length; k++) {
            vs[k] = Q.str(values.get(k));
        }
        return new KList(keysOf(keyType, keys), new KList(vs));
    }

    private static K keysOf(char t, List<String> keys) {
        int n = keys.size();
        switch (t) {
            case 'S': {
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = Symbols.intern(keys.get(i));
                }
                return new SymbolVector(out);
            }
            case 'I': {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    byte[] b = keys.get(i).getBytes(StandardCharsets.ISO_8859_1);
                    long v = Fields.whole(b, 0, b.length, QNull.INT, QNull.INT_INF);
                    out[i] = (int) v;
                }
                return new IntVector(QType.INT, out);
            }
            case 'J': {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    byte[] b = keys.get(i).getBytes(StandardCharsets.ISO_8859_1);
                    out[i] = Fields.whole(b, 0, b.length, QNull.LONG, QNull.LONG_INF);
                }
                return new LongVector(QType.LONG, out);
            }
            default:
                throw QException.type();
        }
    }
}
