package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.VectorArrays;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Join ({@code ,}), {@code enlist}, {@code raze}, and {@code cross}: every pairing of two lists' items. */
public final class Join {
    private Join() {}

    /** {@code x,y}: lists and atoms; dictionaries upsert; tables append rows (a dictionary as a row). */
    public static K join(K x, K y) {
        if (x instanceof Dict dx && y instanceof Dict dy) {
            return upsert(dx, dy);
        }
        if (x instanceof Table tx) {
            if (y instanceof Table ty) {
                return appendRows(tx, ty);
            }
            if (y instanceof Dict dy && dy.keys() instanceof SymbolVector) {
                return appendRows(tx, (Table) enlist(dy));
            }
            if (y instanceof KList && y.count() == 0) {
                return x;
            }
            throw QException.type();
        }
        if (y instanceof Table ty && x instanceof KList && x.count() == 0) {
            return ty;
        }
        if (x instanceof Dict || y instanceof Dict || y instanceof Table) {
            throw QException.type();
        }
        return Gather.join(x, y);
    }

    private static K upsert(Dict x, Dict y) {
        if (x.isKeyedTable() != y.isKeyedTable()) {
            throw QException.type();
        }
        if (x.isKeyedTable()) {
            // join of keyed tables is strict: the same key and value columns, of the same types (join.md)
            strict((Table) x.keys(), (Table) y.keys());
            strict((Table) x.values(), (Table) y.values());
        }
        int nx = x.count();
        int ny = y.count();
        long[] found = Groups.find(x.keys(), y.keys());
        int added = 0;
        for (long f : found) {
            if (f == nx) {
                added++;
            }
        }
        int[] keyIdx = new int[added];
        int[] valIdx = Gather.iota(nx + added);
        int a = 0;
        for (int j = 0; j < ny; j++) {
            if (found[j] == nx) {
                keyIdx[a] = j;
                valIdx[nx + a] = nx + j;
                a++;
            } else {
                valIdx[(int) found[j]] = nx + j;
            }
        }
        K keys = added == 0 ? x.keys() : join(x.keys(), Gather.at(y.keys(), keyIdx));
        K values = Gather.at(join(x.values(), y.values()), valIdx);
        return new Dict(keys, values);
    }

    private static void strict(Table x, Table y) {
        if (!x.columns().equals(y.columns())) {
            throw new QException("mismatch");
        }
        for (int c = 0; c < x.data().length; c++) {
            K a = x.data()[c];
            K b = y.data()[c];
            if (a.type() != b.type() && a.type() != 0 && b.count() > 0) {
                throw QException.type();
            }
        }
    }

    private static Table appendRows(Table x, Table y) {
        if (x.count() == 0 && x.data().length == 0) {
            return y;
        }
        String[] cx = x.columns().items();
        String[] cy = y.columns().items();
        if (cx.length != cy.length) {
            throw new QException("mismatch");
        }
        K[] cols = new K[cx.length];
        for (int c = 0; c < cx.length; c++) {
            int k = Tables.column(y, cx[c]);
            if (k < 0) {
                throw new QException("mismatch");
            }
            cols[c] = Gather.join(x.data()[c], y.data()[k]);
        }
        return new Table(x.columns(), cols);
    }

