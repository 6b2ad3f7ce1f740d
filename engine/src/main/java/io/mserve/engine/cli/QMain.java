package io.mserve.engine.cli;

import io.mserve.engine.QException;
import io.mserve.engine.conformance.ConformanceRunner;
import io.mserve.engine.conformance.Corpus;
import io.mserve.engine.ipc.Ipc;
import io.mserve.engine.ipc.SessionThread;
import io.mserve.engine.ops.Access;
import io.mserve.engine.session.Exit;
import io.mserve.engine.session.Session;
import io.mserve.engine.session.WarmUp;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code q} command, {@code q [script.q] [-option [parameters]] … [args]}: runs the script,
 * serves kdb+ IPC on {@code -p [host:]port} (loopback unless a host is given), and runs a
 * {@code q)} REPL on standard input; at the end of the input it keeps serving until killed. It
 * ends with {@code exit n} or {@code \\}. q's options ({@code -b -c -C -e -g -o -p -P -q -s -S -t
 * -T -u -U -w}) apply as in q; {@code .z.x} holds the other words. {@code --only-user USER}
 * refuses every login but that user's (a secondary accepts only its primary); {@code --sync-access
 * full|no-system|read-only} limits what clients' messages may do, as the primary's {@code
 * mserve.auth.sync-access} does for its non-admins (the script and the console keep full access). A server
 * runs the engine's {@link WarmUp} after the script and before it listens, unless given {@code --no-warm-up}.
 * {@code q --conformance FILE.jsonl} runs the conformance corpus.
 */
public final class QMain {
    private static final int USAGE = 2;
    private static boolean fatalHandler;
    private static volatile PrintStream fatalErrors = System.err;

    private QMain() {}

    /** Runs the command; returns the process exit code. What q prints goes to {@code stdout} byte for byte (q text is bytes). */
    public static int run(String[] args, InputStream in, PrintStream stdout, PrintStream err) {
        if (args.length >= 1 && args[0].equals("--conformance")) {
            return conformance(args, stdout, err);
        }
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.ISO_8859_1);
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("'" + e.getMessage());
            return USAGE;
        }
        String refused = Unsupported.refusal(line);
        if (refused != null) {
            err.println(refused);
            return USAGE;
        }
        Unsupported.warnings(line).forEach(err::println);
        exitOnFatalErrors(err);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Session session = new Session();
        session.output(out, err);
        session.exitAction(exit::complete);
        session.commandLine(line.script == null ? "" : line.script, line.raw, line.args, line.has("-q"));
        session.childCommand(childQ());
        try {
            configure(session, line);
        } catch (QException e) {
            err.println("'" + e.text());
            return USAGE;
        }
        try (SessionThread thread = new SessionThread("q-main"); Ipc ipc = Ipc.install(session, thread, out)) {
            ipc.onlyUser(line.value("--only-user"));
            if (line.script != null) {
                Path path = Path.of(line.script);
                try {
                    thread.call(() -> session.runScript(path, err));
                } catch (IOException e) {
                    err.println("'" + line.script + ": " + e.getMessage());
                    return USAGE;
                } catch (Exit e) {
                    return exit.join();
                }
            }
            String listen = line.value("-p");
            if (listen != null && !line.has("--no-warm-up")) {
                warmUp(err);
            }
            if (listen != null) {
                try {
                    thread.call(() -> ipc.listen(listen));
                } catch (QException e) {
                    err.println("'" + e.text());
                    return 1;
                }
            }
            boolean serving = listen != null;
            boolean prompt = !line.has("-q") && (!serving || System.console() != null);
            Thread console = new Thread(() -> {
                if (repl(thread, session, in, out, prompt) && !serving) {
                    exit.complete(0);
                }
            }, "q-console");
            console.setDaemon(true);
            console.start();
            return exit.join();
        } catch (Exception e) {
            err.println("'" + Session.error(e));
            return 1;
        } finally {
            session.close();
        }
    }

    // The warm-up only speeds up first queries: its failure (even a heap too small for it, whose garbage is then
    // unreachable) is written down, and the server serves all the same.
    private static void warmUp(PrintStream err) {
        try {
            WarmUp.run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("'warm-up: " + Session.error(e));
        }
    }

    private static int conformance(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: q --conformance FILE.jsonl");
            return USAGE;
        }
        try {
            Corpus corpus = Corpus.read(Path.of(args[1]));
            ConformanceRunner.Result r = new ConformanceRunner(corpus, out).run();
            return r.failed() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("'" + e.getMessage());
            return USAGE;
        }
    }

    // q's options that set what a system command sets are applied as that command.
    private static void configure(Session session, CommandLine line) {
        for (String option : List.of("-c", "-C", "-e", "-g", "-o", "-P", "-S", "-t", "-T", "-z")) {
            String v = line.value(option);
            if (v != null && !v.isEmpty()) {
                session.system(option.substring(1) + " " + v);
            }
        }
        if (line.has("-s")) {
            session.secondaries(whole(line, "-s"));
        }
        if (line.has("-w")) {
            session.workspaceLimit(whole(line, "-w"));
        }
        if (line.has("-b")) {
            session.blockWrites();
        }
        String u = line.value("-u");
        if (u != null) {
            if (u.equals("1")) {
                session.restrictClients();
            } else {
                session.passwords(u, true);
            }
        }
        if (line.has("-U")) {
            session.passwords(line.value("-U"), false);
        }
        if (line.has("--sync-access")) {
            try {
                session.limitClients(Access.named(line.value("--sync-access")));
            } catch (IllegalArgumentException e) {
                throw new QException("--sync-access: domain");
            }
        }
    }

    private static int whole(CommandLine line, String option) {
        try {
            int n = Integer.parseInt(line.value(option));
            if (n < 0) {
                throw new QException(option + ": domain");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new QException(option + ": type");
        }
    }

    // The command that starts another engine's q: this JVM, its class path (absolute, for \cd), this class.
    private static List<String> childQ() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                path.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return List.of(java, "-cp", String.join(File.pathSeparator, path), QMain.class.getName());
    }

    // A JVM error outside a session's input (out of memory on another thread) ends the process
    // with a message and a non-zero status rather than leaving it half alive.
    private static synchronized void exitOnFatalErrors(PrintStream err) {
        fatalErrors = err;
        if (fatalHandler) {
            return;
        }
        fatalHandler = true;
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            PrintStream to = fatalErrors;
            if (e instanceof VirtualMachineError) {
                to.println("'" + Session.error(e) + ": " + t.getName());
                to.flush();
                Runtime.getRuntime().halt(1);
            } else if (before != null) {
                before.uncaughtException(t, e);
            } else {
                to.println("'" + Session.error(e) + ": " + t.getName() + ": " + e);
            }
        });
    }

    /** Reads and runs lines until the end of the input (true) or until the session exits (false). */
    private static boolean repl(SessionThread thread, Session session, InputStream input, PrintStream out, boolean prompt) {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.ISO_8859_1));
        try {
            while (true) {
                if (prompt) {
                    out.print("q)");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    return true;
                }
                if (line.isBlank()) {
                    continue;
                }
                String result = thread.call(() -> session.execute(line));
                if (!result.isEmpty()) {
                    out.println(result);
                }
            }
        } catch (Exit e) {
            return false;
        } catch (Exception e) {
            out.println("'" + Session.error(e));
            return true;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }
}
