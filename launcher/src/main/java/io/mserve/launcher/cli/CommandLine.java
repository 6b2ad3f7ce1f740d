package io.mserve.launcher.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's arguments. Two forms, which may be combined:
 * <ul>
 *   <li>{@code --config FILE}: a HOCON file layered over the reference defaults;</li>
 *   <li>mserve.q's {@code -p PORT [N [SCRIPT]]}: the primary's port, how many secondaries to start
 *       and the script they load; kdb+'s {@code -U FILE} (users file), {@code -u 1} (no client, admins
 *       included, gets past {@code no-system}) and {@code -u FILE} (both).</li>
 * </ul>
 * {@code q ...} runs the embedded q engine instead (not there yet).
 */
public final class CommandLine {
    private CommandLine() {}

    public static final String USAGE = String.join("\n",
            "usage: java -jar launcher.jar [--config FILE] [-p PORT] [-U FILE | -u FILE | -u 1] [N [SCRIPT]]",
            "       java -jar launcher.jar q [SCRIPT] [-p PORT]",
            "  --config FILE  HOCON settings over the defaults (keys under mserve.*; see reference.conf)",
            "  -p PORT        port the primary listens on (mserve.transport.port)",
            "  -U FILE        users file, user:password[:role] a line (mserve.auth.users-file)",
            "  -u 1           no client, admins included, may run system commands, exit, hopen or write files",
            "                 (mserve.auth.restricted)",
            "  -u FILE        both: -u 1 -U FILE",
            "  N              secondaries to start (mserve.secondaries.count)",
            "  SCRIPT         startup script each secondary loads (mserve.secondaries.script)",
            "  -Dmserve.KEY=VALUE on the java command line sets any key as well",
            "  q ...          run the embedded q engine (a secondary), not a primary");

    /** What to do. */
    public sealed interface Command permits RunPrimary, RunQ, Help {}

    /**
     * Run a primary.
     *
     * @param configFile the {@code --config} file, if any
     * @param overrides  the settings given as arguments ({@code -p}, N, SCRIPT), over everything else
     */
    public record RunPrimary(Optional<Path> configFile, Map<String, Object> overrides) implements Command {

        public RunPrimary {
            overrides = Map.copyOf(overrides);
        }

        /** The overrides as configuration. */
        public Config overrideConfig() {
            return ConfigFactory.parseMap(overrides, "command line");
        }
    }

    /** Run the embedded q engine with {@code args}. */
    public record RunQ(List<String> args) implements Command {

        public RunQ {
            args = List.copyOf(args);
        }
    }

    /** Print the usage. */
    public record Help() implements Command {}

    /** Arguments that make no sense; the message says why. */
    public static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageError(String message) {
            super(message);
        }
    }

    public static Command parse(String... args) throws UsageError {
        if (args.length > 0 && args[0].equals("q")) {
            return new RunQ(List.of(args).subList(1, args.length));
        }
        Path config = null;
        Map<String, Object> overrides = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Help();
            } else if (arg.equals("--config") || arg.startsWith("--config=")) {
                String value = arg.equals("--config") ? value(args, ++i, arg) : arg.substring("--config=".length());
                if (config != null) {
                    throw new UsageError("--config given twice");
                }
                if (value.isEmpty()) {
                    throw new UsageError("--config needs a file");
                }
                config = Path.of(value);
            } else if (arg.equals("-p")) {
                overrides.put("mserve.transport.port", number(value(args, ++i, arg), "-p needs a port number"));
            } else if (arg.equals("-U") || arg.equals("-u")) {
                String value = value(args, ++i, arg);
                if (arg.equals("-u")) {
                    overrides.put("mserve.auth.restricted", true);
                }
                if (!(arg.equals("-u") && value.equals("1"))) {
                    if (value.isEmpty()) {
                        throw new UsageError(arg + " needs a users file");
                    }
                    if (overrides.put("mserve.auth.users-file", value) != null) {
                        throw new UsageError("a users file given twice (-u FILE, -U FILE)");
                    }
                }
            } else if (arg.startsWith("-") && !isNumber(arg)) {
                throw new UsageError("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() > 2) {
            throw new UsageError("unexpected argument " + positional.get(2));
        }
        if (!positional.isEmpty()) {
            overrides.put("mserve.secondaries.count",
                    number(positional.get(0), "N, the number of secondaries, must be a number: " + positional.get(0)));
        }
        if (positional.size() == 2) {
            overrides.put("mserve.secondaries.script", positional.get(1));
        }
        return new RunPrimary(Optional.ofNullable(config), overrides);
    }

    private static String value(String[] args, int at, String option) throws UsageError {
        if (at >= args.length) {
            throw new UsageError(option + " needs a value");
        }
        return args[at];
    }

    private static int number(String text, String complaint) throws UsageError {
        if (!isNumber(text)) {
            throw new UsageError(complaint);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageError(complaint);
        }
    }

    private static boolean isNumber(String text) {
        return text.matches("-?[0-9]+");
    }
}
