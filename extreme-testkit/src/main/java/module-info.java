/**
 * The Extreme testkit: an EventStore in memory, reachable in-process through a transport and
 * over TCP on a loopback port, a JUnit 5 extension that starts one for a test, and a simulated
 * cluster of them with gossip, elections and a fake DNS server.
 */
module io.extreme.testkit {
    requires io.extreme.api;
    requires io.extreme.protocol.v4;
    requires io.extreme.protocol.v3;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    // The simulated cluster's gossip endpoints and its fake DNS server.
    requires jdk.httpserver;
    requires org.dnsjava;
    requires static org.junit.jupiter.api;
    // TLS: the NIO transport's TlsChannel around the server's sockets, BouncyCastle for a self-signed certificate.
    requires io.extreme.transport.nio;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;

    exports io.extreme.testkit;
    exports io.extreme.testkit.engine;
    exports io.extreme.testkit.fault;
    exports io.extreme.testkit.cluster;

    // The in-memory transport, chosen with settings.transport("in-memory").
    provides io.extreme.spi.TransportProvider with io.extreme.testkit.InMemoryTransportProvider;
}
