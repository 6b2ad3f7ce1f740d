package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.eval.Interp;
import io.mserve.engine.eval.LambdaFn;
import io.mserve.engine.io.Database;
import io.mserve.engine.io.Globals;
import io.mserve.engine.io.WorkingDirectory;
import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.search.Rand;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system commands, {@code \c \d \l \t \ts \w \P \v \a \f \b \B \p \cd \x …}, and
 * {@code system "…"}; a command q does not know goes to the operating system's shell, and
 * {@code q args} starts another q. Also the keywords that are their functional forms:
 * {@code tables}, {@code views}, {@code exit}, {@code getenv}, {@code setenv}.
 */
final class SystemCommands {
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s/(\\s|$)");
    private static final Pattern NUMBERS_COMMENT = Pattern.compile("\\s/.*$", Pattern.DOTALL);
    private static final Pattern REPEATED = Pattern.compile("(ts?):(\\d+)");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final long TOO_LARGE_MB = 1L << 39;
    /** q's own commands; any other goes to the shell. Those without a case below signal {@code 'nyi}. */
    private static final Set<String> COMMANDS = Set.of("a", "b", "B", "c", "C", "cd", "d", "e", "E", "f", "g", "l", "o",
            "p", "P", "r", "s", "S", "t", "ts", "T", "u", "v", "w", "W", "x", "z", "1", "2", "_", "");

    private final Session session;
    private final Globals root;
    private int precision = 7;
    private boolean dayFirst;
    private int timeout;
    private int secondaries;
    private int maxSecondaries;
    private int errorTrap;
    private int collection;
    private long seed = Rand.DEFAULT_SEED;
    private long[] httpConsole = {36, 2000};

    SystemCommands(Session session, Globals root) {
        this.session = session;
        this.root = root;
    }

