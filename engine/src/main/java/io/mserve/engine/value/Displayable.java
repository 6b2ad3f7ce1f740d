package io.mserve.engine.value;

/**
 * A value of the engine's own (a function, an enumeration) that knows how q shows it. The
 * console asks it rather than guessing from its wire form.
 */
public interface Displayable {

    /** What q prints for this value on one line, e.g. {@code {x+y}} or {@code `sym$`a`b}. */
    String display();
}
