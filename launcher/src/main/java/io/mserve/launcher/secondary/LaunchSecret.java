package io.mserve.launcher.secondary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This launch's login for the secondaries the primary starts: a fresh random password, and a
 * users file in kdb+'s {@code -U} format that holds only its MD5 digest, in a directory only the
 * owner may enter. A secondary is given the file's path ({@code {users-file}}), so the password
 * shows neither on a command line ({@code ps}) nor in the file; a process started by another
 * primary, or by anyone else, does not know it.
 */
public final class LaunchSecret implements AutoCloseable {
    /** The user the primary logs in to its started secondaries as. */
    public static final String USER = "mserve";
    private static final int SECRET_BYTES = 24;

    private final String password;
    private final Path directory;
    private final Path file;

    private LaunchSecret(String password, Path directory, Path file) {
        this.password = password;
        this.directory = directory;
        this.file = file;
    }

    /** Makes a fresh secret and writes its users file. */
    public static LaunchSecret create() {
        byte[] random = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try {
            Path directory = Files.createTempDirectory("mserve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = Files.createFile(directory.resolve("secondaries.users"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, USER + ":" + md5(password) + "\n", StandardCharsets.ISO_8859_1);
            return new LaunchSecret(password, directory, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secondaries' users file: " + e.getMessage(), e);
        }
    }

    /** {@code user:password}, as the primary sends it in the handshake. */
    public String login() {
        return USER + ":" + password;
    }

    /** The users file a started secondary is given. */
    public Path usersFile() {
        return file;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** Deletes the users file and its directory. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "LaunchSecret[" + file + "]";
    }
}
