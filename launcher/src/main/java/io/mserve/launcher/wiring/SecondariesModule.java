package io.mserve.launcher.wiring;

import dagger.Module;
import dagger.Provides;
import io.mserve.launcher.secondary.Progress;

/**
 * The secondaries' supervision. {@link io.mserve.launcher.secondary.Supervisor} is built by its
 * constructor; this module says where its progress lines go.
 */
@Module
public final class SecondariesModule {
    private SecondariesModule() {}

    @Provides
    static Progress progress() {
        return Progress.STDOUT;
    }
}
