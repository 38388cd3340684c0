/**
 * Test helpers other modules' tests share with this one's, shipped in the api's test jar. A
 * package the module does not have: a test jar on the class path may not add to a package that a
 * named module owns.
 */
package io.extreme.testing;
