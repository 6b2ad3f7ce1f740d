package io.mserve.engine.ops.text;

import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.UUID;

/** {@code trim}, {@code ltrim}, {@code rtrim}: a vector without its leading and/or trailing nulls (blanks, for a string); string-atomic. */
public final class Trim {
    private Trim() {}

    public static K trim(K x) {
        return trim(x, true, true);
    }

    public static K ltrim(K x) {
        return trim(x, true, false);
    }

    public static K rtrim(K x) {
        return trim(x, false, true);
    }

    private static K trim(K x, boolean left, boolean right) {
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = trim(items[i], left, right);
            }
            return new KList(out);
        }
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), trim(d.values(), left, right), d.isSorted());
        }
        if (x instanceof Table) {
            Table t = (Table) x;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = trim(t.data()[c], left, right);
            }
            return new Table(t.columns(), cols);
        }
        if (!(x instanceof KVector) || x.type() == QType.BOOLEAN) {
            return x;
        }
        int n = x.count();
        int from = 0;
        int to = n;
        while (left && from < to && isNull(x, from)) {
            from++;
        }
        while (right && to > from && isNull(x, to - 1)) {
            to--;
        }
        return from == 0 && to == n ? x : slice(x, from, to);
    }

    private static boolean isNull(K v, int i) {
        switch (v.type()) {
            case QType.CHAR: return ((ByteVector) v).items()[i] == ' ';
            case QType.BYTE: return ((ByteVector) v).items()[i] == 0;
            case QType.GUID: {
                UUID u = ((GuidVector) v).items()[i];
                return u.getMostSignificantBits() == 0 && u.getLeastSignificantBits() == 0;
            }
            case QType.SHORT: return ((ShortVector) v).items()[i] == QNull.SHORT;
            case QType.REAL: return Float.isNaN(((RealVector) v).items()[i]);
            case QType.FLOAT: case QType.DATETIME: return Double.isNaN(((FloatVector) v).items()[i]);
            case QType.SYMBOL: return ((SymbolVector) v).items()[i].isEmpty();
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN: return ((LongVector) v).items()[i] == QNull.LONG;
            default: return v instanceof IntVector && ((IntVector) v).items()[i] == QNull.INT;
        }
    }

    private static K slice(K v, int from, int to) {
        switch (v.type()) {
            case QType.CHAR: case QType.BYTE: return new ByteVector(v.type(), Arrays.copyOfRange(((ByteVector) v).items(), from, to));
            case QType.GUID: return new GuidVector(Arrays.copyOfRange(((GuidVector) v).items(), from, to));
            case QType.SHORT: return new ShortVector(Arrays.copyOfRange(((ShortVector) v).items(), from, to));
            case QType.REAL: return new RealVector(Arrays.copyOfRange(((RealVector) v).items(), from, to));
            case QType.FLOAT: case QType.DATETIME: return new FloatVector(v.type(), Arrays.copyOfRange(((FloatVector) v).items(), from, to));
            case QType.SYMBOL: return new SymbolVector(Arrays.copyOfRange(((SymbolVector) v).items(), from, to));
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN:
                return new LongVector(v.type(), Arrays.copyOfRange(((LongVector) v).items(), from, to));
            default: return new IntVector(v.type(), Arrays.copyOfRange(((IntVector) v).items(), from, to));
        }
    }
}
