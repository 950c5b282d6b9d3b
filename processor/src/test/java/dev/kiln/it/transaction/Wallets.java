package dev.kiln.it.transaction;

import dev.kiln.Database;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/** Fixtures: a database of wallets, and the sum of their balances read past any session. */
final class Wallets {
  private Wallets() {}

  /** A fresh database of {@code count} wallets holding {@code balance} each. */
  static Database create(TestDatabase kind, int count, long balance) {
    Database database = TestDatabase.createTables(kind.freshUrl(), WalletTable.TABLE);
    List<Wallet> wallets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      wallets.add(new Wallet("owner-" + i, balance));
    }
    database.transaction(session -> session.addAll(wallets));
    return database;
  }

  /** The sum of every balance, read in a session of its own. */
  static long total(Database database) {
    return database.transactionResult(
        session -> new WalletDao(session).query().select(WalletTable.BALANCE.sum()).one().longValue());
  }

  static long count(Database database) {
    return database.transactionResult(session -> new WalletDao(session).query().count());
  }
}
