package io.mserve.launcher.secondary;

import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.MessageHeader;
import io.netty.buffer.Unpooled;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One kdb+ reply read whole from a blocking connection to a secondary: its header first, whose
 * length is checked against the longest accepted before the rest is read, then decoded.
 */
final class BlockingReply {
    private BlockingReply() {}

    /** The bytes read are not a reply to take: malformed, or longer than accepted. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Reads one message from {@code in}, at most {@code longest} bytes (and as long uncompressed).
     *
     * @throws Refused      when it is malformed or longer than {@code longest}
     * @throws EOFException when the stream ends before the whole message
     */
    static K read(InputStream in, int longest) throws IOException {
        byte[] header = in.readNBytes(MessageHeader.SIZE);
        if (header.length < MessageHeader.SIZE) {
            throw new EOFException("closed after " + header.length + " bytes of a reply's header");
        }
        try {
            long length = Integer.toUnsignedLong(MessageHeader.read(Unpooled.wrappedBuffer(header), 0).length());
            if (length > longest) {
                throw new Refused("a reply of " + length + " bytes, over the " + longest + " accepted");
            }
            byte[] message = Arrays.copyOf(header, (int) length);
            int body = in.readNBytes(message, MessageHeader.SIZE, message.length - MessageHeader.SIZE);
            if (body < message.length - MessageHeader.SIZE) {
                throw new EOFException("closed after " + (MessageHeader.SIZE + body) + " of a reply's " + length + " bytes");
            }
            return Decoder.decode(message, longest);
        } catch (MalformedMessageException e) {
            throw new Refused("a malformed reply: " + e.getMessage());
        }
    }
}
