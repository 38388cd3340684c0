package io.extreme.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contract test: runs once per server target (the testkit over TCP and in memory, or the real
 * server named by {@code -Dextreme.it.endpoint}) with a {@link Server} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ContractTargets.class)
public @interface ContractTest {
}
