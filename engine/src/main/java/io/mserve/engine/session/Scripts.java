package io.mserve.engine.session;

import java.util.ArrayList;
import java.util.List;

/** Splits a q script into statements as q reads it. */
final class Scripts {
    private Scripts() {}

    /**
     * The statements of {@code text}: a line starting with whitespace continues the one before;
     * a line of just {@code /} opens a comment block that a line of just {@code \} closes; a
     * line of just {@code \} outside a block ends the script; {@code /} lines are comments.
     */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        boolean inComment = false;
        for (String line : text.split("\r?\n", -1)) {
            String t = line.strip();
            if (inComment) {
                inComment = !t.equals("\\");
                continue;
            }
            if (t.equals("/")) {
                inComment = true;
                continue;
            }
            if (t.equals("\\") && !line.startsWith(" ")) {
                break;
            }
            if (t.isEmpty() || line.startsWith("/")) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0)) && current != null;
            if (continuation) {
                current.append('\n').append(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }
}
