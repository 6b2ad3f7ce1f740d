package io.mserve.engine.ops;

import io.mserve.engine.ops.aggregate.Agg;
import io.mserve.engine.ops.aggregate.Running;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Num;
import io.mserve.engine.ops.arith.Unary;

/** Verbs of this family; see {@link Builtins}. Kernels live in {@code ops.arith}. */
final class Arith {
    private Arith() {}

    static void register(Builtins b) {
        atomic(b, "+", Num::add);
        atomic(b, "-", Num::subtract);
        atomic(b, "*", Num::multiply);
        atomic(b, "%", Num::divide);
        atomic(b, "&", Num::min);
        atomic(b, "|", Num::max);
        atomic(b, "and", Num::min);
        atomic(b, "or", Num::max);
        atomic(b, "mod", Num::mod);
        atomic(b, "div", Num::div);
        atomic(b, "xexp", Num::xexp);
        atomic(b, "xlog", Num::xlog);

        atomic(b, "neg", Unary::neg);
        atomic(b, "abs", Unary::abs);
        atomic(b, "sqrt", Unary::sqrt);
        atomic(b, "exp", Unary::exp);
        atomic(b, "log", Unary::log);
        atomic(b, "floor", Unary::floor);
        atomic(b, "ceiling", Unary::ceiling);
        atomic(b, "signum", Unary::signum);
        atomic(b, "reciprocal", Unary::reciprocal);
        atomic(b, "not", Unary::not);

        b.monad("sum", Agg::sum);
        b.monad("prod", Agg::prod);
        b.monad("max", Agg::max);
        b.monad("min", Agg::min);
        b.monad("avg", Agg::avg);
        b.monad("med", Agg::med);
        b.monad("var", Agg::var);
        b.monad("dev", Agg::dev);
        b.monad("svar", Agg::svar);
        b.monad("sdev", Agg::sdev);
        b.dyad("wsum", Agg::wsum);
        b.dyad("wavg", Agg::wavg);
        b.dyad("cov", Agg::cov);
        b.dyad("scov", Agg::scov);
        b.dyad("cor", Agg::cor);

        b.monad("sums", Running::sums);
        b.monad("prds", Running::prds);
        b.monad("maxs", Running::maxs);
        b.monad("mins", Running::mins);
        b.monad("avgs", Running::avgs);
        b.monad("deltas", Running::deltas);
        b.monad("ratios", Running::ratios);
        b.dyad("msum", Running::msum);
        b.dyad("mavg", Running::mavg);
        b.dyad("mcount", Running::mcount);
        b.dyad("mmax", Running::mmax);
        b.dyad("mmin", Running::mmin);
        b.dyad("mdev", Running::mdev);
        b.dyad("ema", Running::ema);
        b.dyad("xbar", Num::xbar);
    }

    private static void atomic(Builtins b, String name, Atomic.Kernel k) {
        b.dyad(name, (x, y) -> Atomic.dyad(x, y, k));
    }

    private static void atomic(Builtins b, String name, Atomic.Kernel1 k) {
        b.monad(name, x -> Atomic.monad(x, k));
    }
}
