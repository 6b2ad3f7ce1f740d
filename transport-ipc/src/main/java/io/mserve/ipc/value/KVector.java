package io.mserve.ipc.value;

/** A list: a general list or a vector of one simple type, with its attribute. */
public abstract class KVector extends K {
    private final int attribute;

    protected KVector(int attribute) {
        if (attribute < Attribute.NONE || attribute > Attribute.GROUPED) {
            throw new IllegalArgumentException("no such attribute: " + attribute);
        }
        this.attribute = attribute;
    }

    /** One of {@link Attribute}'s constants. */
    public final int attribute() {
        return attribute;
    }

    /** The same items with another attribute. */
    public abstract KVector withAttribute(int attribute);

    /** Item {@code index} as a value (an atom, for a vector of a simple type). */
    public abstract K at(int index);
}
