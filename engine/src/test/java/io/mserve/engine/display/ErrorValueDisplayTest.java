package io.mserve.engine.display;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.value.KError;
import org.junit.jupiter.api.Test;

/** An error that arrives as a value (an IPC reply) shows as q shows the signal: its text after a quote. */
class ErrorValueDisplayTest {

    @Test
    void anErrorValueShowsAsItsSignal() {
        assertThat(new Console(25, 80).show(new KError("type"))).isEqualTo("'type");
    }
}
