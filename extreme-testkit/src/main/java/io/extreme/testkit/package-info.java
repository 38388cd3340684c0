/**
 * The testkit's front door: {@link io.extreme.testkit.EmbeddedEventStore}, an EventStore in
 * memory reachable over TCP and through the {@code "in-memory"} transport, the faults it can be
 * told to make ({@link io.extreme.testkit.ServerFaults}), the JUnit 5 extension that gives a test
 * one, and the main class that runs one as a process.
 */
package io.extreme.testkit;
