package io.footfall.runtime.connect.mqtt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets whose input stream is buffered, for Paho.
 *
 * <p>Why: Paho's receiver reads each packet's fixed header (the type byte and one to four length bytes)
 * one {@code read()} at a time straight from the socket, i.e. two or more system calls per message before
 * the bulk read of the rest; with one small sighting per message that is most of the receiving work.
 * A buffer turns them into one read per buffer-full. Paho sees the same stream semantics: {@code read}
 * blocks the same way, a socket read timeout propagates as before without consuming anything (it is
 * thrown from the buffer's refill, before any state changes), and {@code available()} counts the
 * buffered bytes plus the socket's. Only for {@code tcp://}; TLS keeps Paho's own SSL socket.
 */
final class BufferedSocketFactory extends SocketFactory {
    static final int BUFFER_BYTES = 64 * 1024;

    /** The socket of the client's current connection (Paho makes one per connect). */
    private volatile Socket current;

    @Override
    public Socket createSocket() {
        Socket s = new BufferedSocket();
        current = s;
        return s;
    }

    /** Closes the current connection's socket, as a network failure would; Paho then reconnects. */
    boolean closeCurrent() {
        Socket s = current;
        if (s == null) {
            return false;
        }
        try {
            s.close();
        } catch (IOException e) {
            // Closed either way.
        }
        return true;
    }

    // Paho only calls createSocket() and connects it itself; these are here because SocketFactory demands them.
    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new BufferedSocket(), new java.net.InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        BufferedSocket s = new BufferedSocket();
        s.bind(new java.net.InetSocketAddress(localHost, localPort));
        return connected(s, new java.net.InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new BufferedSocket(), new java.net.InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        BufferedSocket s = new BufferedSocket();
        s.bind(new java.net.InetSocketAddress(localAddress, localPort));
        return connected(s, new java.net.InetSocketAddress(address, port));
    }

    private static Socket connected(Socket s, java.net.SocketAddress to) throws IOException {
        try {
            s.connect(to);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private static final class BufferedSocket extends Socket {
        private InputStream in;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new BufferedInputStream(super.getInputStream(), BUFFER_BYTES);
            }
            return in;
        }
    }
}
