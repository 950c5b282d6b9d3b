package dev.kiln.bench;

import org.openjdk.jmh.annotations.Threads;

/**
 * W9 ({@link Transfer}) from four threads at once, sharing the contender's Database or session
 * factory (hand-written JDBC: a connection each): with 10 accounts they wait for each other's row
 * locks; on SQLite for the database's one write lock, whatever the number of accounts.
 */
@Threads(Transfer.MAX_THREADS)
public class TransferFourThreads extends Transfer {}