    /** A system command without its backslash: {@code c 25 80}, {@code d .ns}, {@code t expr}, {@code l file}. */
    K run(String command) {
        String cmd = withoutComment(command).strip();
        int space = cmd.indexOf(' ');
        String name = space < 0 ? cmd : cmd.substring(0, space);
        String arg = space < 0 ? "" : cmd.substring(space + 1).strip();
        Access.requireSystem();
        if (name.startsWith("\\")) {
            session.exit(Q.j(0), 0);
        }
        Matcher repeated = REPEATED.matcher(name);
        if (repeated.matches()) {
            return measure(repeated.group(1).equals("ts"), Long.parseLong(repeated.group(2)), arg);
        }
        Console console = session.console();
        Interp interp = session.interp();
        switch (name) {
            case "c": {
                if (arg.isEmpty()) {
                    return Q.longs(console.rows(), console.columns());
                }
                long[] rc = pair(arg);
                session.console(new Console(consoleSize(rc[0]), consoleSize(rc[1]), precision));
                return Q.NIL;
            }
            case "C":
                if (arg.isEmpty()) {
                    return Q.longs(httpConsole);
                }
                long[] rc = pair(arg);
                httpConsole = new long[] {consoleSize(rc[0]), consoleSize(rc[1])};
                return Q.NIL;
            case "cd":
                if (arg.isEmpty()) {
                    return Q.str(WorkingDirectory.current().toString());
                }
                WorkingDirectory.change(arg);
                return Q.NIL;
            case "d":
                if (arg.isEmpty()) {
                    return Q.s(interp.namespace().isEmpty() ? "." : interp.namespace());
                }
                interp.namespace(arg.equals(".") ? "" : arg);
                return Q.NIL;
            case "t":
                if (arg.isEmpty()) {
                    return Q.j(session.timer().interval());
                }
                if (WHOLE.matcher(arg).matches()) {
                    session.timer().interval((int) whole(arg, 0, Integer.MAX_VALUE));
                    return Q.NIL;
                }
                return measure(false, 1, arg);
            case "ts":
                return measure(true, 1, arg);
            case "T":
                if (arg.isEmpty()) {
                    return Q.i(timeout);
                }
                timeout = (int) whole(arg, 0, Integer.MAX_VALUE);
                return Q.NIL;
            case "l":
                return load(arg, true);
            case "v":
            case "a":
            case "f":
                return names(name, arg.isEmpty() ? interp.namespace() : arg.equals(".") ? "" : arg);
            case "b":
                return views();
            case "B":
                return Q.syms(interp.pendingViews().toArray(new String[0]));
            case "P":
                if (arg.isEmpty()) {
                    return Q.i(precision);
                }
                precision = (int) whole(arg, 0, 17);
                session.console(new Console(console.rows(), console.columns(), precision));
                return Q.NIL;
            case "p":
                if (arg.isEmpty()) {
                    return Q.i(session.connections().port());
                }
                session.connections().listen(arg);
                return Q.NIL;
            case "S":
                if (arg.isEmpty()) {
                    return Q.i((int) seed);
                }
                if (arg.equals("0N")) {
                    throw QException.nyi(); // the generator's state is not an int
                }
                seed = whole(arg, Integer.MIN_VALUE + 1, Integer.MAX_VALUE);
                session.seed(seed);
                return Q.NIL;
            case "s":
                if (arg.isEmpty()) {
                    return Q.i(secondaries);
                }
                if (arg.equals("0N")) {
                    return Q.i(maxSecondaries);
                }
                long n = whole(arg, 0, Integer.MAX_VALUE);
                if (n > maxSecondaries) {
                    throw new QException("limit");
                }
                secondaries = (int) n;
                return Q.NIL;
            case "e":
                if (arg.isEmpty()) {
                    return Q.i(errorTrap);
                }
                errorTrap = (int) whole(arg, 0, 2);
                return Q.NIL;
            case "g":
                if (arg.isEmpty()) {
                    return Q.i(collection);
                }
                collection = (int) whole(arg, 0, 1);
                session.workspace().collect();
                return Q.NIL;
            case "o":
                if (arg.isEmpty()) {
                    Integer m = session.dotZ().offset();
                    return m == null ? Q.j(Long.MIN_VALUE) : Q.j(m % 60 == 0 ? m / 60 : m);
                }
                session.dotZ().offset(offsetMinutes(arg));
                return Q.NIL;
            case "w":
                if (arg.isEmpty()) {
                    return session.workspace().stats();
                }
                long mb = arg.equals("0") || arg.equals("1") ? 0 : whole(arg, 1, Long.MAX_VALUE);
                // syscmds.md: "too large a number" falls back to \w 0; its examples put the bound between 1e9 and 1e12 MB
                return mb == 0 || mb > TOO_LARGE_MB ? session.workspace().symbols() : session.workspace().relimit(mb);
            case "u":
                PasswordFile p = session.passwordFile();
                if (p != null) {
                    session.passwordFile(p.reread());
                }
                return Q.NIL;
            case "x":
                if (session.passwordFile() != null) {
                    // -U disables \x, even on the console
                    throw new QException("access");
                }
                session.interp().removeGlobal(arg);
                return Q.NIL;
            case "_":
                if (arg.isEmpty()) {
                    return Q.b(session.writesBlocked());
                }
                throw QException.nyi();
            case "z":
                if (arg.isEmpty()) {
                    return Q.j(dayFirst ? 1 : 0);
                }
                dayFirst = whole(arg, 0, 1) == 1;
                return Q.NIL;
            default:
                // \ alone (the debugger's and k's), \r \W \E \1 \2: q's, not here; anything else is the shell's
                if (COMMANDS.contains(name)) {
                    throw QException.nyi();
                }
                return os(name, arg);
        }
    }

