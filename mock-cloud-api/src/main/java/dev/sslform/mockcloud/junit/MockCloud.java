package dev.sslform.mockcloud.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts an in-process mockcloud for a test class: a free port on 127.0.0.1, in-memory H2, a
 * manual clock at {@link #clockStart()}. Tests receive a {@link MockCloudHandle} as a parameter
 * (of a test, lifecycle method or constructor) or in a static field of that type.
 *
 * <p>Each annotated class gets its own server, stopped after its last test, unless
 * {@link #shared()} is set: then one server (per {@code clockStart}) serves every shared class of
 * the run and stops when the run ends. {@code @Nested} classes without their own annotation use
 * the enclosing class's server.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(MockCloudExtension.class)
public @interface MockCloud {
    /** Where the manual clock starts: ISO-8601 with offset. The default is the seed's example, 17:05 in UTC+8. */
    String clockStart() default "2026-12-01T17:05:00+08:00";

    /** Share one server with every other {@code shared} class of the run instead of starting one for this class. */
    boolean shared() default false;

    /**
     * Whether each instance gets its TDS endpoint (docs/dataplane.md), for tests that connect SQL
     * clients. Off by default: most contract tests only call the API.
     */
    boolean dataPlane() default false;
}
