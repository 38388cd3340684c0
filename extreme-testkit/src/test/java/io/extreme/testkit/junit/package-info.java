/**
 * Tests of the JUnit 5 extension and its protocol annotation, run as a user's tests would be.
 */
package io.extreme.testkit.junit;
