package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.fuzz.KMessageInputs;
import io.mserve.engine.fuzz.ServerTrial;
import java.util.HexFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated kdb+ IPC messages: the decoder gives a value or refuses the bytes, and the
 * session's server answers, or closes the connection, and keeps serving; no Java text reaches a
 * client. CI's budget, with fixed seeds so that a build fails only for a change;
 * io.mserve.bench.fuzz.EngineFuzzRun runs longer from any seed.
 */
class IpcFuzzTest {
    private static ServerTrial server;

    @BeforeContainer
    static void start() throws Exception {
        server = new ServerTrial();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<byte[]> messages() {
        return KMessageInputs.messages();
    }

    @Property(tries = 3000, seed = "11")
    void theDecoderGivesAValueOrRefusesEveryMessage(@ForAll("messages") byte[] message) {
        assertThat(ServerTrial.decode(message)).as(HexFormat.of().formatHex(message)).isNull();
    }

    @Property(tries = 500, seed = "11")
    void theServerAnswersOrClosesOnEveryMessageAndKeepsServing(@ForAll("messages") byte[] message) {
        assertThat(server.run(message)).as(HexFormat.of().formatHex(message)).isNull();
    }
}
