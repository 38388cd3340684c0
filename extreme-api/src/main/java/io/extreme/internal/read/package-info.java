/**
 * Lazy reads: a stream or {@code $all} read a page at a time as it is consumed, behind the public
 * {@link io.extreme.event.EventStream}. {@code PageReader} is all it knows of the client: one
 * request for one page; {@code Slices} turns the client's slices into pages (the one place that
 * reads their accessors); {@code Pager} keeps the cursor, the count left and the one page ahead;
 * {@code LazyRead} hands it out once, as a blocking iterator, a {@code Stream} or a
 * {@code ReadPublisher}. Internal: not exported, no compatibility promised.
 */
package io.extreme.internal.read;
