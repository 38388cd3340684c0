/**
 * What the subscription-scale runners of both clients share, client-free: their command line,
 * the live heap after a collection, and the CPU of each thread of a process from {@code /proc}.
 */
package io.extreme.benchmarks.support.scale;
