package dev.sslform.mockcloud.dataplane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listening socket of one instance and the connections it accepted. While the instance
 * restarts the socket is closed (new connections are refused by the operating system) and
 * every open connection is dropped; afterwards it listens again on the same port.
 */
final class InstanceEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceEndpoint.class);

    /** Hands an accepted connection to the session machinery. */
    interface Acceptor {
        void accept(InstanceEndpoint endpoint, Socket socket);
    }

    private final String instanceId;
    private final InetAddress bind;
    private final int port;
    private final Acceptor acceptor;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile Thread acceptThread;
    private volatile boolean closed;

    private InstanceEndpoint(String instanceId, InetAddress bind, ServerSocket server, Acceptor acceptor) {
        this.instanceId = instanceId;
        this.bind = bind;
        this.server = server;
        this.port = server.getLocalPort();
        this.acceptor = acceptor;
    }

    /** Binds the first free port of {@code from..to} ({@code 0..0}: any free port) and starts accepting. */
    static InstanceEndpoint open(String instanceId, InetAddress bind, int from, int to, Acceptor acceptor) throws IOException {
        IOException last = null;
        for (int p = from; p <= to; p++) {
            try {
                ServerSocket s = bind(bind, p);
                InstanceEndpoint e = new InstanceEndpoint(instanceId, bind, s, acceptor);
                e.acceptLoop(s);
                return e;
            } catch (IOException ex) {
                last = ex;
            }
        }
        throw new IOException("no free data-plane port in " + from + "–" + to + " for " + instanceId, last);
    }

    private static ServerSocket bind(InetAddress bind, int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        try {
            s.bind(new InetSocketAddress(bind, port), 64);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void acceptLoop(ServerSocket s) {
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket c = s.accept();
                    acceptor.accept(this, c);
                } catch (SocketException e) {
                    return; // closed for a restart or for good
                } catch (IOException e) {
                    LOG.warn("data plane {}: accept failed: {}", instanceId, e.toString());
                }
            }
        }, "dataplane-accept-" + instanceId);
        t.setDaemon(true);
        acceptThread = t;
        t.start();
    }

    /**
     * Closes the listening socket and waits for its accept thread to leave: the JDK closes a
     * socket another thread is blocked on only once that thread wakes up, and until then the
     * kernel still completes incoming connections.
     */
    private void stopListening(ServerSocket s) {
        quietly(s);
        Thread t = acceptThread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    String instanceId() {
        return instanceId;
    }

    int port() {
        return port;
    }

    /** Whether sessions may go on: not restarting and not closed. */
    boolean accepting() {
        return server != null && !closed;
    }

    void track(Socket s) {
        connections.add(s);
        if (!accepting()) {
            quietly(s);
        }
    }

    void untrack(Socket s) {
        connections.remove(s);
    }

    int openConnections() {
        return connections.size();
    }

    /** The restart began: stop listening and drop every connection. */
    synchronized void pause() {
        ServerSocket s = server;
        if (s == null) {
            return;
        }
        server = null;
        stopListening(s);
        dropAll();
        LOG.debug("data plane {}: restarting, connections dropped", instanceId);
    }

    /** The restart ended: listen again on the same port. */
    synchronized void resume() {
        if (server != null || closed) {
            return;
        }
        try {
            ServerSocket s = bind(bind, port);
            server = s;
            acceptLoop(s);
        } catch (IOException e) {
            LOG.warn("data plane {}: cannot listen again on port {}: {}", instanceId, port, e.toString());
        }
    }

    boolean paused() {
        return server == null && !closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        ServerSocket s = server;
        server = null;
        if (s != null) {
            stopListening(s);
        }
        dropAll();
    }

    private void dropAll() {
        for (Socket c : connections) {
            quietly(c);
        }
        connections.clear();
    }

    private static void quietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
