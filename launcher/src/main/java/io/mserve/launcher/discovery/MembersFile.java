package io.mserve.launcher.discovery;

import io.mserve.core.discovery.Address;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A file of members, one {@code host:port} a line; blank lines and text from {@code #} on are
 * ignored. The last line must end with a newline: a file cut short (a write in progress, a
 * full disk) is refused rather than read as fewer members.
 */
final class MembersFile {
    private MembersFile() {}

    /**
     * Reads the members in {@code bytes}, the contents of {@code name}.
     *
     * @throws IllegalArgumentException naming the file and the line at fault
     */
    static Set<Address> parse(String name, byte[] bytes) {
        Set<Address> members = new LinkedHashSet<>();
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            throw new IllegalArgumentException(name + ": its last line has no newline (cut short, or still being written?)");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                members.add(Address.parse(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return members;
    }
}
