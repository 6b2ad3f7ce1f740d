package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.eval.Interp;
import io.mserve.engine.io.FileIO;
import io.mserve.engine.io.Globals;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.Connections;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.search.Rand;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.SymbolAtom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One q session, and what wires it together: the interpreter, its table of primitives
 * ({@link Primitives}), its globals, console settings and output, and its connections (none
 * until the {@code ipc} package installs them). {@link #execute} is what the REPL does with a
 * line; {@link #evaluate} is what an IPC message or {@code value} does with text.
 */
public final class Session {
    private final StringBuilder printed = new StringBuilder();
    private final Map<String, String> viewSources = new HashMap<>();
    private final SplittableRandom random = new SplittableRandom(Rand.DEFAULT_SEED);
    private final Context context = new SessionContext();
    private final Interp interp;
    private final SystemCommands commands;
    private Connections connections = new ConsoleHandles();
    private Console console = new Console(25, 80);

    public Session() {
        Globals root = new RootGlobals();
        FileIO files = new FileIO(root);
        commands = new SystemCommands(this, root);
        interp = new Interp(context, i -> Primitives.table(i, context, root, files, this));
        Bootstrap.define(interp);
    }

    /** The session's primitives by name. */
    public Builtins primitives() {
        return interp.builtins();
    }

    /** The primitive called {@code name}, or null. */
    public Builtin primitive(String name) {
        return interp.builtins().get(name);
    }

    /** Gives the session IPC: its handles, {@code hopen}, {@code hclose} and {@code \p} go to {@code c}. */
    public void connect(Connections c) {
        connections = c;
    }

    public Console console() {
        return console;
    }

    void console(Console c) {
        console = c;
    }

    void print(String text) {
        printed.append(text).append('\n');
    }

    /** What {@code 1 x}, {@code -1 x} (and 2 for stderr) write: the string or strings, each followed by a newline for a negative handle. */
    public static String consoleText(int handle, K x) {
        StringBuilder text = new StringBuilder();
        for (K line : x instanceof KList l ? l.items() : new K[] {x}) {
            text.append(Q.text(line));
            if (handle < 0) {
                text.append('\n');
            }
        }
        return text.toString();
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
                interp.input(input.strip());
                Node.Block block = interp.parse(input);
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
        if (block.statements().size() == 1 && block.statements().get(0) instanceof Node.Assign a) {
            int at = input.indexOf("::");
            if (a.global() && interp.viewNames().contains(a.name()) && at > 0) {
                viewSources.put(a.name(), SystemCommands.withoutComment(input.substring(at + 2)).strip());
            }
        }
    }

    /** {@code view`v}: the text that defined view v. */
    K view(K v) {
        String name = ((SymbolAtom) v).value();
        String text = viewSources.get(name);
        if (text == null) {
            throw QException.undefined(name);
        }
        return Q.str(text);
    }

    /** Evaluates q text (all its statements) and returns the last value. */
    public K evaluate(String text) {
        interp.input(text);
        return interp.evaluate(text);
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

    /** A system command without its backslash ({@code c 25 80}, {@code d .ns}, {@code t expr}, {@code l file}), and {@code system}. */
    public K system(String command) {
        return commands.run(command);
    }

    Connections connections() {
        return connections;
    }

    Interp interp() {
        return interp;
    }

    SystemCommands commands() {
        return commands;
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

    /** The root namespace's globals: what files and {@code set} read and write. */
    private final class RootGlobals implements Globals {
        @Override
        public K get(String name) {
            return interp.global(name, "");
        }

        @Override
        public void set(String name, K value) {
            interp.setGlobal(name, value, "");
        }
    }

    /** The session as its primitives see it: globals resolved in the current namespace. */
    private final class SessionContext implements Context {
        @Override
        public K global(String name) {
            return interp.global(name, interp.namespace());
        }

        @Override
        public void setGlobal(String name, K value) {
            interp.setGlobal(name, value, interp.namespace());
        }

        @Override
        public void print(String text) {
            Session.this.print(text);
        }

        @Override
        public Console console() {
            return console;
        }

        @Override
        public SplittableRandom random() {
            return random;
        }

        @Override
        public Connections connections() {
            return connections;
        }
    }

    /**
     * The handles a session has before IPC is installed: 1 and 2, stdout and stderr (negative: a
     * newline after each line), writing to this session's console output.
     */
    private final class ConsoleHandles implements Connections {
        @Override
        public K open(K address) {
            throw QException.nyi();
        }

        @Override
        public void close(K handle) {
            throw QException.nyi();
        }

        @Override
        public K send(int handle, K[] args) {
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

        @Override
        public int port() {
            throw QException.nyi();
        }

        @Override
        public int listen(String spec) {
            throw QException.nyi();
        }
    }
}
