/**
 * How one client copes with many live subscriptions on one connection: {@link
 * io.extreme.benchmarks.scale.SubscriptionScale} opens thousands of volatile subscriptions to one
 * stream, measures the heap each costs and how fast appended events fan out to all of them, then
 * closes them and checks the heap comes back. A plain main rather than JMH: one long run with a
 * few figures, not a loop of short invocations.
 */
package io.extreme.benchmarks.scale;
