package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.core.CertificateIssuer;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.SqlLogins;
import dev.sslform.mockcloud.core.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The registry of data-plane endpoints: keeps one {@link InstanceEndpoint} per instance
 * (replicas included), reports each one's address through {@link Instances#setEndpoint}, and on a
 * short poll notices new and deleted instances and restart windows. Serves each connection on
 * its own thread, at most {@code maxConnections} at once, each with a login deadline.
 */
public final class DataPlane implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataPlane.class);

    private final DataPlaneSettings settings;
    private final InetAddress bind;
    private final String reportedAddress;
    private final Instances instances;
    private final SqlLogins logins;
    private final TlsMaterial tls;
    private final Map<String, InstanceEndpoint> endpoints = new ConcurrentHashMap<>();
    /** Instances whose endpoint could not be opened, warned about once each. */
    private final Set<String> unplaced = ConcurrentHashMap.newKeySet();
    private final Semaphore slots;
    private final AtomicInteger spids = new AtomicInteger(51);
    private final ExecutorService sessions;
    private final ScheduledExecutorService timer;

    private DataPlane(DataPlaneSettings settings, InetAddress bind, Instances instances, Store store, CertificateIssuer issuer,
                      SqlLogins logins, Clock mockClock, Clock realClock) {
        this.settings = settings;
        this.bind = bind;
        this.reportedAddress = bind.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : bind.getHostAddress();
        this.instances = instances;
        this.logins = logins;
        this.tls = new TlsMaterial(store, issuer, mockClock, realClock);
        this.slots = new Semaphore(settings.maxConnections());
        this.sessions = Executors.newCachedThreadPool(daemon("dataplane-session"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("dataplane-poll"));
    }

    /** Starts endpoints for every instance and the poll that keeps them in step. */
    public static DataPlane start(DataPlaneSettings settings, String bindAddress, Instances instances, Store store,
                                  CertificateIssuer issuer, SqlLogins logins, Clock mockClock, Clock realClock) {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(bindAddress);
        } catch (IOException e) {
            throw new IllegalArgumentException("data plane: cannot resolve bind address " + bindAddress, e);
        }
        DataPlane dp = new DataPlane(settings, bind, instances, store, issuer, logins, mockClock, realClock);
        dp.sync();
        long every = settings.pollInterval().toMillis();
        dp.timer.scheduleWithFixedDelay(() -> {
            try {
                dp.sync();
            } catch (RuntimeException e) {
                LOG.warn("data plane poll failed: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return dp;
    }

    /**
     * Matches endpoints with instances: opens one for each new instance (and reports its address),
     * closes those of deleted ones, pauses the endpoints of restarting instances and resumes the
     * others. Runs on the poll; tests may call it to avoid waiting for the next tick.
     */
    public synchronized void sync() {
        List<InstanceView> views = instances.adminList();
        Set<String> seen = new HashSet<>();
        for (InstanceView v : views) {
            String id = v.instance().instanceId();
            seen.add(id);
            InstanceEndpoint e = endpoints.get(id);
            if (e == null) {
                try {
                    e = InstanceEndpoint.open(id, bind, settings.portFrom(), settings.portTo(), this::serve);
                } catch (IOException ex) {
                    if (unplaced.add(id)) {
                        LOG.warn("data plane: {} (retrying quietly on every poll)", ex.getMessage());
                    }
                    continue;
                }
                unplaced.remove(id);
                endpoints.put(id, e);
            }
            if (!reportedAddress.equals(v.instance().vip()) || e.port() != v.instance().vport()) {
                instances.setEndpoint(id, reportedAddress, e.port());
            }
            if (v.restarting()) {
                e.pause();
            } else {
                e.resume();
            }
        }
        for (String id : Set.copyOf(endpoints.keySet())) {
            if (!seen.contains(id)) {
                endpoints.remove(id).close();
                logins.forget(id);
            }
        }
        unplaced.retainAll(seen);
    }

    /** The port of the instance's endpoint, if it has one. */
    public Optional<Integer> port(String instanceId) {
        return Optional.ofNullable(endpoints.get(instanceId)).map(InstanceEndpoint::port);
    }

    /** The address endpoints report as Vip. */
    public String address() {
        return reportedAddress;
    }

    /** Connections open right now, over all endpoints. */
    public int openConnections() {
        return endpoints.values().stream().mapToInt(InstanceEndpoint::openConnections).sum();
    }

    /** Session threads alive right now (for tests that check nothing hangs). */
    public int busySessions() {
        return settings.maxConnections() - slots.availablePermits();
    }

    private void serve(InstanceEndpoint endpoint, Socket socket) {
        if (!slots.tryAcquire()) {
            LOG.warn("data plane {}: {} connections open, refusing one more", endpoint.instanceId(), settings.maxConnections());
            close(socket);
            return;
        }
        try {
            sessions.execute(() -> session(endpoint, socket));
        } catch (RuntimeException e) {
            slots.release();
            close(socket);
        }
    }

    private void session(InstanceEndpoint endpoint, Socket socket) {
        endpoint.track(socket);
        ScheduledFuture<?> deadline = timer.schedule(() -> close(socket), settings.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            socket.setSoTimeout((int) Math.max(1, settings.loginTimeout().toMillis()));
            socket.setTcpNoDelay(true);
            new TdsSession(endpoint.instanceId(), socket, nextSpid(), tls, logins, endpoint::accepting,
                    () -> deadline.cancel(false), (int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toMillis())).run();
        } catch (TdsProtocolException e) {
            LOG.debug("data plane {}: protocol error: {}", endpoint.instanceId(), e.getMessage());
        } catch (SSLException | SocketTimeoutException | SocketException e) {
            LOG.debug("data plane {}: connection ended: {}", endpoint.instanceId(), e.toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("data plane {}: session failed", endpoint.instanceId(), e);
        } finally {
            deadline.cancel(false);
            endpoint.untrack(socket);
            close(socket);
            slots.release();
        }
    }

    private int nextSpid() {
        return spids.updateAndGet(s -> s >= 32000 ? 51 : s + 1);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            for (InstanceEndpoint e : endpoints.values()) {
                e.close();
            }
            endpoints.clear();
        }
        sessions.shutdownNow();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
