package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Access;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File symbols ({@code `:dir/file}) and the q errors file operations give. */
final class Handles {
    private static final int OS_ERROR_LIMIT = 255;

    private Handles() {}

    /** Whether {@code x} is a file symbol: a symbol atom that starts with a colon. */
    static boolean isFile(K x) {
        return x instanceof SymbolAtom && ((SymbolAtom) x).value().startsWith(":");
    }

    /** The text of file symbol {@code x} without its colon. */
    static String name(K x) {
        if (!isFile(x)) {
            throw QException.type();
        }
        return ((SymbolAtom) x).value().substring(1);
    }

    static Path path(K x) {
        return path(name(x));
    }

    static Path path(String name) {
        try {
            return WorkingDirectory.resolve(name);
        } catch (RuntimeException e) {
            throw QException.type();
        }
    }

    /** Whether file symbol {@code x} ends with a slash, as a splayed table's directory does. */
    static boolean isDirectoryName(K x) {
        return name(x).endsWith("/");
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException | OutOfMemoryError e) {
            throw error(p, e);
        }
    }

    static void write(Path p, byte[] bytes) {
        Access.requireFiles();
        try {
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(p, bytes);
        } catch (IOException e) {
            throw error(p, e);
        }
    }

    /**
     * kdb+'s error for a failed file operation, {@code 'path. OS reports: reason} (basics/errors.md);
     * one longer than 255 characters keeps its tail after {@code ..} (releases/ChangesIn4.0.md).
     */
    static QException error(Path p, Throwable e) {
        String reason = e instanceof NoSuchFileException ? "No such file or directory"
                : e instanceof AccessDeniedException ? "Permission denied"
                : e instanceof DirectoryNotEmptyException ? "Directory not empty"
                : e instanceof OutOfMemoryError ? "Cannot allocate memory"
                : e.getMessage() == null ? "Input/output error" : e.getMessage();
        String text = p + ". OS reports: " + reason;
        return new QException(text.length() <= OS_ERROR_LIMIT ? text
                : ".." + text.substring(text.length() - OS_ERROR_LIMIT + 2));
    }
}
