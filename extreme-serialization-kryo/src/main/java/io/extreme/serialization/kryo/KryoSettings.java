package io.extreme.serialization.kryo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every pooled Kryo of one {@link KryoSerializer} is configured from, so that all of them
 * read and write the same format.
 *
 * @param registrations the user's classes and their ids, in registration order
 * @param classLoader   where Kryo looks up the class names it writes for unregistered classes
 */
record KryoSettings(
        Map<Class<?>, Integer> registrations,
        boolean registrationRequired,
        boolean references,
        ClassLoader classLoader) {
    KryoSettings {
        registrations = Collections.unmodifiableMap(new LinkedHashMap<>(registrations));
    }
}
