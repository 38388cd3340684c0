package io.extreme.testkit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs an in-memory EventStore as a process:
 * {@code java -jar extreme-testkit-server.jar [--host 127.0.0.1] [--port 1113]}. It prints the
 * endpoint and the default credentials on one line and serves until the process is stopped.
 */
public final class TestkitMain {
    private TestkitMain() {
    }

    /** Entry point; exits with status 2 on bad arguments. */
    public static void main(String[] args) throws InterruptedException {
        String host = EmbeddedEventStore.LOOPBACK;
        int port = 1113;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "--host" -> host = args[++i];
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--help", "-h" -> {
                        System.out.println(usage());
                        return;
                    }
                    default -> fail("unknown argument '" + arg + "'");
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                fail(arg + " needs a value");
            } catch (NumberFormatException e) {
                fail("--port needs a number, was '" + args[i] + "'");
            }
        }
        EmbeddedEventStore store = EmbeddedEventStore.builder().host(host).port(port).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "extreme-testkit-shutdown"));
        System.out.println("In-memory EventStore listening on " + store.endpoint()
                + " (protocol v4); default credentials admin/changeit (also ops/changeit)");
        System.out.flush();
        // The server's threads are daemons: the main thread keeps the process alive.
        stopped.await();
    }

    private static void fail(String message) {
        System.err.println("extreme-testkit-server: " + message);
        System.err.println(usage());
        System.exit(2);
    }

    private static String usage() {
        return "usage: java -jar extreme-testkit-server.jar [--host <ip>] [--port <port, default 1113>]";
    }
}
