package io.mserve.engine.session;

import java.util.ArrayList;
import java.util.List;

/** Splits a q script into statements as q reads it. */
final class Scripts {
    private Scripts() {}

    /** A statement of a script and the line it starts on, counting from 1. */
    record Statement(int line, String text) {}

    /**
     * The statements of {@code text}: a line starting with whitespace continues the one before;
     * a line of just {@code /} opens a comment block that a line of just {@code \} closes; a
     * line of just {@code \} outside a block ends the script; {@code /} lines are comments.
     */
    static List<Statement> statements(String text) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        boolean inComment = false;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
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
                    out.add(new Statement(start, current.toString()));
                }
                current = new StringBuilder(line);
                start = n + 1;
            }
        }
        if (current != null) {
            out.add(new Statement(start, current.toString()));
        }
        return out;
    }
}
