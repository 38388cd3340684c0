/**
 * The Extreme testkit: an EventStore in memory, reachable in-process through a transport and
 * over TCP on a loopback port, and a JUnit 5 extension that starts one for a test.
 */
module io.extreme.testkit {
    requires io.extreme.api;
    requires io.extreme.protocol.v4;
    requires io.extreme.protocol.v3;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.junit.jupiter.api;

    exports io.extreme.testkit;
    exports io.extreme.testkit.engine;
    exports io.extreme.testkit.fault;

    // The in-memory transport, chosen with settings.transport("in-memory").
    provides io.extreme.spi.TransportProvider with io.extreme.testkit.InMemoryTransportProvider;
}
