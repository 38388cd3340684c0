/**
 * The contract suite: one set of tests that every server target must pass, the testkit over TCP
 * and in memory or a real EventStore named by {@code -Dextreme.it.endpoint}, so that what the
 * testkit shows is what a real server shows.
 */
package io.extreme.contract;
