package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.io.WorkingDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * kdb+'s password file ({@code -u file}, {@code -U file}, reloaded by the system command u): one
 * {@code user:password} a line, the password plain, or the hex of its MD5 or SHA-1 digest. Only
 * its users, with their password, may open a connection.
 */
final class PasswordFile {
    private final Path path;
    private final Map<String, String> passwords;

    private PasswordFile(Path path, Map<String, String> passwords) {
        this.path = path;
        this.passwords = passwords;
    }

    /** Reads {@code name}; a file that cannot be read signals {@code 'name: reason}. */
    static PasswordFile read(String name) {
        Path p = WorkingDirectory.resolve(name);
        Map<String, String> users = new HashMap<>();
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    users.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new QException(name + ": " + (e instanceof NoSuchFileException ? "No such file or directory" : e.getMessage()));
        }
        return new PasswordFile(p, users);
    }

    /** The file read again (the system command u). */
    PasswordFile reread() {
        return read(path.toString());
    }

    /** Whether {@code user} is in the file with {@code password} (plain, or whose MD5 or SHA-1 hex is in the file). */
    boolean admits(String user, String password) {
        String want = passwords.get(user);
        if (want == null) {
            return false;
        }
        String lower = want.toLowerCase(Locale.ROOT);
        return want.equals(password) || lower.equals(hex("MD5", password)) || lower.equals(hex("SHA-1", password));
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            return "";
        }
    }
}
