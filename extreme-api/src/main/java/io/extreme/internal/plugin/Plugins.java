package io.extreme.internal.plugin;

import io.extreme.error.ConfigurationException;
import io.extreme.plugin.Plugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds providers with {@link ServiceLoader}: the one the settings name first, else the one with
 * the highest priority among those that fit, else a {@link ConfigurationException} that names
 * the module to add.
 */
public final class Plugins {
    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {
    }

    /**
     * The provider of {@code type} to use.
     *
     * @param chosen  the name the settings give, or {@code null}
     * @param fits    which providers can serve these settings
     * @param module  the artifact that provides a default, for the error message
     */
    public static <P extends Plugin> P find(Class<P> type, String chosen, Predicate<P> fits, String module) {
        List<P> all = all(type);
        String kind = type.getSimpleName().replace("Provider", "").toLowerCase();
        if (chosen != null) {
            return all.stream().filter(p -> p.name().equals(chosen)).findFirst()
                    .orElseThrow(() -> new ConfigurationException("No " + kind + " named '" + chosen + "'; available: "
                            + names(all) + ". Add the module that provides it (for example io.extreme:" + module + ")."));
        }
        List<P> fitting = all.stream().filter(fits).sorted(Comparator.comparingInt(Plugin::priority).reversed()).toList();
        if (fitting.isEmpty()) {
            throw new ConfigurationException("No " + kind + " found on the class path or module path"
                    + (all.isEmpty() ? "" : " that fits these settings (available: " + names(all) + ")")
                    + ". Add io.extreme:" + module + " to your dependencies.");
        }
        if (fitting.size() > 1 && fitting.get(0).priority() == fitting.get(1).priority()) {
            log.warn("Several {} providers with priority {}: {}; using '{}'. Name one in the settings to choose.",
                    kind, fitting.get(0).priority(), names(fitting), fitting.get(0).name());
        }
        return fitting.get(0);
    }

    /** The provider of {@code type} named {@code name}, if one is on the class path or module path. */
    public static <P extends Plugin> Optional<P> named(Class<P> type, String name) {
        return all(type).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static <P extends Plugin> List<P> all(Class<P> type) {
        List<P> all = new ArrayList<>();
        ServiceLoader.load(type, Plugins.class.getClassLoader()).forEach(all::add);
        if (all.isEmpty()) {
            // Modules on the module path register with the boot layer; try the context loader too.
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context != null) {
                ServiceLoader.load(type, context).forEach(all::add);
            }
        }
        return all;
    }

    private static String names(List<? extends Plugin> plugins) {
        return plugins.isEmpty() ? "none" : plugins.stream().map(Plugin::name).collect(Collectors.joining(", "));
    }
}
