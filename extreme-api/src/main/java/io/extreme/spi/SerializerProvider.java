package io.extreme.spi;

/** Makes {@link Serializer}s; found with {@link java.util.ServiceLoader}. */
public interface SerializerProvider extends Plugin {
    /** A serializer; may be shared. */
    Serializer create();
}
