package io.mserve.testkit.plugins;

import java.io.IOException;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A plugin jar built by the test as its author would build it: Java sources compiled with
 * {@code javax.tools} against this JVM's class path (which holds the SPI), then jarred with
 * their {@code META-INF/services} entries and resources. None of its classes is on the class
 * path of the primary that loads it.
 */
final class PluginJar {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<Path> libraries = new ArrayList<>();

    /** Adds class {@code name} (e.g. {@code example.Prefer}) with its whole source text. */
    PluginJar source(String name, String code) {
        sources.put(name, code);
        return this;
    }

    /** Lists {@code providers} in {@code META-INF/services/<spi>}. */
    PluginJar service(Class<?> spi, String... providers) {
        return resource("META-INF/services/" + spi.getName(), String.join("\n", providers) + "\n");
    }

    /** Adds a resource file, e.g. {@code reference.conf}. */
    PluginJar resource(String path, String text) {
        resources.put(path, text);
        return this;
    }

    /** Compiles against {@code jar} too (a library the plugin ships beside itself). */
    PluginJar compiledAgainst(Path jar) {
        libraries.add(jar);
        return this;
    }

    /** Compiles the sources and writes the jar to {@code jar}. */
    Path writeTo(Path jar) {
        try {
            Path classes = Files.createTempDirectory("plugin-classes");
            compile(classes);
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        entry(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
                for (Map.Entry<String, String> resource : resources.entrySet()) {
                    entry(out, resource.getKey(), resource.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
        libraries.forEach(library -> classPath.append(File.pathSeparator).append(library));
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        boolean compiled = javac.getTask(null, null, problems,
                List.of("--release", "17", "-classpath", classPath.toString(), "-d", classes.toString()), null, units).call();
        if (!compiled) {
            throw new IllegalStateException("the plugin's sources do not compile: " + problems.getDiagnostics());
        }
    }

    private static void entry(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** A source held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String name, String code) {
            super(URI.create("string:///" + name.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
