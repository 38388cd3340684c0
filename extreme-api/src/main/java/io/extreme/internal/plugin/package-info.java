/**
 * Finding plugins: {@code Plugins} looks up the providers of a port with
 * {@link java.util.ServiceLoader}, picks the one the settings name or the highest priority, and
 * says clearly which module is missing when there is none.
 */
package io.extreme.internal.plugin;
