package dev.sslform.mockcloud.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small bounded pool of JDBC connections: at most {@code maxSize} are open or lent at once,
 * idle ones are reused, a borrower waits up to {@code borrowTimeoutMillis} for one.
 *
 * <p>Invariants: a connection handed out is never handed to a second borrower before it is
 * closed; on return it is rolled back if a transaction was left open and reset to auto-commit,
 * and a broken one is discarded. Safe for use from many threads. Why not HikariCP: one more
 * dependency for a mock that needs a dozen connections at most.
 */
final class ConnectionPool implements DataSource, AutoCloseable {
    private final String url;
    private final Properties credentials = new Properties();
    private final Semaphore permits;
    private final long borrowTimeoutMillis;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(String url, String user, String password, int maxSize, long borrowTimeoutMillis) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + maxSize);
        }
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.permits = new Semaphore(maxSize, true);
        this.borrowTimeoutMillis = borrowTimeoutMillis;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(borrowTimeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new SQLException("No database connection free after " + borrowTimeoutMillis + " ms", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a database connection", "08001", e);
        }
        try {
            Connection physical = takeIdle();
            if (physical == null) {
                physical = DriverManager.getConnection(url, credentials);
                // Every store transaction runs READ COMMITTED; setting it once per physical
                // connection spares two driver round trips per transaction.
                physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            return lend(physical);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
    }

    /** Closes the idle connections now and every lent one when it comes back. */
    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(ConnectionPool::closeQuietly);
    }

    private synchronized Connection takeIdle() throws SQLException {
        if (closed) {
            throw new SQLException("The connection pool is closed", "08003");
        }
        return idle.pollFirst();
    }

    private Connection lend(Connection physical) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lent(physical));
    }

    private void giveBack(Connection physical) {
        boolean keep;
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            keep = !physical.isClosed();
        } catch (SQLException e) {
            keep = false;
        }
        synchronized (this) {
            if (keep && !closed) {
                idle.addFirst(physical);
                physical = null;
            }
        }
        if (physical != null) {
            closeQuietly(physical);
        }
        permits.release();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing useful to do with a connection that fails to close.
        }
    }

    /** The borrower's view of a physical connection: close() returns it to the pool, once. */
    private final class Lent implements InvocationHandler {
        private Connection physical;

        Lent(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    synchronized (this) {
                        if (physical != null) {
                            Connection c = physical;
                            physical = null;
                            giveBack(c);
                        }
                    }
                    return null;
                case "isClosed":
                    synchronized (this) {
                        return physical == null || physical.isClosed();
                    }
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    Connection c;
                    synchronized (this) {
                        c = physical;
                    }
                    if (c == null) {
                        throw new SQLException("Connection already returned to the pool", "08003");
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }

    // --- DataSource boilerplate ---------------------------------------------------------------

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
