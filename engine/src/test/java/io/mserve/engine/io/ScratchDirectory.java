package io.mserve.engine.io;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A temporary directory for q to write to, named with letters and digits only (q symbols cannot
 * hold the '-' of @TempDir names), deleted after each test, and a session whose input says DIR for it.
 */
final class ScratchDirectory implements AfterEachCallback {
    private final Path dir;
    private final Session q = new Session();

    ScratchDirectory(String prefix) {
        try {
            dir = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return dir;
    }

    /** What the session prints for {@code text} with DIR replaced, lines right-trimmed as q's console shows them. */
    String run(String text) {
        return q.execute(text.replace("DIR", dir.toString())).replaceAll("(?m) +$", "");
    }

    /** The value of {@code text} with DIR replaced. */
    K value(String text) {
        return q.evaluate(text.replace("DIR", dir.toString()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
