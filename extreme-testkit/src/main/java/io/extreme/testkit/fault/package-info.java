/**
 * Network faults for tests: {@link io.extreme.testkit.fault.FaultProxy}, a TCP proxy on a
 * loopback port placed between a client and an EventStore server (the testkit's or a real
 * one), which cuts connections, refuses new ones, holds or delays bytes, cuts a frame in the
 * middle and slips raw frames into what the server sends.
 */
package io.extreme.testkit.fault;
