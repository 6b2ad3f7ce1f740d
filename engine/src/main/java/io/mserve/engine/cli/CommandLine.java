package io.mserve.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * q's command line, {@code q [file] [-option [parameters]] …} (basics/cmdline.md): the script,
 * q's single-letter options with their parameters, and the rest, which a script reads as
 * {@code .z.x}. {@code --only-user USER}, {@code --sync-access LEVEL} and {@code --no-warm-up} are the engine's own (a
 * secondary accepts only its primary, lets its messages do what the primary's policy allows, and may skip the
 * warm-up a server runs before it listens).
 */
final class CommandLine {
    /** q's options and how many parameters each takes; -1: one if the next word is a digit. */
    private static final Map<String, Integer> OPTIONS = Map.ofEntries(
            Map.entry("-b", 0), Map.entry("-c", 2), Map.entry("-C", 2), Map.entry("-e", -1), Map.entry("-E", 1),
            Map.entry("-g", 1), Map.entry("-l", 0), Map.entry("-L", 0), Map.entry("-m", 1), Map.entry("-o", 1),
            Map.entry("-p", 1), Map.entry("-P", 1), Map.entry("-q", 0), Map.entry("-r", 1), Map.entry("-s", 1),
            Map.entry("-S", 1), Map.entry("-t", 1), Map.entry("-T", 1), Map.entry("-u", 1), Map.entry("-U", 1),
            Map.entry("-w", 1), Map.entry("-W", 1), Map.entry("-z", -1), Map.entry("--only-user", 1),
            Map.entry("--sync-access", 1), Map.entry("--no-warm-up", 0));

    final String script;
    /** q's options given, each with its parameters, in order. */
    final Map<String, List<String>> options;
    /** The words that are not q's: {@code .z.x}. */
    final List<String> args;
    /** {@code q} and every word: {@code .z.X}. */
    final List<String> raw;

    private CommandLine(String script, Map<String, List<String>> options, List<String> args, List<String> raw) {
        this.script = script;
        this.options = options;
        this.args = args;
        this.raw = raw;
    }

    /** @throws IllegalArgumentException when an option lacks its parameters */
    static CommandLine parse(String[] words) {
        String script = null;
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        List<String> raw = new ArrayList<>(List.of("q"));
        raw.addAll(List.of(words));
        int i = 0;
        if (words.length > 0 && words[0].isEmpty()) {
            i++; // no script: a launcher's empty {script}
        } else if (words.length > 0 && !words[0].startsWith("-")) {
            script = words[i++];
        }
        while (i < words.length) {
            String w = words[i++];
            Integer arity = OPTIONS.get(w);
            if (arity == null) {
                args.add(w);
                continue;
            }
            int n = arity >= 0 ? arity : i < words.length && words[i].matches("\\d+") ? 1 : 0;
            if (i + n > words.length) {
                throw new IllegalArgumentException(w + ": missing value");
            }
            options.put(w, List.of(words).subList(i, i + n));
            i += n;
        }
        return new CommandLine(script, options, List.copyOf(args), List.copyOf(raw));
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    /** The option's parameters joined by a space, or null when it was not given. */
    String value(String option) {
        List<String> v = options.get(option);
        return v == null ? null : String.join(" ", v);
    }
}
