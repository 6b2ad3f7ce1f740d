package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.io.WorkingDirectory;
import io.mserve.engine.ops.Access;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operating system as q reaches it: OS commands ({@code \ls}, {@code system "ls"}) run by the
 * shell in the current directory, their output lines returned and a failure signalled as
 * {@code 'os}; {@code getenv} and {@code setenv}. A JVM cannot change its own environment, so
 * what {@code setenv} sets is kept here, for {@code getenv} and for the commands run; like q's
 * environment it belongs to the process.
 */
final class Shell {
    private static final Map<String, String> SET = new ConcurrentHashMap<>();
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Shell() {}

    /** {@code getenv `NAME}: the variable's value, {@code ""} when it is not set. */
    static K getenv(K name) {
        Access.requireSystem();
        String n = variable(name);
        String v = environment(n);
        return Q.str(v == null ? "" : v);
    }

    /** Environment variable {@code name} as q sees it (what setenv set first); null when not set. */
    static String environment(String name) {
        return SET.containsKey(name) ? SET.get(name) : System.getenv(name);
    }

    /** {@code `NAME setenv "value"}. */
    static K setenv(K name, K value) {
        Access.requireSystem();
        if (!(value instanceof ByteVector) || value.type() != QType.CHAR) {
            throw QException.type();
        }
        SET.put(variable(name), Q.text(value));
        return Q.NIL;
    }

    private static String variable(K name) {
        if (!(name instanceof SymbolAtom s) || s.value().isEmpty() || s.value().indexOf('=') >= 0) {
            throw name instanceof SymbolAtom ? QException.domain() : QException.type();
        }
        return s.value();
    }

    /** Runs {@code command} in the shell and returns its output, a list of strings; a non-zero status signals {@code 'os}. */
    static K run(String command) {
        Process p;
        try {
            p = builder(command).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new QException("os");
        }
        List<K> lines = new ArrayList<>();
        try (InputStream out = p.getInputStream()) {
            p.getOutputStream().close();
            String text = new String(out.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (String line : text.split("\n", -1)) {
                lines.add(Q.str(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
            }
            if (text.isEmpty() || text.endsWith("\n")) {
                lines.remove(lines.size() - 1);
            }
            if (p.waitFor() != 0) {
                throw new QException("os");
            }
        } catch (IOException e) {
            throw new QException("os");
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new QException("stop");
        }
        return new KList(lines.toArray(new K[0]));
    }

    /**
     * Starts {@code program} (already quoted for the shell) with {@code args} as written, in the
     * background, its input empty and its output this process's; returns at once, as q does for
     * a command the shell runs in the background.
     */
    static K start(String program, String args) {
        String command = program + " " + args + (WINDOWS ? "" : " </dev/null &");
        try {
            Process p = builder(WINDOWS ? "start /b " + command : command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(WINDOWS ? "NUL" : "/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (p.waitFor() != 0) {
                throw new QException("os");
            }
        } catch (IOException e) {
            throw new QException("os");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        }
        return new KList();
    }

    /** {@code word} quoted for the shell. */
    static String quote(String word) {
        return WINDOWS ? "\"" + word + "\"" : "'" + word.replace("'", "'\\''") + "'";
    }

    private static ProcessBuilder builder(String command) {
        ProcessBuilder b = new ProcessBuilder(WINDOWS ? List.of("cmd", "/c", command) : List.of("/bin/sh", "-c", command));
        b.directory(WorkingDirectory.current().toFile());
        b.environment().putAll(SET);
        b.redirectError(ProcessBuilder.Redirect.INHERIT);
        return b;
    }
}
