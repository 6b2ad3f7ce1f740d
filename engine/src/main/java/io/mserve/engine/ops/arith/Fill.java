package io.mserve.engine.ops.arith;

import io.mserve.engine.ops.list.Nulls;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.K;

/**
 * Fill, the binary {@code ^}: {@code y} with its nulls replaced by the corresponding items of
 * {@code x} (docs/ref/fill.md). Atomic; both sides first take the type of the reference's
 * table, so an integral {@code x} is promoted when {@code y} is float ({@code 10^0n 2.5}).
 * Dictionaries and keyed tables come here through {@link Atomic}: a key only in {@code x}
 * keeps its value, which is how missing keys of {@code y} are filled.
 */
public final class Fill {
    private Fill() {}

    // docs/ref/fill.md "Domain and range": rows x, columns y, in order bgxhijefcspmdznuvt.
    private static final int[][] FILL = Types.table(
            "b.xhijefc.pmdznuvt", ".g................", "x.xhijefc.pmdznuvt", "h.hhijefc.pmdznuvt",
            "i.iiijefc.pmdznuvt", "j.jjjjefc.pmdznuvt", "e.eeeeefc.pmdznuvt", "f.ffffffc.pmdznuvt",
            "c.ccccccc.pmdznuvt", ".........s........", "p.ppppppp.ppppnuvt", "m.mmmmmmm.pmd.....",
            "d.ddddddd.pddz....", "z.zzzzzzz.p.zznuvt", "n.nnnnnnn.n..nnnnn", "u.uuuuuuu.u..unuvt",
            "v.vvvvvvv.v..vnvvt", "t.ttttttt.t..tnttt");

    /** {@code x^y} of simple arguments: atoms, or vectors of one count. */
    public static K fill(K x, K y) {
        int rt = Types.lookup(FILL, Math.abs(x.type()), Math.abs(y.type()));
        K xs = as(rt, x);
        boolean atom = x.type() < 0 && y.type() < 0;
        K ys = as(rt, y.type() < 0 ? Gather.at(y, new int[atom ? 1 : x.count()]) : y);
        byte[] nulls = Nulls.nulls(ys);
        int n = nulls.length;
        int[] pick = new int[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            any |= nulls[i] != 0;
            pick[i] = nulls[i] == 0 ? i : x.type() < 0 ? n : n + i;
        }
        K out = any ? Gather.at(Gather.join(ys, xs), pick) : ys;
        return atom ? Lists.at(out, 0) : out;
    }

    // v in type rt (positive), temporal units converted: the same value when it has that type
    private static K as(int rt, K v) {
        if (Math.abs(v.type()) == rt) {
            return v;
        }
        boolean atom = v.type() < 0;
        return Types.isFloating(rt) ? Types.fromDoubles(Types.doubles(v, rt), rt, atom)
                : Types.fromLongs(Types.longs(v, rt), rt, atom);
    }
}
