package io.extreme.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The protocol the store of {@link ExtremeTestkitExtension} speaks for the annotated test class:
 * {@code 3} for an EventStore 3.9.3 (32-bit event numbers, no IdentifyClient), {@code 4} (the
 * default) for 4.x. The injected client uses protocol auto, so it finds out as a real one would.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TestkitProtocol {
    /** 3 or 4. */
    int value();
}
