package io.mserve.engine.ops.search;

import io.mserve.engine.ops.compare.Match;
import io.mserve.engine.ops.sort.SortKeys;
import io.mserve.engine.value.Enumeration;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** q's match ({@code ~}) and a hash consistent with it: type and items alike, attributes ignored. */
public final class ExactMatch {
    private ExactMatch() {}

    public static boolean same(K a, K b) {
        if (a == b) {
            return true;
        }
        if (a.type() != b.type()) {
            return false;
        }
        if (QType.isFunction(a.type())) {
            return Match.match(a, b);
        }
        if (a instanceof LongVector x) {
            return Arrays.equals(x.items(), ((LongVector) b).items());
        }
        if (a instanceof IntVector x) {
            return Arrays.equals(x.items(), ((IntVector) b).items());
        }
        if (a instanceof SymbolVector x) {
            return Arrays.equals(x.items(), ((SymbolVector) b).items());
        }
        if (a instanceof ByteVector x) {
            return Arrays.equals(x.items(), ((ByteVector) b).items());
        }
        if (a instanceof Enumeration x) {
            return x.domain().equals(((Enumeration) b).domain()) && Arrays.equals(x.index(), ((Enumeration) b).index());
        }
        if (a instanceof FloatVector x) {
            double[] p = x.items();
            double[] q = ((FloatVector) b).items();
            if (p.length != q.length) {
                return false;
            }
            for (int i = 0; i < p.length; i++) {
                if (SortKeys.floatKey(p[i]) != SortKeys.floatKey(q[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof RealVector x) {
            float[] p = x.items();
            float[] q = ((RealVector) b).items();
            if (p.length != q.length) {
                return false;
            }
            for (int i = 0; i < p.length; i++) {
                if (SortKeys.realKey(p[i]) != SortKeys.realKey(q[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ShortVector x) {
            return Arrays.equals(x.items(), ((ShortVector) b).items());
        }
        if (a instanceof GuidVector x) {
            return Arrays.equals(x.items(), ((GuidVector) b).items());
        }
        if (a instanceof KList x) {
            K[] p = x.items();
            K[] q = ((KList) b).items();
            if (p.length != q.length) {
                return false;
            }
            for (int i = 0; i < p.length; i++) {
                if (!same(p[i], q[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Dict x) {
            Dict y = (Dict) b;
            return same(x.keys(), y.keys()) && same(x.values(), y.values());
        }
        if (a instanceof Table x) {
            Table y = (Table) b;
            if (!same(x.columns(), y.columns())) {
                return false;
            }
            for (int c = 0; c < x.data().length; c++) {
                if (!same(x.data()[c], y.data()[c])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof FloatAtom x) {
            return SortKeys.floatKey(x.value()) == SortKeys.floatKey(((FloatAtom) b).value());
        }
        if (a instanceof RealAtom x) {
            return SortKeys.realKey(x.value()) == SortKeys.realKey(((RealAtom) b).value());
        }
        return a.equals(b);
    }

    public static int hash(K a) {
        if (QType.isFunction(a.type())) {
            // functions match by how they travel (Match): a primitive by its code, a lambda by its text
            K wire = a.wireForm();
            return wire instanceof Primitive || wire instanceof Lambda ? wire.hashCode() : a.type();
        }
        if (a instanceof LongVector x) {
            return Arrays.hashCode(x.items());
        }
        if (a instanceof IntVector x) {
            return Arrays.hashCode(x.items());
        }
        if (a instanceof SymbolVector x) {
            return Arrays.hashCode(x.items());
        }
        if (a instanceof ByteVector x) {
            return Arrays.hashCode(x.items());
        }
        if (a instanceof KList x) {
            int h = 1;
            for (K k : x.items()) {
                h = 31 * h + hash(k);
            }
            return h;
        }
        if (a instanceof Dict d) {
            return 31 * hash(d.keys()) + hash(d.values());
        }
        if (a instanceof Table t) {
            int h = t.columns().count();
            for (K c : t.data()) {
                h = 31 * h + hash(c);
            }
            return h;
        }
        if (a instanceof FloatAtom x) {
            return Long.hashCode(SortKeys.floatKey(x.value()));
        }
        if (a instanceof RealAtom x) {
            return SortKeys.realKey(x.value());
        }
        if (a instanceof FloatVector || a instanceof RealVector || a instanceof ShortVector || a instanceof GuidVector) {
            return a.count() * 31 + a.type();
        }
        return a.hashCode();
    }
}
