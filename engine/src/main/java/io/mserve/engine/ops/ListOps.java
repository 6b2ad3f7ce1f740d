package io.mserve.engine.ops;

import io.mserve.engine.ops.aggregate.Agg;
import io.mserve.engine.ops.compare.Match;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.list.Attrs;
import io.mserve.engine.ops.list.Items;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.list.Nulls;
import io.mserve.engine.ops.list.Take;
import io.mserve.engine.ops.search.Bin;
import io.mserve.engine.ops.search.Find;
import io.mserve.engine.ops.search.Rand;
import io.mserve.engine.ops.sort.Order;
import io.mserve.engine.value.Ints;

/** Verbs of this family; see {@link Builtins}. The implementations are in {@code ops.list}. */
final class ListOps {
    private ListOps() {}

    static void register(Builtins b) {
        Rand rand = new Rand();
        b.monad("#", Items::count);
        b.dyad("#", Take::take);
        b.dyad("_", Take::drop);
        b.monad(",", Join::enlist);
        b.dyad(",", Join::join);
        b.monad("?", Find::distinct);
        b.dyad("?", (x, y) -> Ints.isAtom(x) ? rand.roll(x, y) : Find.find(x, y));
        b.monad("!", Dicts::key);
        b.dyad("!", Dicts::bang);

        b.monad("til", Items::til);
        b.monad("count", Items::count);
        b.monad("first", Items::first);
        b.monad("last", Items::last);
        b.monad("reverse", Items::reverse);
        b.monad("distinct", Find::distinct);
        b.monad("group", Find::group);
        b.monad("where", Items::where);
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
        b.monad("fills", Nulls::fills);
        b.monad("differ", Match::differ);
        b.monad("null", Nulls::isNull);
        b.monad("all", Agg::all);
        b.monad("any", Agg::any);
        b.monad("attr", Attrs::attr);
        b.monad("ungroup", Tables::ungroup);

        b.dyad("union", Find::union);
        b.dyad("inter", Find::inter);
        b.dyad("except", Find::except);
        b.dyad("in", Find::in);
        b.dyad("within", Bin::within);
        b.dyad("sublist", Take::sublist);
        b.dyad("rotate", Take::rotate);
        b.dyad("xprev", Take::xprev);
        b.dyad("cut", Take::cutKeyword);
        b.dyad("bin", (x, y) -> Bin.bin(x, y, false));
        b.dyad("binr", (x, y) -> Bin.bin(x, y, true));
        b.dyad("cross", Join::cross);
        b.dyad("xasc", (x, y) -> Order.xsort(x, y, false));
        b.dyad("xdesc", (x, y) -> Order.xsort(x, y, true));
        b.dyad("xkey", Tables::xkey);
        b.dyad("xcols", Tables::xcols);
        b.dyad("xcol", Tables::xcol);
    }
}
