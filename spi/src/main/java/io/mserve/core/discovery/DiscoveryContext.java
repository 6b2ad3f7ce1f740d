package io.mserve.core.discovery;

import io.mserve.spi.PluginSettings;
import java.util.List;

/** What a discovery may know of its pool when it is created. */
public interface DiscoveryContext {

    /** Its own settings: the block {@code mserve.secondaries.discovery.<name>}, empty when there is none. */
    PluginSettings settings();

    /** The pool's {@code mserve.secondaries.remote} list, which the {@code static} discovery reports. */
    List<Address> remote();

    /** The context of a discovery with these settings and remote list. */
    static DiscoveryContext of(PluginSettings settings, List<Address> remote) {
        List<Address> copy = List.copyOf(remote);
        return new DiscoveryContext() {
            @Override
            public PluginSettings settings() {
                return settings;
            }

            @Override
            public List<Address> remote() {
                return copy;
            }
        };
    }
}
