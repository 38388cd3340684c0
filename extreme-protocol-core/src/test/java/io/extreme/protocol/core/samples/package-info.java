/**
 * Test helpers that the core's tests share with the v3 and v4 modules' tests (through the core's
 * test jar): one sample message of every neutral record for each protocol version, byte vectors
 * written as hex, a probe that encodes and decodes through any codec, and the contract every
 * codec provider keeps. Their signatures name only the API's types, so that the codec modules'
 * tests can use them from the class path.
 */
package io.extreme.protocol.core.samples;
