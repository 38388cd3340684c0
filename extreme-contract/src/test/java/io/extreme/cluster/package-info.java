/**
 * Cluster tests: discovery by gossip seeds and DNS, read and write modes, and leader changes
 * that appends and subscriptions must survive, against the testkit's simulated cluster or a
 * real one named by its gossip seeds.
 */
package io.extreme.cluster;
