package io.mserve.launcher.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command that starts one secondary, with placeholders filled in: {@code {port}},
 * {@code {script}}, {@code {id}}, {@code {host}}, {@code {java}} (the running JVM's {@code java})
 * and {@code {classpath}} (the launcher's class path). A placeholder may sit inside a word.
 */
public final class CommandTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(port|script|id|host|java|classpath)\\}");

    private final List<String> template;
    private final String script;
    private final String java;
    private final String classpath;

    public CommandTemplate(List<String> template, String script) {
        this(template, script, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path", ""));
    }

    CommandTemplate(List<String> template, String script, String java, String classpath) {
        this.template = List.copyOf(template);
        this.script = script;
        this.java = java;
        this.classpath = classpath;
    }

    /**
     * The command of secondary {@code id}, listening on {@code host:port}. A word that is exactly
     * {@code {script}} is left out when there is no script, as q then starts with none.
     */
    public List<String> expand(int id, String host, int port) {
        Map<String, String> values = Map.of("port", Integer.toString(port), "script", script,
                "id", Integer.toString(id), "host", host, "java", java, "classpath", classpath);
        List<String> command = new ArrayList<>(template.size());
        for (String word : template) {
            if (word.equals("{script}") && script.isEmpty()) {
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(word);
            StringBuilder expanded = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(expanded, Matcher.quoteReplacement(values.get(matcher.group(1))));
            }
            matcher.appendTail(expanded);
            command.add(expanded.toString());
        }
        return command;
    }
}
