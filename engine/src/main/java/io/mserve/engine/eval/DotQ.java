package io.mserve.engine.eval;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;

/** The parts of the {@code .Q} (and {@code .h}) namespaces a session starts with: character sets, {@code .Q.s}, formatting. */
final class DotQ {
    private DotQ() {}

    static void define(Session session) {
        Interp interp = session.interp();
        interp.setGlobal(".Q.a", Q.str("abcdefghijklmnopqrstuvwxyz"), "");
        interp.setGlobal(".Q.A", Q.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "");
        interp.setGlobal(".Q.n", Q.str("0123456789"), "");
        interp.setGlobal(".Q.nA", Q.str("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "");
        interp.setGlobal(".Q.an", Q.str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"), "");
        interp.setGlobal(".Q.t", Q.str(" bg xhijefcspmdznuvt"), "");
        interp.setGlobal(".Q.b6", Q.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "");
        interp.builtins().monad(".Q.s", (K x) -> Q.str(session.console().show(x) + "\n"));
        interp.builtins().monad(".Q.s1", (K x) -> Q.str(io.mserve.engine.display.Console.one(x)));
        interp.builtins().monad(".Q.id", DotQ::id);
        interp.builtins().variadic(".Q.fmt", 3, args -> fmt(args));
        interp.builtins().dyad(".Q.addmonths", DotQ::addMonths);
        interp.builtins().monad(".Q.sha1", (K x) -> Core.digest("SHA-1", bytes(x)));
        interp.builtins().dyad(".h.htc", (tag, text) -> {
            String t = ((io.mserve.ipc.value.SymbolAtom) tag).value();
            return Q.str("<" + t + ">" + Q.text(text) + "</" + t + ">");
        });
        interp.builtins().dyad(".Q.f", (decimals, x) -> {
            double v = io.mserve.engine.ops.arith.Types.doubles(x)[0];
            return Q.str(String.format(java.util.Locale.ROOT, "%." + Interp.toLong(decimals) + "f", v));
        });
        interp.builtins().monad(".Q.btoa", (K x) -> Q.str(java.util.Base64.getEncoder().encodeToString(bytes(x))));
        interp.builtins().monad(".Q.atob", (K x) -> new io.mserve.ipc.value.ByteVector(io.mserve.ipc.value.QType.CHAR,
                java.util.Base64.getDecoder().decode(bytes(x))));
    }

    private static byte[] bytes(K x) {
        if (x instanceof io.mserve.ipc.value.ByteVector) {
            return ((io.mserve.ipc.value.ByteVector) x).items();
        }
        throw io.mserve.engine.QException.type();
    }

    // .Q.id: a symbol made a valid name (letters, digits and _ kept, a leading digit prefixed with a);
    // a table's column names likewise, duplicates numbered.
    private static K id(K x) {
        if (x instanceof io.mserve.ipc.value.SymbolAtom) {
            return Q.s(name(((io.mserve.ipc.value.SymbolAtom) x).value()));
        }
        if (x instanceof io.mserve.ipc.value.Table) {
            io.mserve.ipc.value.Table t = (io.mserve.ipc.value.Table) x;
            String[] cols = t.columns().items();
            String[] out = new String[cols.length];
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < cols.length; i++) {
                String n = name(cols[i]);
                if (RESERVED.contains(n)) {
                    n = n + "1";
                }
                // a repeated name gets its repeat count appended: a, a1, a2
                int repeats = seen.merge(n, 1, Integer::sum) - 1;
                out[i] = repeats == 0 ? n : n + repeats;
            }
            return new io.mserve.ipc.value.Table(Q.syms(out), t.data(), t.attribute());
        }
        throw io.mserve.engine.QException.type();
    }

    private static final java.util.Set<String> RESERVED = java.util.Set.of("abs", "and", "asc", "avg", "bin", "binr",
            "by", "count", "delete", "desc", "div", "each", "exec", "exp", "first", "from", "in", "last", "like", "log",
            "max", "min", "mod", "neg", "not", "or", "over", "prd", "scan", "select", "sum", "til", "update", "where",
            "within", "xbar", "xexp", "xlog");

    private static String name(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                b.append(c);
            }
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
            b.insert(0, 'a');
        }
        return b.toString();
    }

    // .Q.fmt[width;decimals;x]: x right-aligned in width with that many decimals; stars when it does not fit.
    private static K fmt(K[] args) {
        int width = (int) Interp.toLong(args[0]);
        int decimals = (int) Interp.toLong(args[1]);
        double v = io.mserve.engine.ops.arith.Types.doubles(args[2])[0];
        String text = String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
        if (text.length() > width) {
            return Q.str("*".repeat(width));
        }
        return Q.str(" ".repeat(width - text.length()) + text);
    }

    // .Q.addmonths[d;n]: n months after date d, the day kept (a day past the month's end runs on into the next)
    private static K addMonths(K dates, K months) {
        K[] d = io.mserve.engine.value.Lists.items(dates);
        K[] n = io.mserve.engine.value.Lists.items(months);
        int count = Math.max(d.length, n.length);
        K[] out = new K[count];
        java.time.LocalDate epoch = java.time.LocalDate.of(2000, 1, 1);
        for (int i = 0; i < count; i++) {
            java.time.LocalDate date = epoch.plusDays(Interp.toLong(d[d.length == 1 ? 0 : i]));
            java.time.LocalDate moved = date.withDayOfMonth(1).plusMonths(Interp.toLong(n[n.length == 1 ? 0 : i]))
                    .plusDays(date.getDayOfMonth() - 1L);
            out[i] = new io.mserve.ipc.value.IntAtom(-io.mserve.ipc.value.QType.DATE,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(epoch, moved));
        }
        return dates.type() < 0 && months.type() < 0 ? out[0] : io.mserve.engine.value.Lists.collapse(out);
    }
}
