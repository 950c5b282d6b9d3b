package dev.kiln.bench;

import org.openjdk.jmh.annotations.Threads;

/** W9 ({@link Transfer}) from one thread: what a transfer costs with nobody else waiting. */
@Threads(1)
public class TransferOneThread extends Transfer {}
