package dev.kiln.it.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A converter that throws while its value is bound breaks the commit like a failed statement:
 * the transaction is rolled back, nothing is written, and the session can go on.
 */
class ConverterFailureTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void converterFailureRollsTheWholeCommitBack(TestDatabase kind) {
    String url = kind.freshUrl();
    try (Database db = Databases.create(url, VoucherTable.TABLE);
        Session session = db.openSession()) {
      session.add(new Voucher(null, new Money(500)));
      session.add(new Voucher(null, new Money(-1)));

      assertThatThrownBy(session::commit)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be negative");
      assertThat(Databases.countRows(url, "voucher")).isZero();

      session.rollback();
      Ref<Voucher> kept = session.add(new Voucher(null, new Money(700)));
      session.commit();
      assertThat(Databases.countRows(url, "voucher")).isEqualTo(1);
      assertThat(kept.get().id()).isNotNull();
    }
  }
}
