package io.extreme.contract;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.UserCredentials;
import io.extreme.testkit.EmbeddedEventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The servers contract tests run against. Without {@code extreme.it.endpoint}: one testkit for the
 * whole run, reached over TCP and through the in-memory transport. With it: that server only,
 * with {@code extreme.it.username}/{@code extreme.it.password} (default admin/changeit) as the
 * administrator and {@code extreme.it.protocol} (default v4).
 */
public final class ContractTargets implements TestTemplateInvocationContextProvider {
    private static final Namespace NAMESPACE = Namespace.create(ContractTargets.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Targets targets = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Targets.class, k -> new Targets(), Targets.class);
        return targets.servers.stream().map(ContractTargets::invocation);
    }

    private static TestTemplateInvocationContext invocation(Server server) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return server.name();
            }

            @Override
            public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
                return List.of(new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
                        return p.getParameter().getType() == Server.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
                        return server;
                    }
                });
            }
        };
    }

    /** Settings for tests: short timeouts so a broken server fails a test quickly. */
    static ExtremeSettings.Builder settings(Endpoint endpoint) {
        return ExtremeSettings.builder().endpoint(endpoint).connectionName("extreme-contract")
                .operationTimeout(Duration.ofSeconds(10)).reconnectDelay(Duration.ofMillis(100));
    }

    /** Everything the run shares; closed by JUnit at the end of the run. */
    private static final class Targets implements ExtensionContext.Store.CloseableResource {
        final List<Server> servers = new ArrayList<>();
        private EmbeddedEventStore store;

        Targets() {
            String real = System.getProperty("extreme.it.endpoint", "").trim();
            if (!real.isEmpty()) {
                UserCredentials admin = UserCredentials.of(System.getProperty("extreme.it.username", "admin"),
                        System.getProperty("extreme.it.password", "changeit"));
                ExtremeSettings s = settings(Endpoint.parse(real)).protocol(System.getProperty("extreme.it.protocol", "v4"))
                        .transport("nio").build();
                servers.add(new Server("real", Extreme.connect(s), s, admin, null));
                return;
            }
            store = EmbeddedEventStore.start();
            UserCredentials admin = UserCredentials.of("admin", "changeit");
            ExtremeSettings tcp = settings(store.endpoint()).transport("nio").build();
            ExtremeSettings memory = settings(store.endpoint()).transport("in-memory").build();
            servers.add(new Server("tcp", Extreme.connect(tcp), tcp, admin, store));
            servers.add(new Server("in-memory", Extreme.connect(memory), memory, admin, store));
        }

        @Override
        public void close() {
            servers.forEach(s -> s.client().close());
            if (store != null) {
                store.close();
            }
        }
    }

    /** Opens a further client to the same server as {@code server}, with other settings. */
    static ExtremeClient connect(Server server, java.util.function.UnaryOperator<ExtremeSettings.Builder> change) {
        return Extreme.connect(change.apply(server.settings().toBuilder()).build());
    }
}
