package dev.kiln.error;

/**
 * No connection came free in time: every connection the pool may open was in use for the whole
 * acquisition timeout. Usually sessions that are not closed, or transactions that stay open while
 * the application does something slow; otherwise, a pool too small for the load. Not retried by
 * transaction blocks: it already waited the whole timeout.
 */
public final class PoolExhaustedException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public PoolExhaustedException(String message) {
    super(message, null, null);
  }
}
