package io.mserve.testkit;

import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import java.nio.charset.StandardCharsets;

/**
 * A query as a fake secondary received it.
 *
 * @param value the decoded message
 * @param sync  whether it came as a sync message (else async)
 */
public record Query(K value, boolean sync) {

    /** The query's text when it is a string (a char vector), else the empty string. */
    public String text() {
        if (value instanceof ByteVector chars && chars.type() == QType.CHAR) {
            return new String(chars.items(), StandardCharsets.ISO_8859_1);
        }
        return "";
    }
}
