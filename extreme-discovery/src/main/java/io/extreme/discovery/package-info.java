/**
 * The {@link io.extreme.spi.Discovery} adapters: a single node, a cluster by gossip seeds or by
 * DNS, the gossip client that asks a node over HTTP, and the ranking that picks a member by the
 * settings' node preference.
 */
package io.extreme.discovery;
