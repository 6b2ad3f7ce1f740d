package io.mserve.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's layout: packages in layers that read downward, one name per class, imports rather than inline names. */
class EngineStructureTest {
    private static final String TOP = "ipc, cli, conformance";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mserve.engine");

    @Test
    void noPackageImportsOneAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("values").definedBy("io.mserve.engine", "io.mserve.engine.value..")
                .layer("display").definedBy("io.mserve.engine.display..")
                .layer("parse").definedBy("io.mserve.engine.parse..")
                .layer("primitives").definedBy("io.mserve.engine.ops..")
                .layer("qsql and io").definedBy("io.mserve.engine.qsql..", "io.mserve.engine.io..")
                .layer("eval").definedBy("io.mserve.engine.eval..")
                .layer("session").definedBy("io.mserve.engine.session..")
                .layer(TOP).definedBy("io.mserve.engine.ipc..", "io.mserve.engine.cli..", "io.mserve.engine.conformance..")
                .whereLayer(TOP).mayNotBeAccessedByAnyLayer()
                .whereLayer("session").mayOnlyBeAccessedByLayers(TOP)
                .whereLayer("eval").mayOnlyBeAccessedByLayers("session", TOP)
                .whereLayer("qsql and io").mayOnlyBeAccessedByLayers("eval", "session", TOP)
                .whereLayer("primitives").mayOnlyBeAccessedByLayers("qsql and io", "eval", "session", TOP)
                .whereLayer("parse").mayOnlyBeAccessedByLayers("primitives", "qsql and io", "eval", "session", TOP)
                .whereLayer("display").mayOnlyBeAccessedByLayers("parse", "primitives", "qsql and io", "eval", "session", TOP)
                .check(MAIN);
    }

    @Test
    void thePrimitiveTypesAndTheirContextDependOnNoFamily() {
        noClasses().that().resideInAPackage("io.mserve.engine.ops")
                .should().dependOnClassesThat().resideInAPackage("io.mserve.engine.ops.(*)..")
                .check(MAIN);
    }

    @Test
    void noTwoClassesShareASimpleName() {
        JavaClasses all = new ClassFileImporter().importPackages("io.mserve.engine");
        Map<String, List<String>> byName = new TreeMap<>();
        for (JavaClass c : all) {
            if (c.isTopLevelClass()) {
                byName.computeIfAbsent(c.getSimpleName(), n -> new ArrayList<>()).add(c.getName());
            }
        }
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("classes sharing a simple name").isEmpty();
    }

    @Test
    void engineCodeImportsTypesRatherThanNamingThemInline() throws IOException {
        Pattern inline = Pattern.compile("(?<![\\w.])(?:java|javax|io\\.mserve|com\\.fasterxml|io\\.netty)(?:\\.[a-z_]\\w*)+\\.[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String[] lines = code(Files.readString(file)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = inline.matcher(lines[i]);
                    if (!lines[i].stripLeading().startsWith("package ") && !lines[i].stripLeading().startsWith("import ") && m.find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("inline fully-qualified names (import the type instead)").isEmpty();
    }

    // The source with comments and string and char literals blanked, lines kept where they were.
    private static String code(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = text.indexOf("\"\"\"", i + 3) + 3;
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != text.charAt(i)) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }
}