    /** {@code enlist x}: a 1-item list; a dictionary with symbol keys becomes a 1-row table. */
    public static K enlist(K x) {
        // a dictionary with symbol keys is a row; one with no keys stays a dictionary (a table needs a column)
        if (x instanceof Dict d && d.keys() instanceof SymbolVector s && s.count() > 0) {
            K[] cols = new K[s.count()];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = enlist(Lists.at(d.values(), c));
            }
            return new Table(s, cols);
        }
        if (x.type() < 0 && x.type() >= -19 || x instanceof Enumeration.EnumAtom) {
            return Gather.at(x, new int[1]);
        }
        return new KList(x);
    }

    /** {@code enlist[x;y;..]}: a list of the arguments, a vector when they are atoms of one type. */
    public static K enlist(K[] items) {
        return Lists.collapse(items.clone());
    }

    /** {@code raze x}: the items of x joined. */
    public static K raze(K x) {
        if (x instanceof Dict d) {
            return raze(d.values());
        }
        if (x.type() < 0) {
            return enlist(x);
        }
        if (!(x instanceof KList l)) {
            return x;
        }
        K[] items = l.items();
        if (items.length == 0) {
            return x;
        }
        int t = Math.abs(items[0].type());
        boolean simple = t >= 1 && t <= 19;
        for (K item : items) {
            if (Math.abs(item.type()) != t || !simple) {
                simple = false;
                break;
            }
        }
        if (simple) {
            return VectorArrays.concat(items, t);
        }
        if (items[0] instanceof Enumeration e && oneDomain(items, e.domain())) {
            return concat(items, e);
        }
        boolean rows = false;
        boolean enumerated = false;
        for (K item : items) {
            rows |= item instanceof Table || item instanceof Dict;
            enumerated |= Enumeration.domainOf(item) != null;
        }
        if (rows || enumerated) {
            // joined pairwise, as ,/ does: Join's rules for rows and for enumerations
            K r = items[0].type() < 0 ? enlist(items[0]) : items[0];
            for (int i = 1; i < items.length; i++) {
                r = join(r, items[i]);
            }
            return r;
        }
        List<K> all = new ArrayList<>();
        for (K item : items) {
            if (item.type() < 0 || !Lists.isList(item)) {
                all.add(item);
            } else {
                all.addAll(Arrays.asList(Lists.items(item)));
            }
        }
        return Lists.collapse(all.toArray(new K[0]));
    }

    private static boolean oneDomain(K[] items, Domain domain) {
        for (K item : items) {
            if (!(item instanceof Enumeration e) || !e.domain().equals(domain)) {
                return false;
            }
        }
        return true;
    }

    // enumerations of one domain joined: their indices end to end
    private static K concat(K[] items, Enumeration first) {
        int n = 0;
        for (K item : items) {
            n += item.count();
        }
        long[] index = new long[n];
        int at = 0;
        for (K item : items) {
            long[] part = ((Enumeration) item).index();
            System.arraycopy(part, 0, index, at, part.length);
            at += part.length;
        }
        return first.with(index);
    }

    /** {@code x cross y}: every pairing of an item of x with an item of y; tables pair rows. */
    public static K cross(K x, K y) {
        K a = x.type() < 0 ? Join.enlist(x) : x;
        K b = y.type() < 0 ? Join.enlist(y) : y;
        int na = a.count();
        int nb = b.count();
        int[] ia = new int[na * nb];
        int[] ib = new int[na * nb];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                ia[i * nb + j] = i;
                ib[i * nb + j] = j;
            }
        }
        K ra = Gather.at(a, ia);
        K rb = Gather.at(b, ib);
        if (ra instanceof Table ta && rb instanceof Table tb) {
            String[] names = new String[ta.data().length + tb.data().length];
            K[] data = new K[names.length];
            System.arraycopy(ta.columns().items(), 0, names, 0, ta.data().length);
            System.arraycopy(tb.columns().items(), 0, names, ta.data().length, tb.data().length);
            System.arraycopy(ta.data(), 0, data, 0, ta.data().length);
            System.arraycopy(tb.data(), 0, data, ta.data().length, tb.data().length);
            return new Table(new SymbolVector(names), data);
        }
        if (!Lists.isList(ra) || !Lists.isList(rb)) {
            throw QException.type();
        }
        K[] r = new K[na * nb];
        for (int i = 0; i < r.length; i++) {
            r[i] = Join.join(Lists.at(ra, i), Lists.at(rb, i));
        }
        return new KList(r);
    }
}
