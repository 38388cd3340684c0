/**
 * The transcript replay: scenarios recorded against a real EventStore, replayed against the
 * testkit over a real socket, normalised and compared with the recordings; and the runner,
 * normaliser and comparator's own tests.
 */
package io.extreme.testkit.transcripts;
