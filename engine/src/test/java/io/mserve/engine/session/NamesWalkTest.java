package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No silent wrong answers: every q keyword and every documented name of {@code .q .Q .z .h
 * .j} (the resource {@code names/documented-names.txt}) either works or signals a q error.
 * Referenced, a value is never {@code ::} and never a function; a function is a function; an
 * unset callback signals its own name. Applied to a plausible argument, a function gives
 * something other than {@code ::} (unless q documents {@code ::}) or signals. Never a Java
 * exception. Whether a name is implemented or signals {@code 'nyi}, the walk passes.
 */
class NamesWalkTest {
    private record Name(String kind, String name, String args) {}

    @TestFactory
    Stream<DynamicTest> everyDocumentedNameWorksOrSignals() throws IOException {
        return names().stream().map(n -> DynamicTest.dynamicTest(n.kind() + " " + n.name(), () -> check(n)));
    }

    @TestFactory
    Stream<DynamicTest> everyKeywordInTheDotQNamespaceWorksOrSignals() throws IOException {
        return names().stream().filter(n -> !n.name().startsWith(".") && !n.kind().equals("word"))
                .map(n -> DynamicTest.dynamicTest(".q." + n.name(), () -> {
                    Object v = run(new Session(), ".q." + n.name());
                    if (v instanceof K k) {
                        assertThat(k).as(".q.%s", n.name()).isNotSameAs(Q.NIL);
                    }
                }));
    }

    @Test
    void theWalkCoversTheReferenceCardAndTheNamespaces() throws IOException {
        List<Name> all = names();
        assertThat(all.stream().filter(n -> !n.name().startsWith(".")).count()).isEqualTo(177);
        for (String ns : List.of(".Q.", ".z.", ".h.", ".j.")) {
            assertThat(all).as(ns).anyMatch(n -> n.name().startsWith(ns));
        }
        assertThat(all).extracting(Name::name).contains(".z.pi", ".z.exit", ".z.ts", ".z.s", ".Q.fs", ".Q.res");
    }

    private static void check(Name n) {
        Session s = new Session();
        Object ref = run(s, n.name());
        switch (n.kind()) {
            case "cb" -> assertThat(ref).as("an unset callback signals its name").isInstanceOf(QException.class)
                    .extracting(e -> ((QException) e).text()).isEqualTo(n.name());
            case "val" -> {
                if (ref instanceof K v) {
                    assertThat(v).as("%s is a value, not ::", n.name()).isNotSameAs(Q.NIL);
                    assertThat(v.type()).as("%s is a value, not a function", n.name()).isLessThan(100);
                }
            }
            case "word" -> {
                if (ref instanceof K v) {
                    assertThat(v).as(n.name()).isNotSameAs(Q.NIL);
                }
            }
            case "fn", "fn::" -> {
                if (ref instanceof K v) {
                    assertThat(v.type()).as("%s is a function", n.name()).isGreaterThanOrEqualTo(100);
                    if (!n.args().isEmpty()) {
                        Object r = run(s, n.name() + "[" + n.args() + "]");
                        if (r instanceof K k && n.kind().equals("fn")) {
                            assertThat(k).as("%s[%s] is not ::", n.name(), n.args()).isNotSameAs(Q.NIL);
                        }
                        if (r instanceof K k) {
                            assertThat(k.type()).as("%s[%s] is applied, not projected", n.name(), n.args()).isLessThan(100);
                        }
                    }
                }
            }
            default -> fail("unknown kind " + n.kind());
        }
    }

    // The value of q text, or the q error it signals; anything else is an engine defect.
    private static Object run(Session s, String text) {
        try {
            return s.evaluate(text);
        } catch (QException e) {
            return e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("q)" + text + " threw " + e, e);
        }
    }

    private static List<Name> names() throws IOException {
        List<Name> out = new ArrayList<>();
        try (InputStream in = NamesWalkTest.class.getResourceAsStream("/names/documented-names.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ", 3);
                out.add(new Name(parts[0], parts[1], parts.length > 2 ? parts[2].strip() : ""));
            }
        }
        return out;
    }
}
