package io.extreme.plugin;

/**
 * What every provider found through {@link java.util.ServiceLoader} tells the engine: a name a
 * user can choose it by in the settings, and a priority that decides among several on the
 * class path when the user chose none (highest wins).
 */
public interface Plugin {
    /** The name to choose this provider by, such as {@code "nio"} or {@code "v4"}. */
    String name();

    /** Higher wins when the settings name no provider. The default is 0. */
    default int priority() {
        return 0;
    }
}
