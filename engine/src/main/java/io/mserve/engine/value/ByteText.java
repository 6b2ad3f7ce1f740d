package io.mserve.engine.value;

import java.nio.charset.StandardCharsets;

/**
 * q text is bytes: a string is a byte vector, a symbol its bytes, a script or console line the
 * bytes read, so {@code count "é"} is 2 for UTF-8 input. The engine holds such text in Java
 * strings of one char per byte (ISO-8859-1) and writes it back byte for byte. These convert at
 * the edges where text is Unicode instead: a Java caller, a UTF-8 document, a JSON parser.
 */
public final class ByteText {
    private ByteText() {}

    /** Unicode text as q reads it from UTF-8: its UTF-8 bytes, one char each. */
    public static String of(String unicode) {
        return new String(unicode.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Bytes (one char each) decoded as UTF-8, as a terminal shows them; malformed bytes become U+FFFD. */
    public static String unicode(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
