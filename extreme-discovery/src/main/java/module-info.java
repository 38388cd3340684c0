/**
 * Discovery adapters: where a client connects. A single node ({@code "single-node"}), a cluster
 * by gossip seeds ({@code "cluster"}) or a cluster by DNS ({@code "cluster-dns"}).
 */
module io.extreme.discovery {
    requires io.extreme.api;
    requires org.slf4j;
    requires okhttp3;
    // okhttp 4 is an automatic module: it reads whatever is resolved, but asks for nothing, so
    // its Kotlin runtime and okio must be required here to be on the module graph at all.
    requires kotlin.stdlib;
    requires okio;
    requires com.fasterxml.jackson.databind;
    requires org.dnsjava;

    exports io.extreme.discovery;
    // Jackson builds the gossip records reflectively.
    opens io.extreme.discovery to com.fasterxml.jackson.databind;

    provides io.extreme.spi.DiscoveryProvider with
            io.extreme.discovery.ClusterDiscoveryProvider,
            io.extreme.discovery.ClusterDnsDiscoveryProvider,
            io.extreme.discovery.SingleNodeDiscoveryProvider;
}
