/**
 * The quick start: a runnable example that starts the in-memory EventStore, connects to it over
 * TCP, and appends and reads events, raw and typed.
 */
package io.extreme.quickstart;
