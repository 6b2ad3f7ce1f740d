package io.mserve.testkit.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Users files for the tests' primaries: written to a temporary file, deleted when the JVM exits. */
final class UsersFiles {
    private UsersFiles() {}

    /** A users file holding {@code text}. */
    static Path of(String text) {
        try {
            Path file = Files.createTempFile("mserve-users", ".txt");
            file.toFile().deleteOnExit();
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} as a quoted HOCON string. */
    static String quoted(Path file) {
        return "\"" + file.toString().replace("\\", "\\\\") + "\"";
    }
}
