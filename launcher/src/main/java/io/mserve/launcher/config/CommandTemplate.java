package io.mserve.launcher.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command that starts one secondary, with placeholders filled in: {@code {port}},
 * {@code {script}}, {@code {id}}, {@code {host}}, {@code {java}} (the running JVM's {@code java}),
 * {@code {classpath}} (the launcher's class path) and {@code {users-file}} (the file, readable by
 * its owner only, that holds this launch's login for the secondaries). A placeholder may sit inside a word.
 */
public final class CommandTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(port|script|id|host|java|classpath|users-file)\\}");

    private final List<String> template;
    private final String script;
    private final String java;
    private final String classpath;
    private final String usersFile;

    public CommandTemplate(List<String> template, String script, Path usersFile) {
        this(template, script, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path", ""), usersFile.toString());
    }

    CommandTemplate(List<String> template, String script, String java, String classpath, String usersFile) {
        this.template = List.copyOf(template);
        this.script = script;
        this.java = java;
        this.classpath = classpath;
        this.usersFile = usersFile;
    }

    /** Whether the command passes {@code {users-file}}, so that the secondary can check the primary's login. */
    public boolean passesUsersFile() {
        return template.stream().anyMatch(word -> word.contains("{users-file}"));
    }

    /**
     * The command of secondary {@code id}, listening on {@code host:port}. A word that is exactly
     * {@code {script}} is left out when there is no script, as q then starts with none.
     */
    public List<String> expand(int id, String host, int port) {
        Map<String, String> values = Map.of("port", Integer.toString(port), "script", script,
                "id", Integer.toString(id), "host", host, "java", java, "classpath", classpath, "users-file", usersFile);
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
