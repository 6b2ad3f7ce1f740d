package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.eval.FunctionWire;
import io.mserve.engine.eval.Interp;
import io.mserve.engine.io.Database;
import io.mserve.engine.io.FileIO;
import io.mserve.engine.io.Globals;
import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.ops.Builtins;
import io.mserve.engine.ops.Connections;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.search.Rand;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One q session, and what wires it together: the interpreter, its table of primitives
 * ({@link Primitives}), its globals, console settings and output, and its connections (none
 * until the {@code ipc} package installs them). {@link #execute} is what the REPL does with a
 * line; {@link #evaluate} is what an IPC message or {@code value} does with text.
 */
public final class Session {
    private final StringBuilder printed = new StringBuilder();
    // the domains of enumerations, one per variable (full name)
    private final Map<String, Domain> domains = new HashMap<>();
    private SplittableRandom random = new SplittableRandom(Rand.DEFAULT_SEED);
    private final Context context = new SessionContext();
    private final Interp interp;
    private final SystemCommands commands;
    private final DotZ dotZ = new DotZ(this);
    private final Timer timer = new Timer(this::tick);
    private final Workspace workspace = new Workspace(this::overLimit);
    private Connections connections = new ConsoleHandles();
    private Console console = new Console(25, 80);
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private IntConsumer exitAction;
    private List<String> childQ;
    private volatile PasswordFile passwords;
    /** What clients' messages may do; the console and scripts have {@link Access#FULL}. */
    private Access clientAccess = Access.FULL;

    public Session() {
        Globals root = new RootGlobals();
        FileIO files = new FileIO(root);
        commands = new SystemCommands(this, root);
        interp = new Interp(context, i -> Primitives.table(i, context, root, files, this));
        interp.systemValues(dotZ::value);
        interp.systemCommands(commands::run);
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

    /**
     * What the command line told the session: the script ({@code .z.f}, empty for none), the
     * whole command line ({@code .z.X}), the arguments that are not q's ({@code .z.x}), and
     * whether it is quiet ({@code -q}, {@code .z.q}).
     */
    public void commandLine(String script, List<String> raw, List<String> args, boolean quiet) {
        dotZ.script(script);
        dotZ.commandLine(raw, args, quiet);
    }

    /** Where the session writes what no input asked for (a timer tick's output) and its diagnostics. */
    public void output(PrintStream stdout, PrintStream stderr) {
        out = stdout;
        err = stderr;
    }

    /**
     * Lets {@code exit} and {@code \\} end the process: {@code action} is told the status, then what
     * is running unwinds with {@link Exit}. Without one (an embedded session) {@code exit} signals {@code 'access}.
     */
    public void exitAction(IntConsumer action) {
        exitAction = action;
    }

    /** The session's thread, on which timer ticks run between inputs. */
    public void runsOn(Executor sessionThread) {
        timer.runsOn(sessionThread);
    }

    /** The command that starts another q ({@code \q args}, {@code system "q args"}), each word unquoted. */
    public void childCommand(List<String> command) {
        childQ = List.copyOf(command);
    }

    List<String> childCommand() {
        return childQ;
    }

    /** {@code -s n}: the most secondary threads {@code \s} may ask for (peach runs on the session's thread). */
    public void secondaries(int n) {
        commands.maxSecondaries(n);
    }

    /** Stops the timer and the workspace watch. */
    public void close() {
        timer.stop();
        workspace.close();
    }

    /** {@code -w mb}: the workspace limit. */
    public void workspaceLimit(long mb) {
        workspace.limit(mb);
    }

    Workspace workspace() {
        return workspace;
    }

    Timer timer() {
        return timer;
    }

    DotZ dotZ() {
        return dotZ;
    }

    /** {@code -b}: clients may not update globals ({@code 'noupdate}) nor write files. */
    public void blockWrites() {
        clientAccess = clientAccess.and(Access.BLOCKED);
    }

    boolean writesBlocked() {
        return !clientAccess.globals();
    }

    /** Narrows what clients' messages may do to {@code access} as well ({@code --sync-access} on a secondary). */
    public void limitClients(Access access) {
        clientAccess = clientAccess.and(access);
    }

    /**
     * {@code -u file} ({@code restrict}) or {@code -U file}: only the file's users may connect;
     * with {@code -u} clients may not run system commands or {@code exit}.
     */
    public void passwords(String file, boolean restrict) {
        passwords = PasswordFile.read(file);
        if (restrict) {
            restrictClients();
        }
    }

    /** {@code -u 1}: clients may not run system commands, {@code exit}, nor write files. */
    public void restrictClients() {
        limitClients(Access.RESTRICTED);
    }

    PasswordFile passwordFile() {
        return passwords;
    }

    void passwordFile(PasswordFile p) {
        passwords = p;
    }

    /** Whether {@code user} may connect with {@code password}: anyone without a password file. Any thread. */
    public boolean admits(String user, String password) {
        PasswordFile p = passwords;
        return p == null || p.admits(user, password);
    }

    /**
     * Runs {@code work} for the client on {@code handle}: while it runs {@code .z.w .z.u .z.a} are
     * the client's, it may do what this session allows its clients ({@code -u}, {@code -b},
     * {@link #limitClients}; anything on handle 0) and, when {@code timed}, {@code -T} stops it
     * with {@code 'stop}. On the session thread.
     */
    public <T> T asClient(int handle, String user, int address, boolean timed, Supplier<T> work) {
        return asClient(handle, user, address, timed, handle != 0 ? clientAccess : Access.FULL, work);
    }

    /** As {@link #asClient(int, String, int, boolean, Supplier)}, the client allowed {@code access} (the primary's caller's). */
    public <T> T asClient(int handle, String user, int address, boolean timed, Access access, Supplier<T> work) {
        DotZ.Client before = dotZ.client();
        dotZ.client(new DotZ.Client(handle, user, address));
        Access outer = Access.enter(access);
        Deadline deadline = timed ? Deadline.after(commands.timeout()) : null;
        try {
            return work.get();
        } finally {
            if (deadline != null) {
                deadline.cancel();
            }
            Access.enter(outer);
            dotZ.client(before);
        }
    }

    /** {@code exit code} and {@code \\}: {@code .z.exit}, then the host ends the process. */
    void exit(K code, int status) {
        Access.requireSystem();
        if (exitAction == null) {
            throw new QException("access");
        }
        K handler = get(".z.exit");
        if (handler != null) {
            try {
                apply(handler, code);
            } catch (Exit e) {
                throw e; // .z.exit itself exited
            } catch (QException e) {
                printed.append('\'').append(e.text()).append('\n');
            } catch (RuntimeException | StackOverflowError e) {
                printed.append("'stack\n");
            }
        }
        flush();
        exitAction.accept(status);
        throw new Exit(status);
    }

    // -w: the heap in use went over the limit; q aborts.
    private void overLimit() {
        err.println("'-w abort");
        err.flush();
        IntConsumer action = exitAction;
        if (action != null) {
            action.accept(1);
        }
    }

    // A timer tick: .z.ts with the time it was due (GMT), its output to the console.
    private void tick(long dueEpochNanos) {
        K handler = get(".z.ts");
        if (handler == null) {
            return;
        }
        String shown = run(() -> {
            apply(handler, Q.longAtom(-QType.TIMESTAMP, dueEpochNanos - EPOCH_2000_NS));
            return Q.NIL; // what .z.ts returns is not shown
        });
        if (!shown.isEmpty()) {
            out.println(shown);
            out.flush();
        }
    }

    private static final long EPOCH_2000_NS = 946_684_800_000_000_000L;

    /** The random generator's seed is set anew ({@code \S n}). */
    void seed(long seed) {
        random = new SplittableRandom(seed);
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
        return run(() -> {
            String trimmed = input.strip();
            if (trimmed.startsWith("\\")) {
                String shown = commands.console(trimmed.substring(1));
                if (shown != null) {
                    printed.append(shown).append('\n');
                }
                return Q.NIL;
            }
            K handler = get(".z.pi");
            if (handler != null) {
                K r = apply(handler, Q.str(input));
                if (r.type() == QType.CHAR || r.type() == -QType.CHAR) {
                    printed.append(Q.text(r));
                } else if (r != Q.NIL) {
                    printed.append(console.show(r)).append('\n');
                }
                return Q.NIL;
            }
            interp.input(trimmed);
            Node.Block block = interp.parse(input);
            K result = Q.NIL;
            for (Node statement : block.statements()) {
                result = interp.evalTop(statement);
            }
            Node last = block.statements().get(block.statements().size() - 1);
            boolean quiet = last instanceof Node.Assign || last instanceof Node.View || last instanceof Node.Match
                    || last instanceof Node.Nothing;
            return quiet ? Q.NIL : result;
        });
    }

    // Runs an input and returns what it prints: its output, then its result shown, or 'error.
    private String run(Supplier<K> input) {
        printed.setLength(0);
        try {
            K result = input.get();
            if (result != Q.NIL) {
                printed.append(console.show(result)).append('\n');
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (e instanceof Exit) {
                throw e;
            }
            printed.append('\'').append(error(e)).append('\n');
        }
        String text = printed.toString();
        printed.setLength(0);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Environment variable {@code name} as the process's q sees it, {@code setenv}'s included; null when not set. */
    public static String environment(String name) {
        return Shell.environment(name);
    }

    /**
     * The q error for what an input threw: its own text for a q error, {@code stack} and
     * {@code wsfull} for the JVM's stack and heap running out, and for a Java exception from a
     * gap in the engine, the nearest q error: q users see a q error, not a trace.
     */
    public static String error(Throwable e) {
        if (e instanceof QException q) {
            return q.text();
        }
        if (e instanceof StackOverflowError) {
            return "stack";
        }
        if (e instanceof OutOfMemoryError) {
            return "wsfull";
        }
        return e instanceof RuntimeException r ? errorFor(r) : "nyi";
    }

    /** The q error a Java exception from a gap in the engine stands for. */
    public static String errorFor(RuntimeException e) {
        if (e instanceof Exit) {
            return "exit"; // a client's exit: the process is ending as the reply goes
        }
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

    /** Evaluates q text (all its statements) and returns the last value. */
    public K evaluate(String text) {
        interp.input(text);
        return interp.evaluate(text);
    }

    /** Runs a script file: lines that start with whitespace continue the line before; a line of just {@code \} ends it. */
    public void load(Path script) throws IOException {
        for (Scripts.Statement statement : Scripts.statements(Files.readString(script, StandardCharsets.ISO_8859_1))) {
            run(statement);
        }
    }

    private void run(Scripts.Statement statement) {
        if (statement.text().startsWith("\\")) {
            system(statement.text().substring(1));
        } else {
            evaluate(statement.text());
        }
    }

    /**
     * Runs the script given on the command line (a directory or data file is loaded as {@code \l}
     * loads it). An error stops it, as q's does: {@code 'error}
     * and where it happened are written to {@code errors}, and the session carries on with what
     * the script had done.
     *
     * @return whether the script ran to its end
     * @throws IOException when the script cannot be read
     */
    public boolean runScript(Path script, PrintStream errors) throws IOException {
        // a directory or a data file is loaded as \l loads it
        List<Scripts.Statement> statements = Database.handles(script) ? List.of(new Scripts.Statement(1, "\\l " + script))
                : Scripts.statements(Files.readString(script, StandardCharsets.ISO_8859_1));
        try {
            for (Scripts.Statement statement : statements) {
                try {
                    run(statement);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    if (e instanceof Exit) {
                        throw e;
                    }
                    flush();
                    errors.println("'" + error(e));
                    errors.println("  [0]  " + script + ":" + statement.line() + ": " + statement.text().lines().findFirst().orElse(""));
                    errors.flush();
                    return false;
                }
                flush();
            }
            return true;
        } finally {
            flush();
        }
    }

    // What show and 0N! printed outside a console input goes to the console at once.
    private void flush() {
        out.print(printed);
        out.flush();
        printed.setLength(0);
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

    /** Sets the global {@code name} (full name) for the host, whatever the running client may do. */
    public void set(String name, K value) {
        interp.defineGlobal(name, value);
    }

    /** {@code fn . args}: applies a function or indexes a value. */
    public K apply(K fn, K... args) {
        return interp.apply(fn, args);
    }

    /** A value as it came off the wire, its functions (lambdas, primitives by code ...) made callable here. */
    public K received(K value) {
        return FunctionWire.local(interp, value);
    }

    /**
     * What a message does here: the handler ({@code .z.pg} for sync, {@code .z.ps} for async
     * and handle 0) applied to it when the session defines one, else {@code value} in the root
     * context, for which text starting with a backslash is a system command.
     */
    public K answer(String handler, K message) {
        K fn = get(handler);
        if (fn != null) {
            return apply(fn, message);
        }
        String namespace = interp.namespace();
        interp.namespace("");
        try {
            if (message.type() == QType.CHAR || message.type() == -QType.CHAR) {
                String text = Q.text(message);
                return text.startsWith("\\") ? system(text.substring(1)) : evaluate(text);
            }
            return apply(primitive("value"), message);
        } finally {
            interp.namespace(namespace);
        }
    }

    // The domain over global `name` in namespace ns (the root when ns has no such name).
    private Domain domain(String name, String ns) {
        String full = !ns.isEmpty() && !name.startsWith(".") && interp.global(ns + "." + name, "") != null ? ns + "." + name : name;
        return domains.computeIfAbsent(full, f -> new Domain(name, () -> interp.global(f, "")));
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

        @Override
        public Domain domain(String name) {
            return Session.this.domain(name, "");
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
        public void removeGlobal(String name) {
            interp.removeGlobal(name);
        }

        @Override
        public Domain domain(String name) {
            return Session.this.domain(name, interp.namespace());
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
        public boolean dayFirst() {
            return commands.dayFirst();
        }

        @Override
        public SplittableRandom random() {
            return random;
        }

        @Override
        public Connections connections() {
            return connections;
        }

        @Override
        public K received(K value) {
            return Session.this.received(value);
        }
    }

    /**
     * The handles a session has before IPC is installed: 0, the session itself (a message
     * evaluated as {@link #answer} does for {@code .z.ps}); 1 and 2, stdout and stderr (negative: a
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
            if (!isOpen(handle) || args.length != 1 || args[0] == null) {
                return null;
            }
            if (handle == 0) {
                return answer(".z.ps", args[0]);
            }
            String text = consoleText(handle, args[0]);
            if (Math.abs(handle) == 1) {
                printed.append(text);
            } else {
                err.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
                err.flush();
            }
            return Q.j(handle);
        }

        @Override
        public boolean isOpen(int handle) {
            return Math.abs(handle) <= 2;
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
