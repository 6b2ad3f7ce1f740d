package io.mserve.engine.ops.time;

import io.mserve.engine.QException;
import io.mserve.engine.ops.cast.Cast;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;

/** The parts of temporal values: {@code `year`mm`dd`hh`uu`ss$x} (ints) and {@code `week$x} (the Monday, a date). */
public final class Parts {
    private Parts() {}

    public static boolean isPart(String name) {
        switch (name) {
            case "year": case "mm": case "dd": case "hh": case "uu": case "ss": case "week": return true;
            default: return false;
        }
    }

    public static K extract(String part, K y) {
        int s = Math.abs(y.type());
        if (!Cast.isTemporal(s)) {
            throw QException.type();
        }
        boolean dated = s == QType.TIMESTAMP || s == QType.DATE || s == QType.DATETIME || s == QType.MONTH;
        boolean timed = s != QType.DATE && s != QType.MONTH;
        boolean ok;
        switch (part) {
            case "year": case "mm": ok = dated; break;
            case "dd": case "week": ok = dated && s != QType.MONTH; break;
            default: ok = timed; break;
        }
        if (!ok) {
            throw QException.type();
        }
        int n = y.count();
        int[] out = new int[n];
        if (s == QType.DATETIME) {
            double[] z = Cast.doubles(y);
            for (int i = 0; i < n; i++) {
                out[i] = Double.isFinite(z[i]) ? part(part, QType.TIMESTAMP, Math.round(z[i] * Civil.MS_PER_DAY) * 1_000_000L) : QNull.INT;
            }
        } else {
            long[] v = Cast.longs(y);
            long inf = s == QType.TIMESTAMP || s == QType.TIMESPAN ? QNull.LONG_INF : QNull.INT_INF;
            for (int i = 0; i < n; i++) {
                out[i] = v[i] == QNull.LONG || v[i] == inf || v[i] == -inf ? QNull.INT : part(part, s, v[i]);
            }
        }
        K r = new IntVector(part.equals("week") ? QType.DATE : QType.INT, out);
        return y.isAtom() ? Lists.at(r, 0) : r;
    }

    private static int part(String part, int s, long v) {
        switch (part) {
            case "year": case "mm": {
                long ym = s == QType.MONTH ? v : Civil.monthOfDays(days(s, v));
                return (int) (part.equals("year") ? 2000 + Math.floorDiv(ym, 12) : Math.floorMod(ym, 12) + 1);
            }
            case "dd":
                return (int) (Civil.ymd(days(s, v)) % 100);
            case "week": {
                long d = days(s, v);
                return (int) (d - Math.floorMod(d - 2, 7)); // 2000.01.03 was a Monday
            }
            default: {
                long ns = s == QType.TIMESTAMP ? Math.floorMod(v, Civil.NS_PER_DAY) : v * Cast.scale(s);
                long sec = Math.floorDiv(ns, 1_000_000_000L);
                switch (part) {
                    case "hh": return (int) Math.floorDiv(sec, 3600);
                    case "uu": return (int) Math.floorMod(Math.floorDiv(sec, 60), 60);
                    default: return (int) Math.floorMod(sec, 60);
                }
            }
        }
    }

    private static long days(int s, long v) {
        return s == QType.TIMESTAMP ? Math.floorDiv(v, Civil.NS_PER_DAY) : v;
    }
}
