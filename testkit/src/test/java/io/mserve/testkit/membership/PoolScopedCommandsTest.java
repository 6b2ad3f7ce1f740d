package io.mserve.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.kx.c;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.testkit.FakeSecondary;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With pools, an admin's {@code .mserve.each} acts on the secondaries of the admin's own pool
 * ({@code .mserve.use}), and {@code .mserve.add} puts a secondary in it: hdb is fake 1, rdb fakes 2
 * and 3, rdb the default pool.
 */
class PoolScopedCommandsTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withPools().pool("hdb", 1).pool("rdb", 2)
            .config(AdminRoleForTests.CONFIG)
            .config("mserve.default-pool = rdb");

    private List<String> eachWho(QClient admin) {
        c.Dict answers = (c.Dict) admin.sync(".mserve.each \"who\"");
        return Arrays.stream((Object[]) answers.y).map(reply -> new String((char[]) reply)).sorted().toList();
    }

    @Test
    void eachRunsOnTheSecondariesOfTheCallersPoolOnly() {
        QClient admin = mserve.client("admin:");
        assertThat(eachWho(admin)).containsExactly("secondary 2", "secondary 3");

        assertThat(admin.sync(".mserve.use`hdb")).isEqualTo("hdb");
        assertThat(eachWho(admin)).containsExactly("secondary 1");
    }

    @Test
    void anAddedSecondaryJoinsTheCallersPool() {
        try (FakeSecondary fourth = FakeSecondary.start(4, new QueryScript(4))) {
            QClient admin = mserve.client("admin:");
            admin.sync(".mserve.use`hdb");
            assertThat(admin.sync(".mserve.add \"127.0.0.1:" + fourth.port() + "\"")).isEqualTo(4L);

            assertThat(mserve.primary().status()).filteredOn(s -> s.info().id() == 4)
                    .extracting(SecondaryStatus::pool).containsExactly("hdb");
            assertThat(eachWho(admin)).containsExactly("secondary 1", "secondary 4");
        }
    }
}
