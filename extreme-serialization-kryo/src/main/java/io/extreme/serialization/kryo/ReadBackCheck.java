package io.extreme.serialization.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.serializers.CollectionSerializer;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.serializers.MapSerializer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a class Kryo could write but not read back, before an event of it is stored. Kryo finds
 * a serializer for any class and writes its fields or elements, but most serializers create the
 * object on read through a no-arg constructor: a class without one Kryo can call (a private JDK
 * wrapper, a non-static inner class) is written without complaint and every stored event of it
 * is unreadable.
 *
 * <p>The proof is the one a read would need: {@code build()} and, when registration is not
 * required, the first write of each class create one instance the way Kryo would on read.
 */
final class ReadBackCheck {
    /** Kryo's serializers whose {@code create} is {@code kryo.newInstance(type)}, unless a subclass overrides it. */
    private static final Set<Class<?>> CREATING_SERIALIZERS =
            Set.of(FieldSerializer.class, CollectionSerializer.class, MapSerializer.class);
    /** Kryo's "Class cannot be created (missing no-arg constructor): x.Y": the words in brackets are the reason. */
    private static final Pattern CANNOT_CREATE = Pattern.compile("^Class cannot be created \\((.+?)\\)");
    private static final String PLAIN_TYPES = "use a plain collection type (List.copyOf, Set.copyOf, Map.copyOf, "
            + "ArrayList...) in the event";

    private ReadBackCheck() {}

    /** Throws if any of {@code types}, registered on {@code kryo}, could be written but not read back. */
    static void requireReadBack(Kryo kryo, Iterable<Class<?>> types) {
        for (Class<?> type : types) {
            Registration registration = kryo.getRegistration(type);
            String problem = problem(kryo, registration);
            if (problem != null) {
                throw new IllegalArgumentException(unreadable(type, problem));
            }
        }
    }

    /**
     * Why Kryo could not read back what {@code registration}, registered on {@code kryo}, writes, or
     * {@code null} if it can.
     */
    static String problem(Kryo kryo, Registration registration) {
        Class<?> type = registration.getType();
        // Abstract types, interfaces, arrays and primitives are never instantiated by their own registration.
        if (Modifier.isAbstract(type.getModifiers()) || !createsOnRead(registration.getSerializer())) {
            return null;
        }
        try {
            kryo.newInstance(type); // Kryo keeps the instantiator it made, for the first read
            return null;
        } catch (RuntimeException | LinkageError e) { // IllegalAccessError: a generated constructor call refused
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Matcher cannotCreate = CANNOT_CREATE.matcher(message);
            return cannotCreate.find() ? cannotCreate.group(1) : KryoFailures.firstLine(message);
        }
    }

    /** Whether {@code serializer} makes the object it reads with the type's no-arg constructor. */
    private static boolean createsOnRead(Serializer<?> serializer) {
        if (serializer instanceof DefaultSerializers.KryoSerializableSerializer) {
            return true;
        }
        for (Class<?> c = serializer.getClass(); c != Serializer.class && c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals("create")) { // the nearest create decides
                    return CREATING_SERIALIZERS.contains(c);
                }
            }
        }
        return false;
    }

    /** The message for a class Kryo could write but not read back, for {@code problem}. */
    static String unreadable(Class<?> type, String problem) {
        if (isJdk(type)) {
            return "Kryo cannot write " + type.getName() + " as it is: it could not read it back (" + problem
                    + "); " + PLAIN_TYPES;
        }
        return "Kryo could write " + type.getName() + " but not read it back (" + problem + "): give it a no-arg "
                + "constructor (it may be private), make it a static nested class, or make it a record";
    }

    /**
     * The message for a JDK class the application cannot name: registering it through
     * {@code getClass()} would not help, as Kryo has no constructor to call on read.
     */
    static String hiddenJdkClass(Class<?> type) {
        return "Kryo cannot write " + type.getName() + " as it is: it is a private JDK class, which Kryo cannot "
                + "read back; " + PLAIN_TYPES;
    }

    /** Whether {@code type} is a JDK class that is not public, or is nested in one that is not. */
    static boolean isHiddenJdkClass(Class<?> type) {
        if (!isJdk(type)) {
            return false;
        }
        for (Class<?> c = elementType(type); c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJdk(Class<?> type) {
        String name = elementType(type).getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
    }

    private static Class<?> elementType(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element;
    }
}
