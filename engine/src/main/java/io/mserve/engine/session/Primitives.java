package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.eval.Application;
import io.mserve.engine.eval.Backtrace;
import io.mserve.engine.eval.Composition;
import io.mserve.engine.eval.Interp;
import io.mserve.engine.eval.IteratorFn;
import io.mserve.engine.eval.ParseTree;
import io.mserve.engine.eval.Values;
import io.mserve.engine.io.Binary;
import io.mserve.engine.io.FileIO;
import io.mserve.engine.io.Globals;
import io.mserve.engine.io.LineChunks;
import io.mserve.engine.io.Partitions;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.Dyad;
import io.mserve.engine.ops.Monad;
import io.mserve.engine.ops.aggregate.Agg;
import io.mserve.engine.ops.aggregate.Running;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Fill;
import io.mserve.engine.ops.arith.Num;
import io.mserve.engine.ops.arith.Unary;
import io.mserve.engine.ops.cast.Datatypes;
import io.mserve.engine.ops.cast.Dollar;
import io.mserve.engine.ops.cast.Strings;
import io.mserve.engine.ops.compare.Cmp;
import io.mserve.engine.ops.compare.Match;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.ipc.Connect;
import io.mserve.engine.ops.ipc.Hosts;
import io.mserve.engine.ops.ipc.WebClient;
import io.mserve.engine.ops.json.Json;
import io.mserve.engine.ops.list.Attrs;
import io.mserve.engine.ops.list.Items;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.list.Nulls;
import io.mserve.engine.ops.list.Take;
import io.mserve.engine.ops.math.Matrices;
import io.mserve.engine.ops.math.Trig;
import io.mserve.engine.ops.search.Bin;
import io.mserve.engine.ops.search.Find;
import io.mserve.engine.ops.sort.Order;
import io.mserve.engine.ops.system.Codecs;
import io.mserve.engine.ops.system.Internal;
import io.mserve.engine.ops.system.Show;
import io.mserve.engine.ops.text.Case;
import io.mserve.engine.ops.text.Identifiers;
import io.mserve.engine.ops.text.Patterns;
import io.mserve.engine.ops.text.Sv;
import io.mserve.engine.ops.text.Trim;
import io.mserve.engine.ops.text.Vs;
import io.mserve.engine.ops.time.Civil;
import io.mserve.engine.qsql.Functional;
import io.mserve.engine.qsql.Joins;
import io.mserve.engine.qsql.QSql;
import io.mserve.engine.qsql.TableOps;
import io.mserve.engine.qsql.WindowJoin;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import java.util.List;
import java.util.Set;

/**
 * Every q primitive, each name registered once, with all its forms, and pointing at its one
 * home: the static method of a family package ({@code ops.*}, {@code qsql}, {@code io}), or of
 * the interpreter ({@code eval}) or this session where a primitive needs them. A name given twice
 * fails at start-up. Contextual homes take the session's {@link Context}, the interpreter or
 * the file verbs, bound here.
 */
final class Primitives {
    private Primitives() {}

