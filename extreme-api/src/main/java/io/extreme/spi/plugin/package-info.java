/**
 * What every plugin tells the engine, whatever its port: {@link io.extreme.spi.plugin.Plugin},
 * a name to choose it by and a priority. A package of its own, under both the engine's ports and
 * the serialization port, so that the typed API can use serializers without depending on the
 * ports that see the client's settings.
 */
package io.extreme.spi.plugin;
