package dev.kiln.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** What the test proxies share: forwarding one direction of a connection, on a daemon thread. */
final class Sockets {
  private Sockets() {}

  /** A listener on a free port of the loopback interface. */
  static ServerSocket listenOnLoopback() {
    try {
      return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies everything {@code from} sends to {@code to}, until either side closes. */
  static void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // Cut or closed: the other direction ends too.
    }
  }

  /** Runs the work on a daemon thread, so that a proxy never keeps the test JVM alive. */
  static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }
}
