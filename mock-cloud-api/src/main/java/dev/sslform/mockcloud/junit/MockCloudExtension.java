package dev.sslform.mockcloud.junit;

import dev.sslform.mockcloud.MockCloudConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extension behind {@link MockCloud}: starts the server in {@code beforeAll}, keeps its
 * handle in the extension store (the class's, or the root's when shared, so JUnit closes it when
 * that context ends), injects static {@link MockCloudHandle} fields and resolves parameters.
 */
public final class MockCloudExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MockCloudExtension.class);
    private static final String KEY = "handle";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<MockCloud> own = Optional.ofNullable(testClass.getAnnotation(MockCloud.class));
        if (own.isPresent()) {
            MockCloud a = own.get();
            MockCloudHandle handle;
            if (a.shared()) {
                handle = context.getRoot().getStore(NS).computeIfAbsent("shared@" + a.clockStart(), k -> start(a, "shared"),
                        MockCloudHandle.class);
            } else {
                handle = start(a, testClass.getSimpleName());
                context.getStore(NS).put(KEY + "@own", handle); // closed with the class context
            }
            context.getStore(NS).put(KEY, new Borrowed(handle));
        }
        MockCloudHandle handle = handle(context);
        if (handle == null) {
            return;
        }
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == MockCloudHandle.class) {
                    try {
                        f.setAccessible(true);
                        f.set(null, handle);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new ExtensionConfigurationException("cannot set static field " + f + " to the mockcloud handle", e);
                    }
                }
            }
        }
    }

    private static MockCloudHandle start(MockCloud a, String name) {
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(a.clockStart());
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@MockCloud(clockStart = \"" + a.clockStart()
                    + "\") is not an ISO-8601 date-time with offset, e.g. 2026-12-01T17:05:00+08:00");
        }
        String db = "junit-" + name.replaceAll("[^A-Za-z0-9]", "") + "-" + COUNTER.incrementAndGet();
        return new MockCloudHandle(dev.sslform.mockcloud.MockCloud.start(MockCloudConfig.forTests(db, start.toInstant())
                .withDataPlane(a.dataPlane())));
    }

    /** The handle visible from {@code context}: its own class's, an enclosing class's, or null. */
    private static MockCloudHandle handle(ExtensionContext context) {
        Borrowed b = context.getStore(NS).get(KEY, Borrowed.class);
        return b == null ? null : b.handle;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == MockCloudHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        MockCloudHandle h = handle(extensionContext);
        if (h == null) {
            throw new ParameterResolutionException("no mockcloud for " + extensionContext.getDisplayName()
                    + ": annotate the test class with @MockCloud");
        }
        return h;
    }

    /** A reference that the store must not close (the owner's entry does). */
    private record Borrowed(MockCloudHandle handle) {
    }
}
