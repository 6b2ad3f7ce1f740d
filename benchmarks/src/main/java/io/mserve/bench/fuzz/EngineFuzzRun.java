package io.mserve.bench.fuzz;

import io.mserve.engine.fuzz.KMessageInputs;
import io.mserve.engine.fuzz.QTextInputs;
import io.mserve.engine.fuzz.ServerTrial;
import io.mserve.engine.fuzz.SessionTrial;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.engine.execution.lifecycle.CurrentTestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * The engine's fuzzers run for longer than CI's budget: q text in a fresh and a long-lived
 * session, IPC messages to the decoder and to the session's server, in turn, until the time is
 * up. Prints the inputs tried and each distinct finding once, with its input shrunk by jqwik's
 * shrinkers (greedy: the first smaller input that still fails, until none does).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.mserve.bench.fuzz.EngineFuzzRun --seconds 600 --seed 42</pre>
 */
public final class EngineFuzzRun {
    private static final int GEN_SIZE = 1000;
    private static final int SHRINK_STEPS = 200;

    private final Map<String, String> findings = new LinkedHashMap<>();
    private final Map<String, Integer> tried = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        long seconds = 60;
        long seed = System.nanoTime();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: EngineFuzzRun [--seconds N] [--seed S]");
            }
        }
        // jqwik draws and shrinks only for a test it runs: the run stands in as one, as jqwik's own sampling does.
        CurrentTestDescriptor.push(new AbstractTestDescriptor(UniqueId.root("fuzz", "engine"), "EngineFuzzRun") {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        });
        new EngineFuzzRun().run(seconds, seed);
        System.exit(0); // a session thread stuck in a hang found must not keep the JVM
    }

    private void run(long seconds, long seed) throws Exception {
        Random random = new Random(seed);
        RandomGenerator<String> text = QTextInputs.text().generator(GEN_SIZE);
        RandomGenerator<byte[]> messages = KMessageInputs.messages().generator(GEN_SIZE);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (SessionTrial fresh = new SessionTrial(true); SessionTrial longLived = new SessionTrial(false);
             ServerTrial server = new ServerTrial()) {
            while (System.nanoTime() < end) {
                check("q text, fresh session", text.next(random), fresh::run, t -> t);
                check("q text, long-lived session", text.next(random), longLived::run, t -> t);
                Shrinkable<byte[]> message = messages.next(random);
                check("IPC message, decoder", message, ServerTrial::decode, HexFormat.of()::formatHex);
                check("IPC message, server", message, server::run, HexFormat.of()::formatHex);
            }
        }
        System.out.printf("seed %d, %d s%n", seed, seconds);
        tried.forEach((target, n) -> System.out.printf("%-28s %8d inputs%n", target, n));
        System.out.printf("%d distinct findings%n", findings.size());
        findings.forEach((finding, input) -> System.out.printf("- %s%n    input: %s%n", finding, input));
    }

    private <T> void check(String target, Shrinkable<T> input, Function<T, String> trial, Function<T, String> shown) {
        tried.merge(target, 1, Integer::sum);
        String finding = trial.apply(input.value());
        if (finding == null) {
            return;
        }
        String kind = target + ": " + kind(finding);
        if (findings.containsKey(kind)) {
            return;
        }
        Shrinkable<T> smallest = shrink(input, trial, kind, target);
        findings.put(kind, shown.apply(smallest.value()) + "\n    finding: " + trial.apply(smallest.value()));
        System.out.printf("found %s%n    input: %s%n", kind, shown.apply(smallest.value()));
    }

    private static <T> Shrinkable<T> shrink(Shrinkable<T> failing, Function<T, String> trial, String kind, String target) {
        Shrinkable<T> current = failing;
        for (int step = 0; step < SHRINK_STEPS; step++) {
            Optional<Shrinkable<T>> smaller = current.shrink().limit(100).filter(s -> {
                String f = trial.apply(s.value());
                return f != null && (target + ": " + kind(f)).equals(kind);
            }).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        return current;
    }

    // A finding without the parts that differ between inputs of the same fault: its kind and where it arose.
    private static String kind(String finding) {
        int at = finding.indexOf(" at ");
        if (finding.startsWith("internal ") || finding.startsWith("decoder threw") || finding.startsWith("escaped")) {
            int colon = finding.indexOf(':');
            String exception = finding.substring(0, colon > 0 && colon < at ? colon : at);
            return exception + finding.substring(at, finding.indexOf(' ', at + 4) < 0 ? finding.length() : finding.indexOf(' ', at + 4));
        }
        return finding.replaceAll("[0-9]+", "N").replaceAll(": .*", "");
    }
}
