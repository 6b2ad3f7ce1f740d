package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.parse.Node;
import io.mserve.engine.parse.Parser;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One q session: its globals, console settings and output. {@link #execute} is what the REPL
 * does with a line; {@link #evaluate} is what an IPC message or {@code value} does with text.
 */
public final class Session {
    private final Interp interp;
    private final StringBuilder printed = new StringBuilder();
    private final Map<String, java.util.function.Function<String, K>> commands = new java.util.HashMap<>();
    private int precision = 7;
    private final Map<String, String> viewSources = new java.util.HashMap<>();
    private Console console = new Console(25, 80, precision);

    public Session() {
        Builtins builtins = Builtins.standard();
        interp = new Interp(builtins);
        Core.register(builtins, this);
        interp.handles(this::console);
        DotQ.define(this);
        interp.queries(io.mserve.engine.qsql.QSql.install(builtins, interp,
                n -> interp.global(n, interp.namespace()), (n, v) -> interp.setGlobal(n, v, interp.namespace())));
        io.mserve.engine.io.FileIO.register(builtins,
                io.mserve.engine.io.Globals.of(n -> interp.global(n, ""), (n, v) -> interp.setGlobal(n, v, "")));
        Core.registerQueryForms(builtins, interp);
    }

    Interp interp() {
        return interp;
    }

    public Console console() {
        return console;
    }

    /** Lets q-SQL be evaluated; the q-SQL package calls this. */
    public void queries(Interp.QueryEvaluator evaluator) {
        interp.queries(evaluator);
    }

    void print(String text) {
        printed.append(text).append('\n');
    }

    /** What {@code 1 x}, {@code -1 x} (and 2 for stderr) write: the string or strings, each followed by a newline for a negative handle. */
    public static String consoleText(int handle, K x) {
        StringBuilder text = new StringBuilder();
        for (K line : x instanceof io.mserve.ipc.value.KList ? ((io.mserve.ipc.value.KList) x).items() : new K[] {x}) {
            text.append(Q.text(line));
            if (handle < 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    // Handles 1 and 2 (stdout, stderr; negative: a newline after each line) before any IPC is set up:
    // the console output of this session.
    private K console(int handle, K[] args) {
        if (Math.abs(handle) != 1 && Math.abs(handle) != 2 || args.length != 1 || args[0] == null) {
            return null;
        }
        String text = consoleText(handle, args[0]);
        if (Math.abs(handle) == 1) {
            printed.append(text);
        } else {
            System.err.print(text);
        }
        return Q.j(handle);
    }

    /**
     * Runs one console input as the q REPL does and returns what it prints: the output of
     * {@code show} and {@code 0N!}, then the result (nothing after an assignment, a trailing
     * {@code ;} or {@code ::}), or {@code 'error}.
     */
    public String execute(String input) {
        printed.setLength(0);
        try {
            String trimmed = input.strip();
            if (trimmed.startsWith("\\")) {
                K r = system(trimmed.substring(1));
                if (r != Q.NIL) {
                    printed.append(console.show(r)).append('\n');
                }
            } else {
                Node.Block block = parse(input);
                K result = Q.NIL;
                for (Node statement : block.statements()) {
                    result = interp.evalTop(statement);
                }
                rememberViewSource(block, input);
                Node last = block.statements().get(block.statements().size() - 1);
                boolean quiet = last instanceof Node.Assign || last instanceof Node.Match || last instanceof Node.Nothing;
                if (!quiet && result != Q.NIL) {
                    printed.append(console.show(result)).append('\n');
                }
            }
        } catch (QException e) {
            printed.append('\'').append(e.text()).append('\n');
        } catch (StackOverflowError e) {
            printed.append("'stack\n");
        } catch (OutOfMemoryError e) {
            printed.append("'wsfull\n");
        } catch (RuntimeException e) {
            // An engine defect must not end the session: q users see a q error, not a trace.
            printed.append('\'').append(errorFor(e)).append('\n');
        }
        String out = printed.toString();
        printed.setLength(0);
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    /** The q error a Java exception from a gap in the engine stands for. */
    public static String errorFor(RuntimeException e) {
        if (e instanceof ClassCastException || e instanceof NumberFormatException) {
            return "type";
        }
        if (e instanceof IndexOutOfBoundsException) {
            return "length";
        }
        if (e instanceof ArithmeticException || e instanceof NegativeArraySizeException) {
            return "domain";
        }
        return "nyi";
    }

    // view`v shows a view's definition as it was typed: kept from a line that is just name::expr.
    private void rememberViewSource(Node.Block block, String input) {
        if (block.statements().size() == 1 && block.statements().get(0) instanceof Node.Assign) {
            Node.Assign a = (Node.Assign) block.statements().get(0);
            int at = input.indexOf("::");
            if (a.global() && interp.viewNames().contains(a.name()) && at > 0) {
                viewSources.put(a.name(), withoutComment(input.substring(at + 2)).strip());
            }
        }
    }

    /** {@code views[]} and {@code \b}: the views, sorted. */
    K views() {
        String[] names = new java.util.TreeSet<>(interp.viewNames()).toArray(new String[0]);
        return new io.mserve.ipc.value.SymbolVector(Q.syms(names).items(), io.mserve.ipc.value.Attribute.SORTED);
    }

    /** {@code view`v}: the text that defined view v. */
    K view(String name) {
        String text = viewSources.get(name);
        if (text == null) {
            throw QException.undefined(name);
        }
        return Q.str(text);
    }

    /** Evaluates q text (all its statements) and returns the last value. */
    public K evaluate(String text) {
        K result = Q.NIL;
        for (Node statement : parse(text).statements()) {
            result = interp.evalTop(statement);
        }
        return result;
    }

    /** Runs a script file: lines that start with whitespace continue the line before; a line of just {@code \} ends it. */
    public void load(Path script) throws IOException {
        // .z.f names the script being loaded, so that it can find files beside itself.
        interp.setGlobal(".z.f", Q.s(script.toString()), "");
        for (String statement : Scripts.statements(Files.readString(script, StandardCharsets.ISO_8859_1))) {
            if (statement.startsWith("\\")) {
                system(statement.substring(1));
            } else {
                evaluate(statement);
            }
        }
    }

    Node.Block parse(String text) {
        return Parser.parse(text, name -> {
            Builtin b = interp.builtins().get(name);
            return b != null && b.isInfix();
        });
    }

    /** A system command without its backslash: {@code c 25 80}, {@code d .ns}, {@code t expr}, {@code l file}. */
    K system(String command) {
        String cmd = withoutComment(command).strip();
        int space = cmd.indexOf(' ');
        String name = space < 0 ? cmd : cmd.substring(0, space);
        String arg = space < 0 ? "" : cmd.substring(space + 1).strip();
        switch (name) {
            case "c": {
                if (arg.isEmpty()) {
                    return Q.longs(console.rows(), console.columns());
                }
                String[] parts = arg.split("\\s+");
                console = new Console(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), precision);
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
                long start = System.nanoTime();
                evaluate(arg);
                long ms = (System.nanoTime() - start) / 1_000_000;
                return name.equals("t") ? Q.j(ms) : Q.longs(ms, 0);
            }
            case "l":
                try {
                    if (io.mserve.engine.io.Database.handles(Path.of(arg))) {
                        for (Path script : io.mserve.engine.io.Database.load(Path.of(arg), io.mserve.engine.io.Globals.of(n -> interp.global(n, ""), (n, v) -> interp.setGlobal(n, v, "")))) {
                            load(script);
                        }
                        return Q.NIL;
                    }
                    load(Path.of(arg));
                } catch (IOException e) {
                    throw new QException(arg + ": " + e.getMessage());
                }
                return Q.NIL;
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
                console = new Console(console.rows(), console.columns(), precision);
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
                java.util.function.Function<String, K> extra = commands.get(name);
                if (extra == null) {
                    throw QException.nyi();
                }
                return extra.apply(arg);
        }
    }

    // Hooks for the IPC package (io.mserve.engine.ipc): handles, hopen/hclose, \p, .z.* handlers.

    /** Adds a system command, e.g. {@code p} for {@code \p}; {@code run} gets the argument text. */
    public void command(String name, java.util.function.Function<String, K> run) {
        commands.put(name, run);
    }

    /** Makes an int atom applied to arguments an IPC handle when {@code handles} knows it. */
    public void handles(Interp.Handles handles) {
        interp.handles(handles);
    }

    /** The built-ins, for adding keywords such as {@code hopen}. */
    public Builtins builtins() {
        return interp.builtins();
    }

    /** The global {@code name} (full name, e.g. {@code .z.pg}), or null when it is not defined. */
    public K get(String name) {
        return interp.global(name, "");
    }

    /** Sets the global {@code name} (full name). */
    public void set(String name, K value) {
        interp.setGlobal(name, value, "");
    }

    /** {@code fn . args}: applies a function or indexes a value. */
    public K apply(K fn, K... args) {
        return interp.apply(fn, args);
    }

    // A system command's trailing comment: whitespace, then / and a space (a path such as /tmp/db is no comment).
    private static String withoutComment(String command) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s/(\\s|$)").matcher(command);
        return m.find() ? command.substring(0, m.start()) : command;
    }

    private K names(String kind) {
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
            boolean include = kind.equals("v") || (kind.equals("a") && (v instanceof Table || v instanceof io.mserve.ipc.value.Dict
                    && ((io.mserve.ipc.value.Dict) v).isKeyedTable())) || (kind.equals("f") && v instanceof LambdaFn);
            if (include) {
                out.add(shortName);
            }
        }
        return Q.syms(out.toArray(new String[0]));
    }

    /**
     * {@code key `name}: the names in a namespace ({@code `} lists the namespaces, {@code `.}
     * the root's names), a dictionary's keys, or the name itself when a variable of that name exists.
     */
    K keyOfName(String name) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (name.isEmpty()) {
            for (String n : new TreeMap<>(interp.globals()).keySet()) {
                if (n.startsWith(".") && n.indexOf('.', 1) > 0) {
                    out.add(n.substring(1, n.indexOf('.', 1)));
                }
            }
            java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of("q", "Q", "o", "h"));
            all.addAll(out);
            return Q.syms(all.toArray(new String[0]));
        }
        if (name.equals(".") || (name.startsWith(".") && name.indexOf('.', 1) < 0 && interp.global(name, "") == null)) {
            String prefix = name.equals(".") ? "" : name + ".";
            for (String n : interp.globals().keySet()) {
                if (name.equals(".") ? !n.startsWith(".") : n.startsWith(prefix) && n.indexOf('.', prefix.length()) < 0) {
                    out.add(n.substring(prefix.length()));
                }
            }
            return Q.syms(out.toArray(new String[0]));
        }
        K v = interp.global(name, interp.namespace());
        if (v == null) {
            return new io.mserve.ipc.value.KList();
        }
        if (v instanceof io.mserve.ipc.value.Dict) {
            return ((io.mserve.ipc.value.Dict) v).keys();
        }
        return Q.s(name);
    }

    K tables() {
        return names("a");
    }
}
