/**
 * The wire-speed server: an EventStore TCP endpoint that answers from pre-encoded bytes on one
 * selector thread, so that benchmarks measure the clients, not the server; and
 * {@link io.extreme.benchmarks.wire.EchoCeiling}, which measures how many frames per second the
 * same loop moves when it only echoes, against how many it answers.
 */
package io.extreme.benchmarks.wire;
