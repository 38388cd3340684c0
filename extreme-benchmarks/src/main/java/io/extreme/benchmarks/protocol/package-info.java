/**
 * The protocol without a network: our codecs and the shared frame encoder and decoder, run on
 * bytes in memory exactly as the client runs them on a socket's, so that a profile shows what
 * one append or one read page costs before any system call or server is involved.
 */
package io.extreme.benchmarks.protocol;
