package dev.kiln.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of PostgreSQL that reads the client's side of the wire protocol and counts
 * what the server is asked: statements executed (Execute messages, or simple Query messages) and
 * round trips (Sync and Query messages, each of which the client then waits out). Connect with
 * {@code sslmode=disable}, so that the stream is readable.
 */
public final class WireCounter implements AutoCloseable {
  private static final Pattern SERVER = Pattern.compile("//([^/:?]+):(\\d+)/");

  private final ServerSocket listener;
  private final String host;
  private final int port;
  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong roundTrips = new AtomicLong();

  public WireCounter(String host, int port) {
    this.host = host;
    this.port = port;
    listener = Sockets.listenOnLoopback();
    Sockets.daemon("wire-counter", this::accept);
  }

  /** A counter in front of the server a {@code jdbc:postgresql://host:port/...} URL names. */
  public static WireCounter inFrontOf(String jdbcUrl) {
    Matcher server = SERVER.matcher(jdbcUrl);
    if (!server.find()) {
      throw new IllegalArgumentException("No host:port in " + jdbcUrl);
    }
    return new WireCounter(server.group(1), Integer.parseInt(server.group(2)));
  }

  /** {@code jdbc:postgresql://host:port/...} rewritten to pass through this proxy, without SSL. */
  public String route(String jdbcUrl) {
    String through = jdbcUrl.replace(host + ":" + port, "127.0.0.1:" + listener.getLocalPort());
    if (through.equals(jdbcUrl)) {
      throw new IllegalArgumentException(jdbcUrl + " does not name " + host + ":" + port);
    }
    return through + (through.contains("?") ? "&" : "?") + "sslmode=disable";
  }

  /** Statements executed so far, over every connection. */
  public long statements() {
    return statements.get();
  }

  /** Round trips so far, over every connection. */
  public long roundTrips() {
    return roundTrips.get();
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // Nothing more to release.
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(host, port);
        Sockets.daemon("wire-counter", () -> count(client, server));
        Sockets.daemon("wire-counter", () -> Sockets.pipe(server, client));
      } catch (IOException e) {
        return; // The listener was closed.
      }
    }
  }

  /** Forwards the client's messages, counting them: the startup message first, then typed ones. */
  private void count(Socket client, Socket server) {
    try (DataInputStream in = new DataInputStream(client.getInputStream());
        OutputStream out = server.getOutputStream()) {
      int startupLength = in.readInt();
      out.write(intBytes(startupLength));
      out.write(in.readNBytes(startupLength - 4));
      while (true) {
        int type = in.read();
        if (type < 0) {
          return;
        }
        int length = in.readInt();
        byte[] body = in.readNBytes(length - 4);
        switch (type) {
          case 'E' -> statements.incrementAndGet();
          case 'S' -> roundTrips.incrementAndGet();
          case 'Q' -> {
            statements.incrementAndGet();
            roundTrips.incrementAndGet();
          }
          default -> {
            // Parse, Bind, Describe, Close, Flush, Terminate: parts of a round trip.
          }
        }
        out.write(type);
        out.write(intBytes(length));
        out.write(body);
        out.flush();
      }
    } catch (IOException e) {
      // The connection ended.
    }
  }

  private static byte[] intBytes(int value) {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }

}
