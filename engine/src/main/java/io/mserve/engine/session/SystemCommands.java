package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.eval.Interp;
import io.mserve.engine.eval.LambdaFn;
import io.mserve.engine.io.Database;
import io.mserve.engine.io.Globals;
import io.mserve.engine.ops.system.Workspace;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system commands, {@code \c \d \l \t \ts \P \v \a \f \b \B \p …} and {@code system "…"};
 * also the keywords that are their functional forms: {@code tables}, {@code views}, {@code exit}.
 */
final class SystemCommands {
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s/(\\s|$)");

    private final Session session;
    private final Globals root;
    private int precision = 7;

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
        Console console = session.console();
        Interp interp = session.interp();
        switch (name) {
            case "c": {
                if (arg.isEmpty()) {
                    return Q.longs(console.rows(), console.columns());
                }
                String[] parts = arg.split("\\s+");
                session.console(new Console(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), precision));
                return Q.NIL;
            }
            case "d":
                if (arg.isEmpty()) {
                    return Q.s(interp.namespace().isEmpty() ? "." : interp.namespace());
                }
                interp.namespace(arg.equals(".") ? "" : arg);
                return Q.NIL;
            case "t":
            case "ts": {
                Workspace.Measured m = Workspace.measure(() -> session.evaluate(arg));
                return name.equals("t") ? Q.j(m.millis()) : Q.longs(m.millis(), m.bytes());
            }
            case "l":
                return load(arg, true);
            case "v":
            case "a":
            case "f":
                return names(name);
            case "b":
                return views();
            case "B":
                return Q.syms(interp.pendingViews().toArray(new String[0]));
            case "P":
                if (arg.isEmpty()) {
                    return Q.i(precision);
                }
                precision = Integer.parseInt(arg);
                session.console(new Console(console.rows(), console.columns(), precision));
                return Q.NIL;
            case "p":
                if (arg.isEmpty()) {
                    return Q.i(session.connections().port());
                }
                session.connections().listen(arg);
                return Q.NIL;
            case "S":
            case "z":
                return arg.isEmpty() ? Q.j(0) : Q.NIL;
            case "e":
            case "g":
            case "o":
            case "w":
                return Q.NIL;
            default:
                throw QException.nyi();
        }
    }

    /** {@code \l path}: a script, or data (a file, a splayed table, a database and then its scripts, when {@code scripts}). */
    private K load(String path, boolean scripts) {
        try {
            if (Database.handles(Path.of(path))) {
                for (Path script : Database.load(Path.of(path), root)) {
                    if (scripts) {
                        session.load(script);
                    }
                }
                return Q.NIL;
            }
            session.load(Path.of(path));
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
     * {@code scripts}; the engine never changes directory, so {@code cd} changes nothing.
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
        return run(Q.text(command));
    }

    /** {@code tables[]} and {@code \a}: the tables in the current namespace. */
    K tables(K x) {
        return names("a");
    }

    /** {@code views[]} and {@code \b}: the views, sorted. */
    K views(K x) {
        return views();
    }

    /** {@code exit n}: an embedded session does not end its process; the REPL's {@code \\} does. */
    K exit(K x) {
        return Q.NIL;
    }

    private K views() {
        Interp interp = session.interp();
        String[] names = new TreeSet<>(interp.viewNames()).toArray(new String[0]);
        return new SymbolVector(Q.syms(names).items(), Attribute.SORTED);
    }

    // \v, \a, \f: variables, tables, functions of the current namespace
    private K names(String kind) {
        Interp interp = session.interp();
        List<String> out = new ArrayList<>();
        String ns = interp.namespace();
        for (Map.Entry<String, K> e : new TreeMap<>(interp.globals()).entrySet()) {
            String n = e.getKey();
            boolean here = ns.isEmpty() ? !n.startsWith(".") : n.startsWith(ns + ".");
            if (!here) {
                continue;
            }
            String shortName = ns.isEmpty() ? n : n.substring(ns.length() + 1);
            K v = e.getValue();
            boolean include = kind.equals("v") || (kind.equals("a") && (v instanceof Table || v instanceof Dict d
                    && d.isKeyedTable())) || (kind.equals("f") && v instanceof LambdaFn);
            if (include) {
                out.add(shortName);
            }
        }
        return Q.syms(out.toArray(new String[0]));
    }

    // A system command's trailing comment: whitespace, then / and a space (a path such as /tmp/db is no comment).
    static String withoutComment(String command) {
        Matcher m = TRAILING_COMMENT.matcher(command);
        return m.find() ? command.substring(0, m.start()) : command;
    }
}