    /** What the console shows for the command: OS output a line each, as strings; null for nothing. */
    String console(String command) {
        K r = run(command);
        if (r == Q.NIL) {
            return null;
        }
        if (!isOs(command)) {
            return session.console().show(r);
        }
        StringBuilder b = new StringBuilder();
        for (K line : ((KList) r).items()) {
            b.append(b.length() == 0 ? "" : "\n").append(session.console().show(line));
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static boolean isOs(String command) {
        String name = withoutComment(command).strip().split("\\s+", 2)[0];
        return !COMMANDS.contains(name) && !name.startsWith("\\") && !REPEATED.matcher(name).matches();
    }

    // An OS command; "q args" starts another q in the background.
    private K os(String name, String arg) {
        List<String> q = session.childCommand();
        if (name.equals("q") && q != null) {
            StringBuilder program = new StringBuilder();
            for (String word : q) {
                program.append(program.length() == 0 ? "" : " ").append(Shell.quote(word));
            }
            String args = arg.endsWith("&") ? arg.substring(0, arg.length() - 1).strip() : arg;
            return Shell.start(program.toString(), args);
        }
        return Shell.run(arg.isEmpty() ? name : name + " " + arg);
    }

    // \t and \ts: ms to evaluate expr n times, and the bytes one evaluation allocated.
    private K measure(boolean space, long n, String expr) {
        if (expr.isEmpty()) {
            throw new QException("\\t");
        }
        long bytes = Workspace.allocated();
        long start = System.nanoTime();
        for (long i = 0; i < n; i++) {
            session.evaluate(expr);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        bytes = (Workspace.allocated() - bytes) / Math.max(n, 1);
        return space ? Q.longs(ms, bytes) : Q.j(ms);
    }

    /** {@code .Q.ts[f;args]}: {@code (ms bytes;.[f;args])}. */
    K timeAndSpace(K f, K args) {
        long bytes = Workspace.allocated();
        long start = System.nanoTime();
        K result = session.apply(session.primitive("."), f, args);
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new KList(Q.longs(ms, Workspace.allocated() - bytes), result);
    }

    /** {@code -T}'s and {@code \T}'s seconds: how long a client's query may run, 0 for ever. */
    int timeout() {
        return timeout;
    }

    /** {@code -s n}: the most secondary threads {@code \s} may ask for. */
    void maxSecondaries(int n) {
        maxSecondaries = n;
        secondaries = n;
    }

    /** {@code \l path}: a script, or data (a file, a splayed table, a database and then its scripts, when {@code scripts}). */
    private K load(String path, boolean scripts) {
        try {
            Path file = WorkingDirectory.resolve(path);
            if (Database.handles(file)) {
                for (Path script : Database.load(file, root)) {
                    if (scripts) {
                        session.load(script);
                    }
                }
                return Q.NIL;
            }
            session.load(file);
        } catch (IOException e) {
            throw new QException(path + ": " + e.getMessage());
        }
        return Q.NIL;
    }

    /** {@code .Q.l `:path}: {@code \l path}. */
    K load(K path) {
        return load(fileName(path), true);
    }

    /**
     * {@code .Q.lo[`:db;cd;scripts]}: loads a database, running its scripts only when
     * {@code scripts}; {@code \\l} of a database does not change directory here, so {@code cd} changes nothing.
     */
    K loadDatabase(K[] args) {
        return load(fileName(args[0]), Interp.truthy(args[2]));
    }

    private static String fileName(K path) {
        if (!(path instanceof SymbolAtom s)) {
            throw QException.type();
        }
        return s.value().startsWith(":") ? s.value().substring(1) : s.value();
    }

    /** {@code system s}: the command s, its backslash left out. */
    K system(K command) {
        if (command.type() != QType.CHAR && command.type() != -QType.CHAR) {
            throw QException.type();
        }
        return run(Q.text(command));
    }

    /** {@code tables[]} and {@code \a}: the tables in the current namespace. */
    K tables(K x) {
        return names("a", session.interp().namespace());
    }

    /** {@code views[]} and {@code \b}: the views, sorted. */
    K views(K x) {
        return views();
    }

    /** {@code exit n}: {@code .z.exit n}, then the process ends with status n. */
    K exit(K x) {
        int t = x.type();
        if (t != -QType.BOOLEAN && t != -QType.SHORT && t != -QType.INT && t != -QType.LONG) {
            throw QException.type();
        }
        session.exit(x, (int) Ints.toLong(x));
        return Q.NIL;
    }

    private K views() {
        Interp interp = session.interp();
        String[] names = new TreeSet<>(interp.viewNames()).toArray(new String[0]);
        // `s#`v`w, but no views is `symbol$() (ref/view.md, ref/parse.md)
        return new SymbolVector(names, names.length == 0 ? Attribute.NONE : Attribute.SORTED);
    }

    // \v, \a, \f: variables, tables, functions of namespace ns ("" for the root); an unknown one is undefined
    private K names(String kind, String ns) {
        Interp interp = session.interp();
        List<String> out = new ArrayList<>();
        boolean exists = ns.isEmpty();
        for (Map.Entry<String, K> e : new TreeMap<>(interp.globals()).entrySet()) {
            String n = e.getKey();
            boolean here = ns.isEmpty() ? !n.startsWith(".") : n.startsWith(ns + ".");
            if (!here) {
                continue;
            }
            exists = true;
            String shortName = ns.isEmpty() ? n : n.substring(ns.length() + 1);
            K v = e.getValue();
            boolean include = shortName.indexOf('.') < 0 && (kind.equals("v") || (kind.equals("a") && (v instanceof Table
                    || v instanceof Partitioned || v instanceof Dict d && d.isKeyedTable())) || (kind.equals("f") && v instanceof LambdaFn));
            if (include) {
                out.add(shortName);
            }
        }
        if (kind.equals("f") && !ns.isEmpty()) {
            // the namespace's functions the engine implements in Java (.h.htc, .Q.s …)
            for (String n : interp.builtins().names()) {
                if (n.startsWith(ns + ".") && n.indexOf('.', ns.length() + 1) < 0) {
                    out.add(n.substring(ns.length() + 1));
                    exists = true;
                }
            }
            out.sort(null);
        }
        if (!exists && !ns.equals(interp.namespace())) {
            throw QException.undefined(ns);
        }
        return Q.syms(out.toArray(new String[0]));
    }

    /** {@code \z}: whether {@code "D"$} reads dd/mm/yyyy. */
    boolean dayFirst() {
        return dayFirst;
    }

    // \c and \C sizes are kept within 10..2000.
    private static int consoleSize(long n) {
        return (int) Math.max(10, Math.min(2000, n));
    }

    private static long[] pair(String arg) {
        String[] parts = numerals(arg).split("\\s+");
        if (parts.length != 2) {
            throw QException.length();
        }
        return new long[] {whole(parts[0], 0, Long.MAX_VALUE), whole(parts[1], 0, Long.MAX_VALUE)};
    }

    // -o n, \o n: hours when |n| <= 23, else minutes
    static int offsetMinutes(String arg) {
        long n = whole(arg, -24 * 60, 24 * 60);
        return (int) (Math.abs(n) <= 23 ? n * 60 : n);
    }

    private static long whole(String text, long min, long max) {
        long n;
        try {
            n = Long.parseLong(numerals(text));
        } catch (NumberFormatException e) {
            throw QException.type();
        }
        if (n < min || n > max) {
            throw QException.domain();
        }
        return n;
    }

    // Numbers end where a comment begins, whitespace then / (\P 0 /all digits): they cannot be a path.
    private static String numerals(String arg) {
        return NUMBERS_COMMENT.matcher(arg).replaceFirst("").strip();
    }

    // A system command's trailing comment: whitespace, then / and a space (a path such as /tmp/db is no comment).
    static String withoutComment(String command) {
        Matcher m = TRAILING_COMMENT.matcher(command);
        return m.find() ? command.substring(0, m.start()) : command;
    }
}
