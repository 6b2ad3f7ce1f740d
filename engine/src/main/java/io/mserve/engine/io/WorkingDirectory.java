package io.mserve.engine.io;

import io.mserve.engine.QException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The q process's current directory ({@code \cd}), against which relative file names resolve.
 * A JVM cannot change its own working directory, so the engine keeps its own; it is the
 * process's, as in q, shared by every session of the JVM.
 */
public final class WorkingDirectory {
    private static volatile Path changed;

    private WorkingDirectory() {}

    /** The current directory, absolute. */
    public static Path current() {
        Path p = changed;
        return p != null ? p : Path.of("").toAbsolutePath();
    }

    /** {@code \cd dir}: makes {@code dir} (relative to the current directory) current, creating it if absent, as q does. */
    public static void change(String dir) {
        Path target = resolve(dir).normalize();
        try {
            Files.createDirectories(target);
        } catch (IOException | RuntimeException e) {
            throw Handles.error(target, e);
        }
        changed = target.equals(Path.of("").toAbsolutePath()) ? null : target;
    }

    /** {@code name} as a path: relative names resolve against the current directory once it has been changed. */
    public static Path resolve(String name) {
        Path p = Path.of(name.isEmpty() ? "." : name);
        Path base = changed;
        return base == null || p.isAbsolute() ? p : base.resolve(p);
    }
}
