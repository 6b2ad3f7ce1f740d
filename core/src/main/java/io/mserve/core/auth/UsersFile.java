package io.mserve.core.auth;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.regex.Pattern;

/**
 * The users of a primary, from a password file in kdb+'s {@code -u}/{@code -U} format: one
 * {@code user:password} a line, or {@code user:password:role} with a role ({@link #ADMIN} or any other
 * word of letters, digits, {@code _} and {@code -}; {@link #USER} when there is none). The role is
 * the text after the last colon of a line with two or more, so a password holding a colon needs a
 * role after it. The stored password is plain text, or the hex MD5 digest (32 hex
 * digits) or hex SHA-1 digest (40 hex digits) of the password, as kdb+ accepts; a digest entry is
 * matched by the digest of what the client sends, never by the digest text itself. Blank lines
 * and lines starting with {@code #} or {@code /} are comments. The file is read once, at start-up,
 * as kdb+ does; any malformed line stops the start-up with the file's name and the line number.
 *
 * <p>Text is read as ISO-8859-1, byte for byte, as the handshake is; entries are immutable.
 */
public final class UsersFile implements Authenticator {
    /** Largest users file read; a bigger one is refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 16L << 20;
    /** Longest line accepted; kdb+ handshakes are far shorter. */
    public static final int MAX_LINE_CHARS = 4096;
    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_-]+");

    private final Path file;
    private final Map<String, Stored> users;

    private UsersFile(Path file, Map<String, Stored> users) {
        this.file = file;
        this.users = Map.copyOf(users);
    }

    /** The way a stored password is compared with the one a client sends. */
    private enum Kind { PLAIN, MD5, SHA1 }

    private record Stored(Kind kind, byte[] secret, String role) {}

    /**
     * Reads and checks {@code file}.
     *
     * @throws Malformed naming the file and, for a bad line, its number and what is wrong
     */
    public static UsersFile read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new Malformed(file, 0, "is " + size + " bytes, over the " + MAX_FILE_BYTES + " a users file may have");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new Malformed(file, 0, "grew past " + MAX_FILE_BYTES + " bytes while being read");
            }
        } catch (NoSuchFileException e) {
            throw new Malformed(file, 0, "does not exist");
        } catch (IOException e) {
            throw new Malformed(file, 0, "cannot be read: " + e);
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of a users file; {@code file} names it in errors. */
    static UsersFile parse(Path file, byte[] bytes) {
        Map<String, Stored> users = new HashMap<>();
        int line = 0;
        int at = 0;
        while (at < bytes.length) {
            line++;
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > at && bytes[end - 1] == '\r' ? end - 1 : end;
            if (stop - at > MAX_LINE_CHARS) {
                throw new Malformed(file, line, "is " + (stop - at) + " characters long, over " + MAX_LINE_CHARS);
            }
            String text = new String(bytes, at, stop - at, StandardCharsets.ISO_8859_1);
            at = end + 1;
            entry(file, line, text, users);
        }
        if (users.isEmpty()) {
            throw new Malformed(file, 0, "has no users: nobody could log in");
        }
        return new UsersFile(file, users);
    }

    private static void entry(Path file, int line, String text, Map<String, Stored> users) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("/")) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7f) {
                throw new Malformed(file, line, "has a control character (byte " + (int) c + ") at column " + (i + 1)
                        + "; is this a text file?");
            }
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new Malformed(file, line, "has no ':' between user and password");
        }
        String user = text.substring(0, colon);
        String password = text.substring(colon + 1);
        String role = USER;
        int last = password.lastIndexOf(':');
        if (last >= 0) {
            role = password.substring(last + 1);
            password = password.substring(0, last);
            if (!ROLE.matcher(role).matches()) {
                throw new Malformed(file, line, "has role '" + role + "' for user '" + user
                        + "': a role is a word of letters, digits, _ and - (admin, user ...)");
            }
        }
        if (user.isEmpty()) {
            throw new Malformed(file, line, "has an empty user name");
        }
        if (!user.equals(user.strip())) {
            throw new Malformed(file, line, "has spaces around user name '" + user.strip() + "'");
        }
        if (users.containsKey(user)) {
            throw new Malformed(file, line, "names user '" + user + "' a second time");
        }
        users.put(user, stored(password, role));
    }

    private static Stored stored(String password, String role) {
        if (isHex(password, 32)) {
            return new Stored(Kind.MD5, HexFormat.of().parseHex(password.toLowerCase(Locale.ROOT)), role);
        }
        if (isHex(password, 40)) {
            return new Stored(Kind.SHA1, HexFormat.of().parseHex(password.toLowerCase(Locale.ROOT)), role);
        }
        return new Stored(Kind.PLAIN, password.getBytes(StandardCharsets.ISO_8859_1), role);
    }

    private static boolean isHex(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean authenticate(String user, String password) {
        Stored stored = users.get(user);
        if (stored == null) {
            return false;
        }
        byte[] given = password.getBytes(StandardCharsets.ISO_8859_1);
        byte[] compared = switch (stored.kind()) {
            case PLAIN -> given;
            case MD5 -> digest("MD5", given);
            case SHA1 -> digest("SHA-1", given);
        };
        return MessageDigest.isEqual(compared, stored.secret());
    }

    /** The role the file gives {@code user}; {@link #USER} for one it does not name. */
    @Override
    public String role(String user) {
        Stored stored = users.get(user);
        return stored == null ? USER : stored.role();
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    /** How many users the file names. */
    public int size() {
        return users.size();
    }

    /** The file the users came from. */
    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "UsersFile[" + file + ", " + users.size() + " users]";
    }

    /** A users file that cannot be used: the message names the file and, when it is a line's fault, the line. */
    public static final class Malformed extends IllegalArgumentException {
        private final int line;

        Malformed(Path file, int line, String problem) {
            super("users file " + file + (line > 0 ? ", line " + line + ", " : " ") + problem);
            this.line = line;
        }

        /** The line at fault (from 1), or 0 when it is the whole file's. */
        public int line() {
            return line;
        }
    }
}
