package io.mserve.launcher.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A reply read whole from a blocking stream: a good one decoded, a malformed one refused, one
 * longer than accepted refused from its header alone, a truncated one an end of stream.
 */
class BlockingReplyTest {
    private static final byte[] PID = Encoder.encode(MessageType.RESPONSE, new IntAtom(-QType.INT, 4242));

    private static InputStream stream(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] part : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + part.length);
            System.arraycopy(part, 0, all, at, part.length);
        }
        return new ByteArrayInputStream(all);
    }

    @Test
    void aWholeReplyIsDecodedAndWhatFollowsItIsLeftUnread() throws IOException {
        InputStream in = stream(PID, new byte[] {9});
        assertThat(BlockingReply.read(in, PID.length)).isEqualTo(new IntAtom(-QType.INT, 4242));
        assertThat(in.read()).isEqualTo(9);
    }

    @Test
    void aBigEndianReplyIsDecodedToo() throws IOException {
        byte[] bigEndian = {0, 2, 0, 0, 0, 0, 0, 13, -6, 0, 0, 0x10, (byte) 0x92};
        assertThat(BlockingReply.read(stream(bigEndian), 64)).isEqualTo(new IntAtom(-QType.INT, 4242));
    }

    @Test
    void aReplyLongerThanAcceptedIsRefusedFromItsHeaderBeforeItsBodyIsRead() {
        InputStream headerOnly = stream(Arrays.copyOf(PID, 8));
        assertThatThrownBy(() -> BlockingReply.read(headerOnly, PID.length - 1)).isInstanceOf(BlockingReply.Refused.class)
                .hasMessage("a reply of 13 bytes, over the 12 accepted");
        byte[] gigabyte = {1, 2, 0, 0, 0, 0, 0, 0x40};
        assertThatThrownBy(() -> BlockingReply.read(stream(gigabyte), 1000)).isInstanceOf(BlockingReply.Refused.class)
                .hasMessage("a reply of 1073741824 bytes, over the 1000 accepted");
    }

    @Test
    void aCompressedReplyLongerThanAcceptedOnceUncompressedIsRefused() {
        byte[] whole = Encoder.encode(MessageType.RESPONSE, new LongVector(QType.LONG, new long[1000]));
        byte[] compressed = Compression.compress(whole);
        assertThat(compressed.length).isLessThan(1000);
        assertThatThrownBy(() -> BlockingReply.read(stream(compressed), 1000)).isInstanceOf(BlockingReply.Refused.class)
                .hasMessageStartingWith("a malformed reply: compressed message of " + compressed.length + " bytes claims");
    }

    @Test
    void aLengthShorterThanAnyMessageIsMalformed() {
        byte[] header = {1, 2, 0, 0, 8, 0, 0, 0};
        assertThatThrownBy(() -> BlockingReply.read(stream(header), 64)).isInstanceOf(BlockingReply.Refused.class)
                .hasMessage("a malformed reply: message length 8 is less than the least possible, 9");
    }

    @Test
    void aMalformedHeaderOrBodyIsRefused() {
        assertThatThrownBy(() -> BlockingReply.read(stream(new byte[] {7, 2, 0, 0, 9, 0, 0, 0, 0}), 64))
                .isInstanceOf(BlockingReply.Refused.class).hasMessage("a malformed reply: byte order must be 0 or 1, is 7");
        assertThatThrownBy(() -> BlockingReply.read(stream(new byte[] {1, 2, 0, 0, 10, 0, 0, 0, 99, 0}), 64))
                .isInstanceOf(BlockingReply.Refused.class).hasMessageStartingWith("a malformed reply: ");
        byte[] trailing = Arrays.copyOf(PID, PID.length + 1);
        trailing[4] = (byte) trailing.length;
        assertThatThrownBy(() -> BlockingReply.read(stream(trailing), 64))
                .isInstanceOf(BlockingReply.Refused.class).hasMessage("a malformed reply: 1 bytes left after the value");
    }

    @Test
    void aTruncatedHeaderOrBodyIsAnEndOfStream() {
        assertThatThrownBy(() -> BlockingReply.read(stream(), 64)).isInstanceOf(EOFException.class)
                .hasMessage("closed after 0 bytes of a reply's header");
        assertThatThrownBy(() -> BlockingReply.read(stream(Arrays.copyOf(PID, 5)), 64)).isInstanceOf(EOFException.class)
                .hasMessage("closed after 5 bytes of a reply's header");
        assertThatThrownBy(() -> BlockingReply.read(stream(Arrays.copyOf(PID, 10)), 64)).isInstanceOf(EOFException.class)
                .hasMessage("closed after 10 of a reply's 13 bytes");
    }
}
