package io.mserve.testkit.thirdparty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThirdPartyStrategyTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(3).config("mserve.strategy.name = highest-id-first");

    @Test
    void theLauncherPicksAStrategyFromTheClassPathByItsName() {
        assertThat(mserve.primary().strategy()).isEqualTo("highest-id-first");
        QClient q = mserve.client();
        for (int i = 0; i < 10; i++) {
            assertThat(new String((char[]) q.deferred("who"))).isEqualTo("secondary 3");
        }
        assertThat(mserve.fake(1).served() + mserve.fake(2).served()).isZero();
    }
}
