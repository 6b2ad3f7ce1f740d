package io.mserve.ipc.value;

import java.util.Objects;

/** An error object (type -128): what a failed evaluation sends back, its text without the quote. */
public final class KError extends K {
    private final String text;

    public KError(String text) {
        this.text = Objects.requireNonNull(text);
    }

    @Override
    public int type() {
        return QType.ERROR;
    }

    @Override
    public int count() {
        return 1;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KError o && o.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "'" + text;
    }
}
