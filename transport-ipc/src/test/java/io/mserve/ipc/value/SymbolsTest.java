package io.mserve.ipc.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The symbol table keeps one object per symbol in use, and lets go of the symbols no value holds. */
class SymbolsTest {
    private static final int CHURN = 10_000_000;

    @Test
    void equalSymbolsInternToTheSameObjectWhileOneIsHeld() {
        String first = Symbols.intern(new String("fuzz-identity-sym"));
        String second = Symbols.intern(new String("fuzz-identity-sym"));
        assertThat(second).isSameAs(first);
        assertThat(Symbols.intern("fuzz-identity-other")).isNotSameAs(first);
    }

    @Test
    void symbolsNoValueHoldsLeaveTheTableAfterACollection() {
        String held = Symbols.intern(new String("fuzz-held-across-gc"));
        int before = Symbols.count();
        for (int i = 0; i < 100_000; i++) {
            Symbols.intern("fuzz-dropped-" + i);
        }
        assertThat(Symbols.count()).isGreaterThan(before);
        // The table lets go of its entries as collections clear them.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return Symbols.count() < before + 100_000;
        });
        assertThat(Symbols.intern(new String("fuzz-held-across-gc"))).isSameAs(held);
    }

    @Test
    void tenMillionDistinctSymbolsFitInASmallHeap() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                Churn.class.getName(), Integer.toString(CHURN)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("target/symbols-churn.txt")).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit status of a JVM interning %d distinct symbols in 48 MB", CHURN).isZero();
    }

    /** The child JVM: interns {@code args[0]} distinct symbols, each dropped at once, as a client's churn would. */
    static final class Churn {
        public static void main(String[] args) {
            int n = Integer.parseInt(args[0]);
            for (int i = 0; i < n; i++) {
                Symbols.intern("client-symbol-" + i);
            }
            System.out.println(Symbols.count() + " symbols held after " + n);
        }
    }
}
