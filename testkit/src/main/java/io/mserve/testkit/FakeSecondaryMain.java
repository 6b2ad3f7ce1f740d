package io.mserve.testkit;

/**
 * A fake secondary as a process of its own, scripted by its queries ({@link QueryScript}), for
 * the launcher's secondary command template:
 * {@code ["{java}", "-cp", "{classpath}", "io.mserve.testkit.FakeSecondaryMain", "-p", "{port}", "-id", "{id}"]}.
 * A {@code crash} query kills the process on the spot.
 */
public final class FakeSecondaryMain {
    private FakeSecondaryMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        int id = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "-p" -> port = Integer.parseInt(args[i + 1]);
                case "-id" -> id = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("usage: FakeSecondaryMain -p PORT [-id ID]");
                    System.exit(2);
                }
            }
        }
        FakeSecondary secondary = FakeSecondary.start(id, port, new QueryScript(id));
        secondary.onCrash(() -> Runtime.getRuntime().halt(1));
        System.out.println("fake secondary " + id + " listening on " + secondary.port());
        Thread.currentThread().join();
    }
}
