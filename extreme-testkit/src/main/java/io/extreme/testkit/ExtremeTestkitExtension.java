package io.extreme.testkit;

import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.testkit.engine.EventStoreEngine;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives a test class its own in-memory EventStore and a client
 * connected to it. Declare parameters of type {@link ExtremeClient}, {@link EmbeddedEventStore}
 * or {@link EventStoreEngine} in test methods, lifecycle methods or the constructor:
 *
 * <pre>{@code
 * @ExtendWith(ExtremeTestkitExtension.class)
 * class OrderProjectionTest {
 *     @Test
 *     void countsOrders(ExtremeClient client) { ... }
 * }
 * }</pre>
 *
 * The store lives for the test class and is closed after it; {@link TestkitProtocol} on the class
 * makes it speak protocol v3 instead of v4. The client authenticates as
 * {@code admin} and talks through the {@code in-memory} transport (no socket); tests that want
 * TCP connect their own client to {@link EmbeddedEventStore#endpoint()}.
 */
public final class ExtremeTestkitExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExtremeTestkitExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ExtremeClient.class || type == EmbeddedEventStore.class || type == EventStoreEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Testkit testkit = testkit(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == ExtremeClient.class) {
            return testkit.client;
        }
        if (type == EmbeddedEventStore.class) {
            return testkit.store;
        }
        if (type == EventStoreEngine.class) {
            return testkit.store.engine();
        }
        throw new ParameterResolutionException("cannot resolve " + type);
    }

    private static Testkit testkit(ExtensionContext context) {
        // One store per test class: method contexts find their class's store.
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        int protocol = classContext.getTestClass()
                .map(c -> c.getAnnotation(TestkitProtocol.class)) // inherited by subclasses
                .map(TestkitProtocol::value).orElse(EmbeddedEventStore.DEFAULT_PROTOCOL);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Testkit.class, k -> new Testkit(protocol), Testkit.class);
    }

    /** The store and its client, closed by JUnit when the class's context closes. */
    private static final class Testkit implements ExtensionContext.Store.CloseableResource {
        final EmbeddedEventStore store;
        final ExtremeClient client;

        Testkit(int protocol) {
            store = EmbeddedEventStore.builder().protocol(protocol).start();
            client = Extreme.connect(ExtremeSettings.builder()
                    .endpoint(store.endpoint())
                    .credentials("admin", "changeit")
                    .connectionName("extreme-testkit")
                    .transport("in-memory")
                    .build());
        }

        @Override
        public void close() {
            client.close();
            store.close();
        }
    }
}
