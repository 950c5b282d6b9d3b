package dev.kiln.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W9's counts, per thread and iteration, which JMH adds up over the threads and reports beside the
 * throughput: the transfers made and how many times their transactions ran again. Their quotient
 * is the retries per transfer.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class TransferCounters {
  public long transfers;
  public long retries;

  @Setup(Level.Iteration)
  public void reset() {
    transfers = 0;
    retries = 0;
  }

  /** Counts one transfer that took {@code retried} retries, and returns that number. */
  int count(int retried) {
    transfers++;
    retries += retried;
    return retried;
  }
}
