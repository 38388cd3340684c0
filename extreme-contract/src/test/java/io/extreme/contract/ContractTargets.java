package io.extreme.contract;

import io.extreme.Endpoint;
import io.extreme.Extreme;
import io.extreme.ExtremeClient;
import io.extreme.ExtremeSettings;
import io.extreme.TlsSettings;
import io.extreme.UserCredentials;
import io.extreme.testkit.EmbeddedEventStore;
import io.extreme.testkit.TestkitTls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The servers contract tests run against. Without {@code extreme.it.endpoint}: two testkits for the
 * whole run, one speaking protocol v4 and one v3, each reached with its own protocol and with
 * auto, the v4 one also through the in-memory transport. With it: that server only, with
 * {@code extreme.it.username}/{@code extreme.it.password} (default admin/changeit) as the
 * administrator and {@code extreme.it.protocol} (3, 4 or auto, the default); over TLS with
 * {@code extreme.it.tls=true}, trusting {@code extreme.it.tls_ca_file} (else the JDK's trust store).
 * The testkit run also has a third store, v4 serving TLS with a self-signed certificate: "tcp v4 tls".
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
            public List<Extension> getAdditionalExtensions() {
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

    /**
     * Everything the run shares; closed by JUnit at the end of the run. Against the testkit: a v4
     * store and a v3 store, each reached over TCP with its own protocol and with auto, and the v4
     * store also through the in-memory transport.
     */
    private static final class Targets implements ExtensionContext.Store.CloseableResource {
        final List<Server> servers = new ArrayList<>();
        private final List<EmbeddedEventStore> stores = new ArrayList<>();

        Targets() {
            String real = System.getProperty("extreme.it.endpoint", "").trim();
            if (!real.isEmpty()) {
                UserCredentials admin = UserCredentials.of(System.getProperty("extreme.it.username", "admin"),
                        System.getProperty("extreme.it.password", "changeit"));
                ExtremeSettings s = settings(Endpoint.parse(real)).protocol(System.getProperty("extreme.it.protocol", "auto"))
                        .transport("nio").tls(realTls()).build();
                servers.add(new Server("real", Extreme.connect(s), s, admin, null));
                return;
            }
            EmbeddedEventStore v4 = EmbeddedEventStore.start();
            EmbeddedEventStore v3 = EmbeddedEventStore.builder().protocol(3).start();
            EmbeddedEventStore tls = EmbeddedEventStore.builder().tls(TestkitTls.selfSigned()).start();
            stores.add(v4);
            stores.add(v3);
            stores.add(tls);
            add("tcp v4, protocol 4", v4, settings(v4.endpoint()).transport("nio").protocol("4"));
            add("tcp v4, protocol auto", v4, settings(v4.endpoint()).transport("nio").protocol("auto"));
            add("tcp v3, protocol 3", v3, settings(v3.endpoint()).transport("nio").protocol("3"));
            add("tcp v3, protocol auto", v3, settings(v3.endpoint()).transport("nio").protocol("auto"));
            add("in-memory", v4, settings(v4.endpoint()).transport("in-memory"));
            add("tcp v4 tls", tls, settings(tls.endpoint()).transport("nio").protocol("4")
                    .tls(TlsSettings.ON.withSslContext(tls.tls().trustContext())));
        }

        /** A real server's TLS, from {@code extreme.it.tls} and {@code extreme.it.tls_ca_file}. */
        private static TlsSettings realTls() {
            if (!Boolean.getBoolean("extreme.it.tls")) {
                return TlsSettings.OFF;
            }
            String ca = System.getProperty("extreme.it.tls_ca_file", "").trim();
            return ca.isEmpty() ? TlsSettings.ON : TlsSettings.ON.withTrustFile(Path.of(ca));
        }

        private void add(String name, EmbeddedEventStore store, ExtremeSettings.Builder settings) {
            ExtremeSettings s = settings.build();
            servers.add(new Server(name, Extreme.connect(s), s, UserCredentials.of("admin", "changeit"), store));
        }

        @Override
        public void close() {
            servers.forEach(s -> s.client().close());
            stores.forEach(EmbeddedEventStore::close);
        }
    }

    /** Opens a further client to the same server as {@code server}, with other settings. */
    static ExtremeClient connect(Server server, UnaryOperator<ExtremeSettings.Builder> change) {
        return Extreme.connect(change.apply(server.settings().toBuilder()).build());
    }
}
