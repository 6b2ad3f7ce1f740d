package io.mserve.engine.cli;

import io.mserve.engine.QException;
import io.mserve.engine.conformance.ConformanceRunner;
import io.mserve.engine.conformance.Corpus;
import io.mserve.engine.ipc.Ipc;
import io.mserve.engine.ipc.SessionThread;
import io.mserve.engine.session.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code q} command: {@code q [script.q] [-p [host:]port] [--only-user USER]} runs a script,
 * serves kdb+ IPC on the port (loopback unless a host is given), and runs a {@code q)} REPL on
 * standard input; at the end of the input it keeps serving until killed. {@code --only-user}
 * refuses every login but that user's (a secondary accepts only its primary).
 * {@code q --conformance FILE.jsonl} runs the conformance corpus.
 */
public final class QMain {
    private QMain() {}

    /** Runs the command; returns the process exit code. What q prints goes to {@code out} byte for byte (q text is bytes). */
    public static int run(String[] args, InputStream in, PrintStream console, PrintStream err) {
        if (args.length >= 1 && args[0].equals("--conformance")) {
            if (args.length != 2) {
                err.println("usage: q --conformance FILE.jsonl");
                return 2;
            }
            try {
                Corpus corpus = Corpus.read(Path.of(args[1]));
                ConformanceRunner.Result r = new ConformanceRunner(corpus, console).run();
                return r.failed() == 0 ? 0 : 1;
            } catch (IOException e) {
                err.println("'" + e.getMessage());
                return 2;
            }
        }
        PrintStream out = new PrintStream(console, true, StandardCharsets.ISO_8859_1);
        String script = null;
        String listen = null;
        String onlyUser = null;
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("-p") || args[i].equals("--only-user")) && i + 1 == args.length) {
                err.println("'" + args[i] + ": missing value");
                return 2;
            } else if (args[i].equals("-p")) {
                listen = args[++i];
            } else if (args[i].equals("--only-user")) {
                onlyUser = args[++i];
            } else if (script == null && !args[i].startsWith("-") && !args[i].isEmpty()) {
                script = args[i];
            }
        }
        Session session = new Session();
        try (SessionThread thread = new SessionThread("q-main"); Ipc ipc = Ipc.install(session, thread, out)) {
            ipc.onlyUser(onlyUser);
            if (script != null) {
                Path path = Path.of(script);
                try {
                    thread.call(() -> {
                        session.load(path);
                        return null;
                    });
                } catch (IOException e) {
                    err.println("'" + script + ": " + e.getMessage());
                    return 2;
                } catch (QException e) {
                    // q reports an error in the script and carries on with what it loaded.
                    err.println("'" + e.text());
                } catch (Exception e) {
                    err.println("'" + script + ": " + e);
                    return 2;
                }
            }
            if (listen != null) {
                try {
                    ipc.listen(listen);
                } catch (QException e) {
                    err.println("'" + e.text());
                    return 1;
                }
            }
            boolean serving = listen != null;
            int code = repl(thread, session, in, out, !serving || System.console() != null);
            if (code == EOF && serving) {
                awaitKill();
            }
            return code == EOF ? 0 : code;
        }
    }

    private static final int EOF = -1;

    private static void awaitKill() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads and runs lines until {@code \\} (0) or the end of the input ({@link #EOF}). */
    private static int repl(SessionThread thread, Session session, InputStream input, PrintStream out, boolean prompt) {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.ISO_8859_1));
        try {
            while (true) {
                if (prompt) {
                    out.print("q)");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    return EOF;
                }
                if (line.strip().equals("\\\\")) {
                    return 0;
                }
                if (line.isBlank()) {
                    continue;
                }
                String result = thread.call(() -> session.execute(line));
                if (!result.isEmpty()) {
                    out.println(result);
                }
            }
        } catch (IOException e) {
            return 1;
        } catch (Exception e) {
            out.println("'" + e);
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }
}
