/**
 * Events and what reading and writing them returns: {@link io.extreme.event.EventData} to
 * write, {@link io.extreme.event.RecordedEvent} and {@link io.extreme.event.ResolvedEvent} as
 * read, {@link io.extreme.event.Position} in {@code $all},
 * {@link io.extreme.event.ExpectedVersion} for optimistic concurrency (with its
 * {@link io.extreme.event.WrongExpectedVersionException}), the slices of a read and the results
 * of a write, a conditional write, a delete and a single-event read.
 *
 * <p>Imports only {@code io.extreme.error}: every other public package speaks of events.
 */
package io.extreme.event;
