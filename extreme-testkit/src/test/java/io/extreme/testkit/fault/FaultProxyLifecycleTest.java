package io.extreme.testkit.fault;

import static io.extreme.testkit.fault.Wire.attemptRefused;
import static io.extreme.testkit.fault.Wire.await;
import static io.extreme.testkit.fault.Wire.connect;
import static io.extreme.testkit.fault.Wire.readToEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Starting, closing and misusing a {@link FaultProxy}. */
class FaultProxyLifecycleTest {
    private static final String THREAD_PREFIX = "extreme-fault-proxy";

    @Test
    void closeEndsEveryProxyThreadAndConnection() throws Exception {
        try (LoopbackServer server = LoopbackServer.manual()) {
            FaultProxy proxy = FaultProxy.start(server.endpoint());
            try (Socket client = connect(proxy.endpoint())) {
                await("the connection to be open", () -> proxy.openConnections() == 1);
                proxy.silence(Direction.BOTH);
                proxy.latency(Duration.ofSeconds(30));
                client.getOutputStream().write(new byte[] {1, 0, 0, 0, 42});
                proxy.cutRandomly(Duration.ofMinutes(1), Duration.ofMinutes(2), new Random(1));
                assertThat(proxyThreads()).isNotEmpty();

                proxy.close();

                assertThat(readToEnd(client)).isEmpty();
            }
            await("no " + THREAD_PREFIX + " thread left", () -> proxyThreads().isEmpty());
            proxy.close();
        }
    }

    @Test
    void aClientIsResetWhenTheServerCannotBeReached() throws Exception {
        LoopbackServer gone = LoopbackServer.manual();
        gone.close();
        try (FaultProxy proxy = FaultProxy.start(gone.endpoint())) {
            assertThat(attemptRefused(proxy.endpoint())).isEmpty();
            await("the proxy to count the refusal", () -> proxy.refusedConnections() == 1);
            assertThat(proxy.refusedConnections()).isEqualTo(1);
            assertThat(proxy.acceptedConnections()).isZero();
        }
    }

    @Test
    void rejectsBadArgumentsNamingThem() throws Exception {
        assertThatThrownBy(() -> FaultProxy.start(null)).hasMessageContaining("upstream");
        try (LoopbackServer server = LoopbackServer.manual();
             FaultProxy proxy = FaultProxy.start(server.endpoint())) {
            assertThat(proxy.endpoint().host()).isEqualTo("127.0.0.1");
            assertThatThrownBy(() -> proxy.latency(Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency must be zero or positive");
            assertThatThrownBy(() -> proxy.refuseFor(Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
            assertThatThrownBy(() -> proxy.cutRandomly(Duration.ofSeconds(2), Duration.ofSeconds(1), new Random()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max must be at least min");
            assertThatThrownBy(() -> proxy.cutRandomly(Duration.ofSeconds(1), Duration.ofSeconds(2), null))
                    .hasMessageContaining("random");
            assertThatThrownBy(() -> proxy.injectToClients(new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytes must not be empty");
            assertThatThrownBy(() -> proxy.silence(null)).hasMessageContaining("direction");
            proxy.close();
            assertThatThrownBy(() -> proxy.cutRandomly(Duration.ZERO, Duration.ZERO, new Random()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        }
    }

    private static List<String> proxyThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith(THREAD_PREFIX))
                .collect(Collectors.toList());
    }
}
