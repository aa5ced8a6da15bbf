package io.glutewise.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of glutewise, applied in each value package's {@code package-info}.
 *
 * <p>Value types are abstract classes with a nested {@code Builder} and {@code of} factories, so
 * callers never name the generated {@code Immutable*} classes. Optional values are left out of
 * JSON when absent.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    forceJacksonPropertyNames = false,
    deepImmutablesDetection = true,
    privateNoargConstructor = false)
public @interface GlutewiseStyle {}