    static Builtins table(Interp interp, Context ctx, Globals root, FileIO files, Session session) {
        Builtins.Builder t = new Builtins.Builder();
        QSql queries = interp.queries();
        Values values = new Values(interp, files);
        SystemCommands commands = session.commands();

        // operators: unary form, binary form, and the forms of rank 3 and more
        t.operator("+", Dicts::flip, atomic(Num::add));
        t.operator("-", atomic(Unary::neg), (x, y) -> Atomic.dyad(x, y, Num::subtract, Unary::neg));
        t.operator("*", Items::first, atomic(Num::multiply));
        t.operator("%", atomic(Unary::reciprocal), atomic(Num::divide));
        t.operator("&", Items::where, atomic(Num::min));
        t.operator("|", Items::reverse, atomic(Num::max));
        t.operator("^", Nulls::isNull, atomic(Fill::fill));
        t.operator("=", Find::group, Cmp::equality);
        t.operator("<>", null, Cmp::inequality);
        t.operator("<", Order::iasc, atomic(Cmp::lt));
        t.operator(">", Order::idesc, atomic(Cmp::gt));
        t.operator("<=", null, atomic(Cmp::le));
        t.operator(">=", null, atomic(Cmp::ge));
        t.operator("~", atomic(Unary::not), (x, y) -> Q.b(Match.match(x, y)));
        t.operator("_", atomic(Unary::floor), Take::drop);
        t.operator("#", Items::count, Take::take);
        t.operator(",", Join::enlist, Join::join);
        t.operator("?", Find::distinct, (x, y) -> FileIO.isFile(x) ? files.enumExtend(x, y) : Find.find(ctx, x, y), 6,
                args -> Functional.query(queries, args));
        t.operator("!", values::key, (x, y) -> Internal.is(x) ? internal(interp, ctx, files, x, y) : Dicts.bang(ctx, x, y), 4, args -> Functional.amend(queries, args));
        t.operator("$", x -> Strings.string(ctx.console(), x), (x, y) -> Dollar.apply(ctx, x, y));
        t.operator("@", Datatypes::type, (f, x) -> Application.at(interp, f, x), 4, args -> Application.at(interp, args));
        t.operator(".", values::value, (f, x) -> Application.dot(interp, f, x), 4, args -> Application.dot(interp, args));
        t.operator("'", f -> IteratorFn.each(interp, f), (f, g) -> Composition.of(interp, new K[] {f, g}), 8,
                fns -> Composition.of(interp, fns));
        // the other iterators as values, as a parse tree holds them: (/;+) is +/
        for (String iterator : new String[] {"/", "\\", "':", "/:", "\\:"}) {
            t.operator(iterator, f -> IteratorFn.derive(interp, f, iterator), null);
        }
        t.operator(":", null, Application::assign);
        t.operator("0:", null, FileIO::text);
        t.operator("1:", null, Binary::apply);

        // arithmetic
        t.unary("neg", atomic(Unary::neg));
        t.unary("abs", atomic(Unary::abs));
        t.unary("sqrt", atomic(Unary::sqrt));
        t.unary("exp", atomic(Unary::exp));
        t.unary("log", atomic(Unary::log));
        t.unary("floor", atomic(Unary::floor));
        t.unary("ceiling", atomic(Unary::ceiling));
        t.unary("signum", atomic(Unary::signum));
        t.unary("reciprocal", atomic(Unary::reciprocal));
        t.unary("not", atomic(Unary::not));
        t.binary("and", atomic(Num::min));
        t.binary("or", atomic(Num::max));
        t.binary("mod", atomic(Num::mod));
        t.binary("div", atomic(Num::div));
        t.binary("xexp", atomic(Num::xexp));
        t.binary("xlog", atomic(Num::xlog));
        t.binary("xbar", Num::xbar);

        // aggregates
        t.unary("sum", Agg::sum);
        t.unary("prod", Agg::prod);
        t.unary("prd", Agg::prod);
        t.unary("max", Agg::max);
        t.unary("min", Agg::min);
        t.unary("avg", Agg::avg);
        t.unary("med", Agg::med);
        t.unary("var", Agg::var);
        t.unary("dev", Agg::dev);
        t.unary("svar", Agg::svar);
        t.unary("sdev", Agg::sdev);
        t.unary("all", Agg::all);
        t.unary("any", Agg::any);
        t.binary("wsum", Agg::wsum);
        t.binary("wavg", Agg::wavg);
        t.binary("cov", Agg::cov);
        t.binary("scov", Agg::scov);
        t.binary("cor", Agg::cor);

        // running and moving functions
        t.unary("sums", Running::sums);
        t.unary("prds", Running::prds);
        t.unary("maxs", Running::maxs);
        t.unary("mins", Running::mins);
        t.unary("avgs", Running::avgs);
        t.ambivalent("deltas", Running::deltas, (seed, x) -> IteratorFn.deltas(interp, seed, x), 0, null);
        t.unary("ratios", Running::ratios);
        t.binary("msum", Running::msum);
        t.binary("mavg", Running::mavg);
        t.binary("mcount", Running::mcount);
        t.binary("mmax", Running::mmax);
        t.binary("mmin", Running::mmin);
        t.binary("mdev", Running::mdev);
        t.binary("ema", Running::ema);

        // comparison
        t.unary("differ", Match::differ);

        // lists
        t.unary("til", Items::til);
        t.unary("count", Items::count);
        t.unary("first", Items::first);
        t.unary("last", Items::last);
        t.unary("reverse", Items::reverse);
        t.unary("where", Items::where);
        t.unary("raze", Join::raze);
        t.ambivalent("enlist", Join::enlist, (x, y) -> Join.enlist(new K[] {x, y}), 255, Join::enlist);
        t.binary("cross", Join::cross);
        t.unary("null", Nulls::isNull);
        t.unary("fills", Nulls::fills);
        t.unary("attr", Attrs::attr);
        t.unary("prev", x -> Take.shift(1, x));
        t.unary("next", x -> Take.shift(-1, x));
        t.binary("xprev", Take::xprev);
        t.binary("sublist", Take::sublist);
        t.binary("rotate", Take::rotate);
        t.binary("cut", Take::cutKeyword);

        // search and sets
        t.unary("distinct", Find::distinct);
        t.unary("group", Find::group);
        t.binary("in", Find::in);
        t.binary("union", Find::union);
        t.binary("inter", Find::inter);
        t.binary("except", Find::except);
        t.binary("within", Bin::within);
        t.binary("bin", (x, y) -> Bin.bin(x, y, false));
        t.binary("binr", (x, y) -> Bin.bin(x, y, true));

        // sorting
        t.unary("asc", Order::asc);
        t.unary("desc", Order::desc);
        t.unary("iasc", Order::iasc);
        t.unary("idesc", Order::idesc);
        t.unary("rank", Order::rank);
        t.binary("xrank", Order::xrank);
        t.binary("xasc", (x, y) -> ctx.inPlace(y, v -> Order.xsort(x, v, false)));
        t.binary("xdesc", (x, y) -> ctx.inPlace(y, v -> Order.xsort(x, v, true)));

        // dictionaries, tables, names and their values
        t.unary("key", values::key);
        t.unary("value", values::value);
        t.unary("get", values::value);
        t.binary("set", files::set);
        t.unary("flip", Dicts::flip);
        t.unary("cols", Tables::cols);
        t.binary("xkey", (x, y) -> ctx.inPlace(y, v -> Tables.xkey(x, v)));
        t.binary("xcols", Tables::xcols);
        t.binary("xcol", Tables::xcol);
        t.unary("ungroup", Tables::ungroup);

        // casts and text of values
        t.unary("type", Datatypes::type);
        t.unary("string", x -> Strings.string(ctx.console(), x));

        // text
        t.unary("lower", Case::lower);
        t.unary("upper", Case::upper);
        t.unary("trim", Trim::trim);
        t.unary("ltrim", Trim::ltrim);
        t.unary("rtrim", Trim::rtrim);
        t.binary("like", Patterns::like);
        t.binary("ss", Patterns::ss);
        t.variadic("ssr", 3, args -> {
            if (args.length != 3) {
                throw QException.rank();
            }
            return Patterns.ssr(args[0], args[1], args[2]);
        });
        t.binary("vs", Vs::vs);
        t.binary("sv", Sv::sv);

        // mathematics
        t.unary("sin", Trig::sin);
        t.unary("cos", Trig::cos);
        t.unary("tan", Trig::tan);
        t.unary("asin", Trig::asin);
        t.unary("acos", Trig::acos);
        t.unary("atan", Trig::atan);
        t.binary("mmu", Matrices::mmu);
        t.unary("inv", Matrices::inv);
        t.binary("lsq", Matrices::lsq);

        // digests, encodings, console output
        t.unary("md5", Codecs::md5);
        t.unary("show", x -> Show.show(ctx, x));

        // the interpreter: iterators as keywords, evaluation
        t.binary("each", (f, x) -> IteratorFn.each(interp, f, x));
        t.binary("peach", (f, x) -> IteratorFn.each(interp, f, x));
        t.binary("over", (f, x) -> IteratorFn.over(interp, f, x));
        t.binary("scan", (f, x) -> IteratorFn.scan(interp, f, x));
        t.binary("prior", (f, x) -> IteratorFn.prior(interp, f, x));
        t.unary("eval", x -> ParseTree.eval(interp, x));
        t.unary("reval", x -> ParseTree.reval(interp, x));
        t.unary("parse", x -> ParseTree.parse(interp, x));

        // q-SQL, joins, table keywords
        t.binary("lj", (x, y) -> Joins.lj(x, y, false));
        t.binary("ljf", (x, y) -> Joins.lj(x, y, true));
        t.binary("ij", (x, y) -> Joins.ij(x, y, false));
        t.binary("ijf", (x, y) -> Joins.ij(x, y, true));
        t.binary("uj", (x, y) -> Joins.uj(x, y, false));
        t.binary("ujf", (x, y) -> Joins.uj(x, y, true));
        t.binary("pj", Joins::pj);
        t.variadic("ej", 3, a -> Joins.ej(a[0], a[1], a[2]));
        t.variadic("aj", 3, a -> Joins.aj(a[0], a[1], a[2], false, false));
        t.variadic("aj0", 3, a -> Joins.aj(a[0], a[1], a[2], true, false));
        t.variadic("ajf", 3, a -> Joins.aj(a[0], a[1], a[2], false, true));
        t.variadic("ajf0", 3, a -> Joins.aj(a[0], a[1], a[2], true, true));
        t.variadic("wj", 4, a -> WindowJoin.join(a[0], a[1], a[2], a[3], true, interp::apply));
        t.variadic("wj1", 4, a -> WindowJoin.join(a[0], a[1], a[2], a[3], false, interp::apply));
        t.binary("fby", (fd, g) -> TableOps.fby(fd, g, interp::apply));
        t.binary("xgroup", TableOps::xgroup);
        t.unary("meta", TableOps::meta);
        t.unary("keys", TableOps::keys);
        t.unary("fkeys", TableOps::fkeys);
        t.binary("upsert", (tb, x) -> TableOps.upsert(ctx, tb, x));
        t.binary("insert", (tb, x) -> TableOps.insert(ctx, tb, x));

        // files and databases
        t.unary("read0", FileIO::read0);
        t.unary("read1", FileIO::read1);
        t.unary("hcount", FileIO::hcount);
        t.unary("hdel", FileIO::hdel);
        t.unary("hsym", FileIO::hsym);
        t.unary("load", files::load);
        t.unary("rload", files::load);
        t.unary("save", x -> files.save(x, false));
        t.unary("rsave", x -> files.save(x, true));

        // IPC
        t.unary("hopen", x -> Connect.hopen(ctx, x));
        t.unary("hclose", x -> Connect.hclose(ctx, x));

        // .Q: text, encodings, formatting
        t.unary(".Q.sha1", Codecs::sha1);
        t.unary(".Q.btoa", Codecs::btoa);
        t.unary(".Q.atob", Codecs::atob);
        t.unary(".Q.gz", Codecs::gz);
        t.unary(".Q.s", x -> Show.text(ctx, x));
        t.unary(".Q.s1", x -> Show.line(ctx, x));
        t.binary(".Q.f", Strings::fixed);
        t.variadic(".Q.fmt", 3, Strings::fixed);
        t.unary(".Q.id", Identifiers::id);
        t.binary(".Q.addmonths", Civil::addMonths);

        // .Q: hosts, HTTP
        t.unary(".Q.addr", Hosts::addr);
        t.unary(".Q.host", Hosts::host);
        t.unary(".Q.hg", WebClient::get);
        t.variadic(".Q.hp", 3, a -> WebClient.post(a[0], a[1], a[2]));

        // .Q: errors and backtraces
        t.variadic(".Q.trp", 3, a -> Backtrace.trap(interp, a[0], a[1], a[2], false));
        t.variadic(".Q.trpd", 3, a -> Backtrace.trap(interp, a[0], a[1], a[2], true));
        t.unary(".Q.bt", x -> Backtrace.print(interp, x));
        t.unary(".Q.sbt", Backtrace::text);

        // .Q: files in chunks of lines, scripts
        t.binary(".Q.fs", (f, x) -> lineChunks(interp, f, x, Q.j(LineChunks.DEFAULT_SIZE)));
        t.variadic(".Q.fsn", 3, a -> lineChunks(interp, a[0], a[1], a[2]));
        t.binary(".Q.fps", (f, x) -> lineChunks(interp, f, x, Q.j(LineChunks.DEFAULT_SIZE)));
        t.variadic(".Q.fpn", 3, a -> lineChunks(interp, a[0], a[1], a[2]));
        t.binary(".Q.Xf", FileIO::emptyNested);
        t.unary(".Q.Cf", x -> FileIO.emptyNested(Q.s("char"), x));
        t.unary(".Q.l", commands::load);
        t.variadic(".Q.lo", 3, commands::loadDatabase);
        t.unary(".Q.ld", Scripts::lineGroups);

        // .Q: databases
        t.binary(".Q.en", files::enumerate);
        t.variadic(".Q.ens", 3, a -> files.enumerate(a[0], a[1], a[2]));
        t.variadic(".Q.dpft", 4, a -> files.dpft(a[0], a[1], a[2], a[3]));
        t.variadic(".Q.dpfts", 5, files::dpfts);
        t.variadic(".Q.dpt", 3, a -> files.dpt(a[0], a[1], a[2]));
        t.variadic(".Q.dpts", 4, files::dpts);
        t.variadic(".Q.par", 3, a -> FileIO.partitionPath(a[0], a[1], a[2]));
        t.unary(".Q.qp", Partitions::qp);
        t.binary(".Q.ind", Partitions::ind);
        t.unary(".Q.cn", x -> Partitions.cn(root, x));
        t.unary(".Q.v", x -> Partitions.v(files, root, x));
        t.unary(".Q.V", x -> Partitions.columns(files, root, x));
        t.unary(".Q.chk", Partitions::chk);
        t.unary(".Q.view", x -> Partitions.view(root, x));

        // .h: the web console's table pages (the rest of .h is in bootstrap.q)
        t.binary(".h.jx", (x, name) -> Show.page(ctx, x, name));

        // .j: JSON
        t.unary(".j.j", Json::j);
        t.unary(".j.jd", Json::jd);
        t.unary(".j.k", Json::k);

        // the session
        t.unary("system", commands::system);
        t.unary("tables", commands::tables);
        t.unary("views", commands::views);
        t.unary("view", interp::view);
        t.unary("exit", commands::exit);
        t.unary("getenv", Shell::getenv);
        t.binary("setenv", Shell::setenv);
        t.unary(".Q.w", x -> session.workspace().statsByName());
        t.unary(".Q.gc", x -> session.workspace().collect());
        t.binary(".Q.ts", commands::timeAndSpace);

        // what q reserves and neither this table nor bootstrap.q defines: 'nyi when applied
        Set<String> defined = Bootstrap.names(t::isInfix);
        for (List<String> names : List.of(Reserved.KEYWORDS, Reserved.FUNCTIONS)) {
            for (String name : names) {
                if (!t.has(name) && !defined.contains(name)) {
                    t.missing(name);
                }
            }
        }
        return t.build();
    }

    // .Q.fs and the like: f applied to the lines of each chunk of the file
    private static K lineChunks(Interp interp, K f, K file, K size) {
        return LineChunks.stream(file, size, lines -> interp.apply(f, new K[] {lines}));
    }

    // n!y, an internal function: the keyword that replaced it (-5! is parse), a file one, else Internal's own.
    private static K internal(Interp interp, Context ctx, FileIO files, K n, K y) {
        long code = Ints.atom(n);
        if (code == -19) {
            return files.compressFile(y);
        }
        if (code == -21) {
            return FileIO.compressionStats(y);
        }
        String name = Internal.replacedBy(n);
        if (name == null) {
            return Internal.apply(ctx, n, y);
        }
        Builtin keyword = interp.builtins().get(name);
        if (keyword == null) {
            throw QException.nyi();
        }
        return interp.apply(keyword, new K[] {y});
    }

    private static Dyad atomic(Atomic.Kernel k) {
        return (x, y) -> Atomic.dyad(x, y, k);
    }

    private static Monad atomic(Atomic.Kernel1 k) {
        return x -> Atomic.monad(x, k);
    }
}
