package dev.fakecloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unix socket that forwards to the real Docker engine's, and that a test can take away and bring back: while
 * stopped, connecting fails and every connection that was open is cut, as when the engine goes down. Lets tests see
 * fakecloud lose Docker and recover without touching the shared engine. Test code: a thread per connection.
 */
public final class DockerSocketProxy implements AutoCloseable {

    private final Path socket;
    private final UnixDomainSocketAddress engine;
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocketChannel server;

    public DockerSocketProxy(Path socket, Path engineSocket) {
        this.socket = socket;
        this.engine = UnixDomainSocketAddress.of(engineSocket);
    }

    public String dockerHost() {
        return "unix://" + socket;
    }

    public synchronized DockerSocketProxy start() {
        if (server != null) {
            return this;
        }
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            s.bind(UnixDomainSocketAddress.of(socket));
            server = s;
            Thread acceptor = new Thread(() -> accept(s), "docker-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The engine goes away: no new connections, and every open one is cut. */
    public synchronized void stop() {
        ServerSocketChannel s = server;
        server = null;
        if (s != null) {
            quietly(s::close);
        }
        quietly(() -> Files.deleteIfExists(socket));
        for (SocketChannel c : open) {
            quietly(c::close);
        }
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocketChannel s) {
        while (s.isOpen()) {
            SocketChannel client;
            try {
                client = s.accept();
            } catch (IOException e) {
                return;
            }
            try {
                SocketChannel upstream = SocketChannel.open(engine);
                open.add(client);
                open.add(upstream);
                if (server != s) { // stopped meanwhile
                    quietly(client::close);
                    quietly(upstream::close);
                    continue;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                quietly(client::close);
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to) {
        Thread t = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException e) {
                quietly(from::close);
                quietly(to::close);
                open.remove(from);
                open.remove(to);
            }
        }, "docker-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void quietly(Action action) {
        try {
            action.run();
        } catch (IOException ignored) {
            // tearing down
        }
    }
}
