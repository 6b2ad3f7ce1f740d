package com.example.mserve;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real primary with three fake secondaries, routing by this strategy through a real kdb+ client. */
class PreferredRoutingTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(3)
            .config("mserve.strategy { name = preferred, preferred.ids = [2, 3] }");

    @Test
    void everyQueryGoesToTheFirstPreferredSecondaryWhileItIsFree() {
        QClient q = mserve.client();
        for (int i = 0; i < 5; i++) {
            assertThat(new String((char[]) q.deferred("who"))).isEqualTo("secondary 2");
        }
        assertThat(mserve.fake(1).served() + mserve.fake(3).served()).isZero();
    }
}
