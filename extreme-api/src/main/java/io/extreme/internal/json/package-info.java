/**
 * A small JSON reader and writer ({@code Json}) for the few documents the engine itself handles
 * (stream metadata, the server's settings), so that the api module needs no JSON library. It
 * imports nothing of ours, which lets public packages use it without an import circle; the
 * testkit uses it too (a qualified export), so that client and in-memory server read metadata
 * the same way.
 */
package io.extreme.internal.json;
