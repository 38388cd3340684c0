/**
 * JMH benchmarks of the client against an EventStore over loopback TCP (appends, reads, catch-up)
 * and of the serializer plugins on their own; the workloads are mirrored, number for number, by
 * the esjc baseline module.
 */
package io.extreme.benchmarks;
