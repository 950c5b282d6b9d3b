package dev.kiln.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.PoolStats;
import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerQuery;
import dev.kiln.sample.ComputerTable;
import dev.kiln.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A short, bounded load: 16 clients on loopback, each sending 250 requests (four in five read a
 * list page, a computer or a user's page; one in five adds or edits a computer through its form),
 * then checks that every write landed and every connection came back. Prints requests per second
 * and latency percentiles, and writes them to {@code target/load-<database>.txt}. The figures are
 * reported, not asserted: timing belongs in benchmarks, correctness here.
 */
class LoadTest {
  private static final int CLIENTS = 16;
  private static final int REQUESTS_PER_CLIENT = 250;
  private static final int SEEDED = 40;

  @OnSqliteAndPostgresql
  void sixteenClientsAtOnceLoseNoWriteAndLeakNoConnection(TestDatabase kind) throws Exception {
    try (RunningWebApp web = RunningWebApp.on(kind)) {
      int userId = WebAppTest.addUserWithComputers(web, "seed", SEEDED);
      List<Client> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(new Client(i, new WebClient(web.url("")), userId));
      }

      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (Client client : clients) {
        running.add(pool.submit(client::run));
      }
      for (Future<?> client : running) {
        client.get();
      }
      long elapsed = System.nanoTime() - start;
      pool.shutdown();

      int added = clients.stream().mapToInt(client -> client.added).sum();
      assertThat(computerCount(web)).isEqualTo(SEEDED + added);
      for (Client client : clients) {
        assertThat(memoryOfComputersAddedBy(web, client.id)).as("client %d's edits", client.id).isEqualTo(client.expectedMemory());
      }
      PoolStats connections = web.db.poolStats();
      assertThat(connections.inUse()).isZero();
      assertThat(connections.waiting()).isZero();
      report(kind, clients, elapsed, added, connections);
    }
  }

  /** One simulated user: reads mostly, adds computers named after itself, and edits what it added. */
  private static final class Client {
    final int id;
    final WebClient http;
    final int userId;
    final SplittableRandom random;
    final long[] latencies = new long[REQUESTS_PER_CLIENT];
    final List<Integer> ownComputers = new ArrayList<>();
    final List<Integer> ownMemory = new ArrayList<>();
    int added;

    Client(int id, WebClient http, int userId) {
      this.id = id;
      this.http = http;
      this.userId = userId;
      this.random = new SplittableRandom(id);
    }

    void run() {
      for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
        long start = System.nanoTime();
        request(i);
        latencies[i] = System.nanoTime() - start;
      }
    }

    private void request(int i) {
      int dice = random.nextInt(10);
      if (dice < 4) {
        String sort = List.of("id", "name", "memory_in_gb").get(random.nextInt(3));
        expect(http.get("/computers?page=" + (1 + random.nextInt(4)) + "&sort=" + sort), 200);
      } else if (dice < 6) {
        expect(http.get("/computers/" + (1 + random.nextInt(SEEDED))), 200);
      } else if (dice < 8) {
        expect(http.get("/users/" + userId), 200);
      } else if (dice == 8 || ownComputers.isEmpty()) {
        int memory = random.nextInt(1, 65);
        HttpResponse<String> response =
            http.post("/computers", "name", "client-" + id + "-" + i, "memory", String.valueOf(memory), "owner", String.valueOf(userId));
        expect(response, 303);
        String location = response.headers().firstValue("Location").orElseThrow();
        ownComputers.add(Integer.valueOf(location.substring(location.lastIndexOf('/') + 1)));
        ownMemory.add(memory);
        added++;
      } else {
        int which = random.nextInt(ownComputers.size());
        int memory = random.nextInt(1, 65);
        int computer = ownComputers.get(which);
        expect(http.post("/computers/" + computer, "name", "client-" + id + "-edited-" + computer, "memory", String.valueOf(memory)), 303);
        ownMemory.set(which, memory);
      }
    }

    long expectedMemory() {
      return ownMemory.stream().mapToLong(Integer::longValue).sum();
    }

    private void expect(HttpResponse<String> response, int status) {
      if (response.statusCode() != status) {
        throw new AssertionError(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
            + " instead of " + status + ": " + response.body());
      }
    }
  }

  private static long computerCount(RunningWebApp web) {
    return web.db.transactionResult(session -> new ComputerQuery(session).count());
  }

  private static long memoryOfComputersAddedBy(RunningWebApp web, int client) {
    return web.db.transactionResult(session -> {
      long sum = 0;
      for (Computer computer : new ComputerQuery(session).where(ComputerTable.NAME.startsWith("client-" + client + "-")).all()) {
        sum += computer.memoryInGb();
      }
      return sum;
    });
  }

  private static void report(TestDatabase kind, List<Client> clients, long elapsedNanos, int added, PoolStats pool)
      throws IOException {
    long[] all = clients.stream().flatMapToLong(client -> Arrays.stream(client.latencies)).sorted().toArray();
    String report = String.format(Locale.ROOT,
        "%s: %d requests from %d clients in %.2f s = %.0f requests/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " %d computers added, all found; connections in use after: %d (peak %d of %d)%n",
        kind, all.length, clients.size(), elapsedNanos / 1e9, all.length / (elapsedNanos / 1e9),
        percentile(all, 50), percentile(all, 90), percentile(all, 99), all[all.length - 1] / 1e6,
        added, pool.inUse(), pool.peakInUse(), pool.maxConnections());
    System.out.print(report);
    Files.writeString(Path.of("target", "load-" + kind + ".txt"), report);
  }

  private static double percentile(long[] sorted, int percent) {
    return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1] / 1e6;
  }
}
