/**
 * The esjc 2.6.0 twin of extreme-benchmarks' {@code io.extreme.benchmarks.scale}, phase for phase
 * and figure for figure, through esjc's public API. How one client copes with many live subscriptions on one connection: {@link io.extreme.benchmarks.esjc.scale.SubscriptionScale} opens thousands of volatile subscriptions to one
 * stream, measures the heap each costs and how fast appended events fan out to all of them, then
 * closes them and checks the heap comes back. A plain main rather than JMH: one long run with a
 * few figures, not a loop of short invocations.
 */
package io.extreme.benchmarks.esjc.scale;
