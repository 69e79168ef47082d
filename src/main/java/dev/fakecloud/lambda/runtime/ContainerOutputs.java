package dev.fakecloud.lambda.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Follows the output of every function container without a thread per container: docker-java holds a thread and a
 * connection for each streaming call, so instead each container's log stream is one non-blocking connection to the
 * engine (its unix socket or plain TCP), and a single selector thread reads them all and hands the text to each
 * container's {@link Sink}. Engines reached over TLS are followed through docker-java (a thread each), which speaks
 * TLS where this does not.
 */
final class ContainerOutputs {

    private static final Logger LOG = Logger.getLogger(ContainerOutputs.class);

    /** Where a container's output goes. Called on the selector thread: hand the work on, never block. */
    interface Sink {
        void output(String text);

        /** The stream ended: the container stopped, or the engine went away. Called at most once. */
        void ended();
    }

    private final Docker docker;
    private final Queue<Stream> opening = new ConcurrentLinkedQueue<>();
    private final Object starting = new Object();
    private volatile Selector selector;
    private volatile boolean closed;

    ContainerOutputs(Docker docker) {
        this.docker = docker;
    }

    /**
     * Streams the container's output to {@code sink} until the container stops or the returned handle is closed.
     *
     * @param fromStart everything the container wrote so far too, else only what it writes from now on
     */
    Closeable follow(String containerId, boolean fromStart, Sink sink) {
        if (closed) { // shutting down
            return () -> { };
        }
        SocketAddress address = docker.plainAddress();
        if (address == null) {
            return Containers.follow(docker.client(), containerId, fromStart, sink);
        }
        Stream stream = new Stream(address, request(containerId, fromStart), sink);
        opening.add(stream);
        selector().wakeup();
        return stream;
    }

    /** Whether fakecloud is shutting down (streams that end are not followed again). */
    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    private static ByteBuffer request(String containerId, boolean fromStart) {
        return ByteBuffer.wrap(("GET /containers/" + containerId + "/logs?follow=1&stdout=1&stderr=1"
                + (fromStart ? "" : "&tail=0") + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: fakecloud\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private Selector selector() {
        Selector s = selector;
        if (s != null) {
            return s;
        }
        synchronized (starting) { // once: the first container starts the reader thread
            if (selector == null) {
                try {
                    selector = Selector.open();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("Cannot open a selector for container output", e);
                }
                Thread reader = new Thread(this::run, "fakecloud-container-output");
                reader.setDaemon(true);
                reader.start();
            }
            return selector;
        }
    }

    private void run() {
        Selector s = selector;
        try {
            while (!closed) {
                s.select();
                Stream next;
                while ((next = opening.poll()) != null) {
                    next.open(s);
                }
                for (SelectionKey key : s.selectedKeys()) {
                    ((Stream) key.attachment()).ready(key);
                }
                s.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Container output reader stopped: %s", e.getMessage());
        } finally {
            synchronized (starting) { // the next stream starts a new reader
                selector = null;
            }
            for (SelectionKey key : s.keys()) {
                ((Stream) key.attachment()).end(null);
            }
            Stream waiting;
            while ((waiting = opening.poll()) != null) {
                waiting.end(null);
            }
            try {
                s.close();
            } catch (IOException ignored) {
                // stopping
            }
        }
    }

    /** One container's log stream; touched by the selector thread only, except {@link #close()}. */
    private static final class Stream implements Closeable {
        private final SocketAddress address;
        private final ByteBuffer request;
        private final Sink sink;
        private final LogStreamDecoder decoder;
        private final ByteBuffer buffer = ByteBuffer.allocate(8192);
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile SocketChannel channel;

        Stream(SocketAddress address, ByteBuffer request, Sink sink) {
            this.address = address;
            this.request = request;
            this.sink = sink;
            this.decoder = new LogStreamDecoder(sink::output);
        }

        void open(Selector selector) {
            if (finished.get()) {
                return;
            }
            try {
                SocketChannel c = address instanceof UnixDomainSocketAddress
                        ? SocketChannel.open(java.net.StandardProtocolFamily.UNIX) : SocketChannel.open();
                channel = c;
                c.configureBlocking(false);
                boolean connected = c.connect(address);
                c.register(selector, connected ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, this);
                if (finished.get()) {
                    c.close();
                }
            } catch (IOException | RuntimeException e) {
                end(e.getMessage());
            }
        }

        void ready(SelectionKey key) {
            try {
                if (!key.isValid()) {
                    end(null);
                } else if (key.isConnectable()) {
                    if (channel.finishConnect()) {
                        key.interestOps(SelectionKey.OP_WRITE);
                    }
                } else if (key.isWritable()) {
                    channel.write(request);
                    if (!request.hasRemaining()) {
                        key.interestOps(SelectionKey.OP_READ);
                    }
                } else if (key.isReadable()) {
                    read();
                }
            } catch (IOException | RuntimeException e) {
                end(e.getMessage());
            }
        }

        private void read() throws IOException {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                end(null);
                return;
            }
            buffer.flip();
            if (!decoder.feed(buffer)) {
                end(decoder.failure());
            }
        }

        /** The stream is over; the sink hears of it unless its owner closed it. */
        void end(String why) {
            boolean byOwner = finished.getAndSet(true);
            SocketChannel c = channel;
            if (c != null) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
            if (!byOwner) {
                if (why != null) {
                    LOG.debugf("Container output stream ended: %s", why);
                }
                sink.ended();
            }
        }

        @Override
        public void close() {
            if (finished.compareAndSet(false, true)) {
                SocketChannel c = channel;
                if (c != null) {
                    try {
                        c.close();
                    } catch (IOException ignored) {
                        // closing
                    }
                }
            }
        }
    }
}
