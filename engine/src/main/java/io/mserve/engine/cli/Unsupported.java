package io.mserve.engine.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * q's options that mean nothing to the engine. Those that would change answers or lose data if
 * ignored (TLS, logging, replication, another week start) stop the start with a
 * line saying so; those that cannot (a memory domain) are ignored with a warning.
 */
final class Unsupported {
    private Unsupported() {}

    /** The line to stop with, or null to go on. */
    static String refusal(CommandLine line) {
        if (line.has("-E") && !line.value("-E").equals("0")) {
            return "'-E: TLS is not supported by this engine";
        }
        for (String option : List.of("-l", "-L", "-r")) {
            if (line.has(option)) {
                return "'" + option + ": logging and replication are not supported by this engine";
            }
        }
        if (line.has("-W") && !line.value("-W").equals("2")) {
            return "'-W: only weeks starting on Monday (2) are supported by this engine";
        }
        return null;
    }

    /** Warnings for options that are ignored. */
    static List<String> warnings(CommandLine line) {
        List<String> out = new ArrayList<>();
        if (line.has("-m")) {
            out.add("warning: -m: no memory domains in this engine; ignored");
        }
        return out;
    }
}
