package io.mserve.ipc.value;

import java.util.Objects;

/** A lambda as it travels (type 100): the namespace it was defined in and its source text. */
public final class Lambda extends K {
    private final String context;
    private final String source;

    /**
     * @param context the namespace without its dot ({@code d} for {@code .d}), empty for the root
     * @param source  the text, {@code {x+y}}
     */
    public Lambda(String context, String source) {
        this.context = Objects.requireNonNull(context);
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public int type() {
        return QType.LAMBDA;
    }

    @Override
    public int count() {
        return 1;
    }

    public String context() {
        return context;
    }

    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lambda o && o.context.equals(context) && o.source.equals(source);
    }

    @Override
    public int hashCode() {
        return 31 * context.hashCode() + source.hashCode();
    }

    @Override
    public String toString() {
        return "Lambda(" + context + ", " + source + ")";
    }
}
