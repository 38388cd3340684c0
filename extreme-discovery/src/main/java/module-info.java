/** Discovery adapters: where a client connects. */
module io.extreme.discovery {
    requires io.extreme.api;

    exports io.extreme.discovery;

    provides io.extreme.spi.DiscoveryProvider with io.extreme.discovery.SingleNodeDiscoveryProvider;
}
