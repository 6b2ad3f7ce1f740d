package io.mserve.core.discovery;

import java.util.Set;

/** Where a {@link Discovery} reports the members it finds. */
@FunctionalInterface
public interface MembersListener {

    /** The whole set of members now; the primary connects to new ones and drains those that left. */
    void members(Set<Address> members);
}
