package io.mserve.launcher.secondary;

/** Where start-up progress lines go: standard output for the command line, a list in tests. */
@FunctionalInterface
public interface Progress {

    /** Prints {@code text}: one line, or a few that belong together (a failure and its output). */
    void line(String text);

    /** Prints each line to standard output. */
    Progress STDOUT = text -> {
        synchronized (System.out) {
            System.out.println(text);
            System.out.flush();
        }
    };
}
