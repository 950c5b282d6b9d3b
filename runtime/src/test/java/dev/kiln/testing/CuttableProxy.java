package dev.kiln.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a database server whose connections a test can cut, the way a network
 * failure or a restarted load balancer cuts them: the client sees a real I/O error, not a message
 * from the server.
 */
public final class CuttableProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final String host;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  /** Listens on a free local port and forwards every connection to {@code host:port}. */
  public CuttableProxy(String host, int port) {
    this.host = host;
    this.port = port;
    listener = Sockets.listenOnLoopback();
    Sockets.daemon("cuttable-proxy", this::accept);
  }

  /** The local port clients connect to instead of the server's. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Resets every connection made so far, on both sides; new connections are still forwarded. */
  public void cut() {
    sockets.forEach(CuttableProxy::reset);
  }

  @Override
  public void close() {
    cut();
    try {
      listener.close();
    } catch (IOException ignored) {
      // Nothing more to release.
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // The listener was closed.
      }
      try {
        Socket server = new Socket(host, port);
        sockets.add(client);
        sockets.add(server);
        Sockets.daemon("cuttable-proxy", () -> Sockets.pipe(client, server));
        Sockets.daemon("cuttable-proxy", () -> Sockets.pipe(server, client));
      } catch (IOException e) {
        reset(client); // The server refused, so the proxy refuses too.
      }
    }
  }

  /** Closes the socket with a TCP reset rather than an orderly close, as a broken network does. */
  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
      socket.close();
    } catch (IOException ignored) {
      // Already closed: reset either way.
    }
  }

}
