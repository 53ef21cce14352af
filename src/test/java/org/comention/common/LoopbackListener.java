package org.comention.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 that counts the connections it accepts and answers each with
 * {@code body}, so a parser that fetched a DTD or an entity from it would be counted (and would
 * not hang waiting for an answer). A fetch completes before the parse returns, so the count is
 * final as soon as the code under test returns.
 */
public final class LoopbackListener implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread thread;

    public LoopbackListener(String body) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        byte[] response = ("HTTP/1.0 200 OK\r\nContent-Type: application/xml-dtd\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        thread = new Thread(() -> serve(response), "loopback-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(byte[] response) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                accepted.incrementAndGet();
                InputStream in = socket.getInputStream();
                byte[] request = new byte[8192];
                in.read(request);
                OutputStream out = socket.getOutputStream();
                out.write(response);
                out.flush();
            } catch (IOException closedOrReset) {
                // closed by close(), or the client went away: either way, counted already
            }
        }
    }

    /** {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    public int accepted() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
