/**
 * What every plugin tells the engine, whatever it plugs in: {@link io.extreme.plugin.Plugin},
 * a name to choose it by and a priority. A package of its own, imported by the engine's ports
 * ({@code io.extreme.spi}) and by the serialization port ({@code io.extreme.serialization}) and
 * importing nothing, so that serializers, which the public API names, do not depend on the
 * ports that see the client's settings.
 */
package io.extreme.plugin;
