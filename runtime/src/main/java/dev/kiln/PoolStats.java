package dev.kiln;

/**
 * A snapshot of a Database's connections, from {@link Database#poolStats()}.
 *
 * @param maxConnections how many connections the pool may have open at once ({@link
 *     Integer#MAX_VALUE} when a DataSource given to {@link Database#connect(javax.sql.DataSource)}
 *     bounds them instead)
 * @param inUse connections checked out now, by sessions, transaction blocks and core connections
 * @param idle open connections waiting to be reused
 * @param waiting threads waiting for a connection now
 * @param peakInUse the most connections that were ever checked out at once
 * @param opened connections opened since the Database was
 * @param discarded connections closed since: broken, failed validation, idle too long, or surplus
 */
public record PoolStats(
    int maxConnections, int inUse, int idle, int waiting, int peakInUse, long opened, long discarded) {}
