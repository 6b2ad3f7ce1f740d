package io.mserve.launcher.secondary;

/** Where start-up progress lines go: standard output for the command line, a list in tests. */
@FunctionalInterface
public interface Progress {

    void line(String text);

    /** Prints each line to standard output. */
    Progress STDOUT = text -> {
        System.out.println(text);
        System.out.flush();
    };
}
