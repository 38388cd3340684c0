/**
 * Reliability under faults: connections cut at random or mid-frame, silent peers, bad frames and
 * NotHandled answers, through the testkit's fault proxy, with the figures that go into
 * RELIABILITY.md; and a check that no password reaches a log.
 */
package io.extreme.reliability;
