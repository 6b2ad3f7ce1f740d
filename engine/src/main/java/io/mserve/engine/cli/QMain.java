package io.mserve.engine.cli;

import io.mserve.engine.conformance.ConformanceRunner;
import io.mserve.engine.conformance.Corpus;
import io.mserve.engine.eval.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code q} command: {@code q [script.q] [-p port]} runs a script, then a {@code q)} REPL;
 * {@code q --conformance FILE.jsonl} runs the conformance corpus.
 */
public final class QMain {
    private QMain() {}

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length >= 1 && args[0].equals("--conformance")) {
            if (args.length != 2) {
                err.println("usage: q --conformance FILE.jsonl");
                return 2;
            }
            try {
                Corpus corpus = Corpus.read(Path.of(args[1]));
                ConformanceRunner.Result r = new ConformanceRunner(corpus, out).run();
                return r.failed() == 0 ? 0 : 1;
            } catch (IOException e) {
                err.println("'" + e.getMessage());
                return 2;
            }
        }
        Session session = new Session();
        String script = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-p")) {
                err.println("'nyi: the engine's kdb+ IPC server (-p) comes with issue 4");
                return 2;
            } else if (script == null && !args[i].startsWith("-")) {
                script = args[i];
            }
        }
        if (script != null) {
            try {
                session.load(Path.of(script));
            } catch (IOException e) {
                err.println("'" + script + ": " + e.getMessage());
                return 2;
            }
        }
        return repl(session, in, out);
    }

    private static int repl(Session session, InputStream input, PrintStream out) {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.ISO_8859_1));
        try {
            while (true) {
                out.print("q)");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equals("\\\\")) {
                    return 0;
                }
                if (line.isBlank()) {
                    continue;
                }
                String result = session.execute(line);
                if (!result.isEmpty()) {
                    out.println(result);
                }
            }
        } catch (IOException e) {
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }
}
