package dev.kiln.it.query;

import static dev.kiln.it.query.AthleteTable.ID;
import static dev.kiln.it.query.AthleteTable.NAME;
import static dev.kiln.it.query.AthleteTable.SCORE;
import static dev.kiln.it.query.AthleteTable.TEAM;
import static dev.kiln.it.query.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.Page;
import dev.kiln.error.PageOutOfRangeException;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** paginate(page, perPage): Flask-SQLAlchemy's pages, with their totals and links, on real rows. */
class PaginateTest {
  /** Seven athletes, a1 to a7, scored 10 to 70, in a session on a fresh database. */
  private static void withSeven(TestDatabase kind, Consumer<AthleteDao> check) {
    try (Database database = Fixtures.create(kind.freshUrl(), AthleteTable.TABLE)) {
      List<Athlete> seven = new ArrayList<>();
      for (int i = 1; i <= 7; i++) {
        seven.add(new Athlete("a" + i, i % 2 == 0 ? "even" : "odd", i * 10, null));
      }
      Fixtures.store(database, seven);
      try (Session session = database.openSession()) {
        check.accept(new AthleteDao(session));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eachPageHoldsItsSliceOfTheOrderedRowsAndLinksToItsNeighbours(TestDatabase kind) {
    withSeven(kind, athletes -> {
      Page<Athlete> first = athletes.query().orderBy(SCORE.desc()).paginate(1, 3);
      assertThat(names(first.items())).containsExactly("a7", "a6", "a5");
      assertPage(first, 7, 3, false, true);
      assertThat(first.prevNum()).isEmpty();
      assertThat(first.nextNum()).isEqualTo(OptionalInt.of(2));

      Page<Athlete> second = athletes.query().orderBy(SCORE.desc()).paginate(2, 3);
      assertThat(names(second.items())).containsExactly("a4", "a3", "a2");
      assertPage(second, 7, 3, true, true);
      assertThat(second.prevNum()).isEqualTo(OptionalInt.of(1));
      assertThat(second.nextNum()).isEqualTo(OptionalInt.of(3));

      Page<Athlete> last = athletes.query().orderBy(SCORE.desc()).paginate(3, 3);
      assertThat(names(last.items())).containsExactly("a1");
      assertPage(last, 7, 3, true, false);
      assertThat(last.prevNum()).isEqualTo(OptionalInt.of(2));
      assertThat(last.nextNum()).isEmpty();
      assertThat(last.page()).isEqualTo(3);
      assertThat(last.perPage()).isEqualTo(3);
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void totalAndPagesCountOnlyTheMatchingRows(TestDatabase kind) {
    withSeven(kind, athletes -> {
      Page<Athlete> odd = athletes.query().where(TEAM.eq("odd")).orderBy(NAME.asc()).paginate(2, 3);
      assertThat(names(odd.items())).containsExactly("a7");
      assertPage(odd, 4, 2, true, false);
      Page<Athlete> exact = athletes.query().paginate(1, 7);
      assertThat(exact.items()).hasSize(7);
      assertPage(exact, 7, 1, false, false);
      assertPage(athletes.query().paginate(1, 100), 7, 1, false, false);
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void pageOneOfNothingIsAnEmptyPageWithNoPages(TestDatabase kind) {
    withSeven(kind, athletes -> {
      Page<Athlete> empty = athletes.query().where(SCORE.gt(1000)).paginate(1, 5);
      assertThat(empty.items()).isEmpty();
      assertPage(empty, 0, 0, false, false);
      assertThat(empty.nextNum()).isEmpty();
      assertThat(empty.prevNum()).isEmpty();
      assertThatThrownBy(() -> athletes.query().where(SCORE.gt(1000)).paginate(2, 5))
          .isInstanceOf(PageOutOfRangeException.class);
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aPageOutOfRangeIsAnErrorUnlessAnEmptyPageIsAskedFor(TestDatabase kind) {
    withSeven(kind, athletes -> {
      for (int page : new int[] {4, 0, -1, Integer.MAX_VALUE}) {
        assertThatThrownBy(() -> athletes.query().paginate(page, 3))
            .isInstanceOfSatisfying(PageOutOfRangeException.class, e -> {
              assertThat(e.page()).isEqualTo(page);
              assertThat(e.pages()).isEqualTo(3);
              assertThat(e).hasMessageContaining("Page " + page).hasMessageContaining("3 pages");
            });
      }
      Page<Athlete> past = athletes.query().paginate(4, 3, Page.OutOfRange.EMPTY);
      assertThat(past.items()).isEmpty();
      assertThat(past.total()).isEqualTo(7);
      assertThat(past.page()).isEqualTo(4);
      assertThat(past.hasNext()).isFalse();
      Page<Athlete> zero = athletes.query().paginate(0, 3, Page.OutOfRange.EMPTY);
      assertThat(zero.items()).isEmpty();
      assertThat(zero.total()).isEqualTo(7);
      assertThat(zero.hasPrev()).isFalse();
      // In range, EMPTY changes nothing.
      assertThat(names(athletes.query().paginate(3, 3, Page.OutOfRange.EMPTY).items())).containsExactly("a7");
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void paginateRefusesABadPageSizeAndItsOwnSlicing(TestDatabase kind) {
    withSeven(kind, athletes -> {
      assertThatThrownBy(() -> athletes.query().paginate(1, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> athletes.query().limit(2).paginate(1, 3)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> athletes.query().offset(2).paginate(1, 3)).isInstanceOf(IllegalStateException.class);
    });
  }

  /**
   * Without orderBy, pages follow the primary key, not the order rows happen to be stored in. The
   * rows are inserted with descending keys and then updated, which on PostgreSQL moves each updated
   * row to the end of the heap, so an unordered scan would return them in neither key order.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void withoutOrderByPagesFollowThePrimaryKeyAndNeverOverlap(TestDatabase kind) throws SQLException {
    String url = kind.freshUrl();
    try (Database database = Fixtures.create(url, AthleteTable.TABLE)) {
      try (Connection jdbc = Fixtures.jdbc(url);
          Statement statement = jdbc.createStatement()) {
        for (int id = 20; id >= 1; id--) {
          statement.executeUpdate("INSERT INTO athlete (id, name, score) VALUES (" + id + ", 'n" + id + "', 0)");
        }
        statement.executeUpdate("UPDATE athlete SET score = 1 WHERE id % 3 = 0");
      }
      try (Session session = database.openSession()) {
        AthleteDao athletes = new AthleteDao(session);
        List<Integer> seen = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
          athletes.query().paginate(page, 6).items().forEach(athlete -> seen.add(athlete.id));
        }
        assertThat(seen).isSorted().doesNotHaveDuplicates().hasSize(20);
        assertThat(seen).isEqualTo(athletes.query().orderBy(ID.asc()).select(ID).all());
      }
    }
  }

  private static void assertPage(Page<?> page, long total, int pages, boolean hasPrev, boolean hasNext) {
    assertThat(page.total()).as("total").isEqualTo(total);
    assertThat(page.pages()).as("pages").isEqualTo(pages);
    assertThat(page.hasPrev()).as("hasPrev").isEqualTo(hasPrev);
    assertThat(page.hasNext()).as("hasNext").isEqualTo(hasNext);
  }
}
