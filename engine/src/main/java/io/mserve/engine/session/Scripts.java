package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import java.util.ArrayList;
import java.util.List;

/** Splits a q script into statements as q reads it; {@code .Q.ld}. */
final class Scripts {
    private Scripts() {}

    /** A statement of a script and the line it starts on, counting from 1. */
    record Statement(int line, String text) {}

    /**
     * {@code .Q.ld lines}: a script's lines grouped as {@code \l} groups them, each line that
     * starts with whitespace joined (by a newline) to the one before, blank lines dropped:
     * {@code (first line numbers, from 1;groups)}.
     */
    static K lineGroups(K lines) {
        if (lines.type() != QType.LIST && lines.type() != QType.CHAR) {
            throw QException.type();
        }
        K[] items = lines.type() == QType.CHAR ? new K[] {lines} : Lists.items(lines);
        List<Long> starts = new ArrayList<>();
        List<StringBuilder> groups = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            if (items[i].type() != QType.CHAR && items[i].type() != -QType.CHAR) {
                throw QException.type();
            }
            String line = Q.text(items[i]);
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !groups.isEmpty()) {
                groups.get(groups.size() - 1).append('\n').append(line);
            } else {
                starts.add(i + 1L);
                groups.add(new StringBuilder(line));
            }
        }
        long[] numbers = new long[starts.size()];
        K[] text = new K[groups.size()];
        for (int g = 0; g < numbers.length; g++) {
            numbers[g] = starts.get(g);
            text[g] = Q.str(groups.get(g).toString());
        }
        return new KList(new K[] {new LongVector(QType.LONG, numbers), new KList(text)});
    }

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
