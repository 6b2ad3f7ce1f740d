package io.mserve.engine.ops;

import io.mserve.engine.ops.list.Dicts;
import io.mserve.engine.ops.list.Find;
import io.mserve.engine.ops.list.Ints;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.list.Misc;
import io.mserve.engine.ops.list.Order;
import io.mserve.engine.ops.list.Rand;
import io.mserve.engine.ops.list.Tables;
import io.mserve.engine.ops.list.Take;

/** Verbs of this family; see {@link Builtins}. The implementations are in {@code ops.list}. */
final class ListOps {
    private ListOps() {}

    static void register(Builtins b) {
        Rand rand = new Rand();
        b.monad("#", Misc::count);
        b.dyad("#", Take::take);
        b.dyad("_", Take::drop);
        b.monad(",", Join::enlist);
        b.dyad(",", Join::join);
        b.monad("?", Find::distinct);
        b.dyad("?", (x, y) -> Ints.isAtom(x) ? rand.roll(x, y) : Find.find(x, y));
        b.monad("!", Dicts::key);
        b.dyad("!", Dicts::bang);

        b.monad("til", Misc::til);
        b.monad("count", Misc::count);
        b.monad("first", Misc::first);
        b.monad("last", Misc::last);
        b.monad("reverse", Misc::reverse);
        b.monad("distinct", Find::distinct);
        b.monad("group", Find::group);
        b.monad("where", Find::where);
        b.monad("raze", Join::raze);
        b.monad("enlist", Join::enlist);
        b.variadic("enlist", 8, Join::enlist);
        b.monad("flip", Dicts::flip);
        b.monad("key", Dicts::key);
        b.monad("value", Dicts::value);
        b.monad("cols", Tables::cols);
        b.monad("asc", Order::asc);
        b.monad("desc", Order::desc);
        b.monad("iasc", Order::iasc);
        b.monad("idesc", Order::idesc);
        b.monad("rank", Order::rank);
        b.monad("prev", x -> Take.shift(1, x));
        b.monad("next", x -> Take.shift(-1, x));
        b.monad("fills", Misc::fills);
        b.monad("differ", Misc::differ);
        b.monad("null", Misc::isNull);
        b.monad("all", Misc::all);
        b.monad("any", Misc::any);
        b.monad("attr", Misc::attr);
        b.monad("ungroup", Tables::ungroup);

        b.dyad("union", Find::union);
        b.dyad("inter", Find::inter);
        b.dyad("except", Find::except);
        b.dyad("in", Find::in);
        b.dyad("within", Order::within);
        b.dyad("sublist", Take::sublist);
        b.dyad("rotate", Take::rotate);
        b.dyad("xprev", Take::xprev);
        b.dyad("cut", Take::cutKeyword);
        b.dyad("bin", (x, y) -> Order.bin(x, y, false));
        b.dyad("binr", (x, y) -> Order.bin(x, y, true));
        b.dyad("cross", Misc::cross);
        b.dyad("xasc", (x, y) -> Tables.xsort(x, y, false));
        b.dyad("xdesc", (x, y) -> Tables.xsort(x, y, true));
        b.dyad("xkey", Tables::xkey);
        b.dyad("xcols", Tables::xcols);
        b.dyad("xcol", Tables::xcol);
    }
}
