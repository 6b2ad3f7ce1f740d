package io.mserve.ipc.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.ipc.codec.MalformedMessageException;
import io.netty.buffer.Unpooled;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class MessageHeaderTest {

    private static MessageHeader read(int... bytes) {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return MessageHeader.read(Unpooled.wrappedBuffer(raw), 0);
    }

    @Test
    void readsALittleEndianHeader() {
        assertThat(read(1, 2, 0, 0, 0x0d, 0, 0, 0)).isEqualTo(new MessageHeader(ByteOrder.LITTLE_ENDIAN, 2, false, 13));
    }

    @Test
    void readsABigEndianHeaderAsJavakdbWritesIt() {
        assertThat(read(0, 1, 0, 0, 0, 0, 0, 0x11)).isEqualTo(new MessageHeader(ByteOrder.BIG_ENDIAN, 1, false, 17));
    }

    @Test
    void readsTheCompressionFlag() {
        assertThat(read(1, 2, 1, 0, 0xcc, 0x0c, 0, 0).compressed()).isTrue();
    }

    @Test
    void refusesAnUnknownByteOrder() {
        assertThatThrownBy(() -> read(2, 0, 0, 0, 13, 0, 0, 0))
                .isInstanceOf(MalformedMessageException.class).hasMessage("byte order must be 0 or 1, is 2");
    }

    @Test
    void refusesAnUnknownMessageType() {
        assertThatThrownBy(() -> read(1, 3, 0, 0, 13, 0, 0, 0))
                .isInstanceOf(MalformedMessageException.class).hasMessage("message type must be 0, 1 or 2, is 3");
    }

    @Test
    void refusesAnUnknownCompressionFlag() {
        assertThatThrownBy(() -> read(1, 0, 2, 0, 13, 0, 0, 0)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void refusesTheOverTwoGigabyteForm() {
        assertThatThrownBy(() -> read(1, 0, 0, 1, 13, 0, 0, 0)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void refusesALengthTooShortForAnyMessage() {
        assertThatThrownBy(() -> read(1, 0, 0, 0, 8, 0, 0, 0))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("less than the least possible");
        assertThatThrownBy(() -> read(1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("4294967295");
    }
}
