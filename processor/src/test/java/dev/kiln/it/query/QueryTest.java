package dev.kiln.it.query;

import static dev.kiln.it.query.PlayerTable.ID;
import static dev.kiln.it.query.PlayerTable.NAME;
import static dev.kiln.it.query.PlayerTable.SCORE;
import static dev.kiln.it.query.PlayerTable.TEAM;
import static dev.kiln.query.Assignment.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.NoResultException;
import dev.kiln.error.NonUniqueResultException;
import dev.kiln.query.Predicate;
import dev.kiln.session.Session;
import dev.kiln.testing.TestDatabase;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Typed queries: filter_by, predicates, ordering, slicing, terminal operations and bulk statements. */
class QueryTest {
  /** Runs the check on a fresh database holding five players, in a session of its own. */
  private static void withPlayers(TestDatabase kind, Function<PlayerDao, Object> check) {
    try (Database database = Database.connect(kind.freshUrl(), List.of(PlayerTable.TABLE))) {
      database.createAll();
      try (Session session = database.openSession()) {
        session.addAll(
            List.of(
                new Player("ann", "red", 30),
                new Player("bob", "red", 10),
                new Player("cid", "blue", 20),
                new Player("dee", "blue", 40),
                new Player("eve", null, 50)));
        session.commit();
      }
      try (Session session = database.openSession()) {
        check.apply(new PlayerDao(session));
      }
    }
  }

  private static List<String> names(List<Player> players) {
    return players.stream().map(player -> player.name).toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void filterByKeepsRowsEqualToTheValue(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThat(names(players.query().filterByTeam("red").orderBy(NAME.asc()).all())).containsExactly("ann", "bob");
      assertThat(names(players.query().filterByTeam("red").filterByScore(10).all())).containsExactly("bob");
      assertThat(names(players.query().filterByTeam(null).all())).containsExactly("eve");
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void comparisonPredicatesSelectTheRightRows(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThat(names(sorted(players, SCORE.eq(30)))).containsExactly("ann");
      assertThat(names(sorted(players, SCORE.ne(30)))).containsExactly("bob", "cid", "dee", "eve");
      assertThat(names(sorted(players, SCORE.lt(30)))).containsExactly("bob", "cid");
      assertThat(names(sorted(players, SCORE.le(30)))).containsExactly("ann", "bob", "cid");
      assertThat(names(sorted(players, SCORE.gt(30)))).containsExactly("dee", "eve");
      assertThat(names(sorted(players, SCORE.ge(30)))).containsExactly("ann", "dee", "eve");
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void likeInAndNullTestsSelectTheRightRows(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThat(names(sorted(players, NAME.like("%e%")))).containsExactly("dee", "eve");
      assertThat(names(sorted(players, NAME.like("_o_")))).containsExactly("bob");
      assertThat(names(sorted(players, NAME.in("bob", "eve", "zed")))).containsExactly("bob", "eve");
      assertThat(names(sorted(players, SCORE.in(List.of(10, 20))))).containsExactly("bob", "cid");
      assertThat(names(sorted(players, SCORE.in(List.of())))).isEmpty();
      assertThat(names(sorted(players, TEAM.isNull()))).containsExactly("eve");
      assertThat(names(sorted(players, TEAM.isNotNull()))).containsExactly("ann", "bob", "cid", "dee");
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void andAndOrNestAsWritten(TestDatabase kind) {
    withPlayers(kind, players -> {
      // (team = red AND score > 15) OR (team = blue AND score < 25)
      Predicate<Player> nested = TEAM.eq("red").and(SCORE.gt(15)).or(TEAM.eq("blue").and(SCORE.lt(25)));
      assertThat(names(sorted(players, nested))).containsExactly("ann", "cid");
      // team = red AND (score > 15 OR score < 15): both reds
      Predicate<Player> grouped = TEAM.eq("red").and(Predicate.or(SCORE.gt(15), SCORE.lt(15)));
      assertThat(names(sorted(players, grouped))).containsExactly("ann", "bob");
      // Several where() calls combine with AND.
      assertThat(names(players.query().where(TEAM.eq("blue")).where(SCORE.gt(25)).all())).containsExactly("dee");
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void orderByUsesEveryKeyInTurn(TestDatabase kind) {
    withPlayers(kind, players -> {
      List<Player> byTeamThenScore = players.query().where(TEAM.isNotNull()).orderBy(TEAM.desc(), SCORE.asc()).all();
      assertThat(names(byTeamThenScore)).containsExactly("bob", "ann", "cid", "dee");
      assertThat(names(players.query().orderBy(SCORE.desc()).all())).containsExactly("eve", "dee", "ann", "cid", "bob");
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void limitAndOffsetSliceTheOrderedRows(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThat(names(players.query().orderBy(SCORE.asc()).limit(2).all())).containsExactly("bob", "cid");
      assertThat(names(players.query().orderBy(SCORE.asc()).limit(2).offset(2).all())).containsExactly("ann", "dee");
      assertThat(names(players.query().orderBy(SCORE.asc()).offset(3).all())).containsExactly("dee", "eve");
      assertThat(players.query().limit(0).all()).isEmpty();
      assertThatThrownBy(() -> players.query().limit(-1)).isInstanceOf(IllegalArgumentException.class);
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void firstOneCountAndExistsAnswerAsTheirNamesSay(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThat(players.query().orderBy(SCORE.desc()).first()).map(player -> player.name).contains("eve");
      assertThat(players.query().filterByName("zed").first()).isEmpty();
      assertThat(players.query().filterByName("cid").one().score).isEqualTo(20);
      assertThatThrownBy(() -> players.query().filterByName("zed").one()).isInstanceOf(NoResultException.class);
      assertThatThrownBy(() -> players.query().filterByTeam("red").one()).isInstanceOf(NonUniqueResultException.class);
      assertThat(players.query().count()).isEqualTo(5);
      assertThat(players.query().filterByTeam("blue").count()).isEqualTo(2);
      assertThat(players.query().orderBy(ID.asc()).limit(3).offset(1).count()).isEqualTo(3);
      assertThat(players.query().offset(4).count()).isEqualTo(1);
      assertThat(players.query().filterByTeam("blue").exists()).isTrue();
      assertThat(players.query().filterByTeam("green").exists()).isFalse();
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bulkUpdateChangesTheMatchingRowsAndReturnsTheirCount(TestDatabase kind) {
    withPlayers(kind, players -> {
      Player ann = players.query().filterByName("ann").one();
      int updated = players.query().filterByTeam("red").update(set(SCORE, 0), set(TEAM, "gray"));
      assertThat(updated).isEqualTo(2);
      assertThat(names(sorted(players, TEAM.eq("gray").and(SCORE.eq(0))))).containsExactly("ann", "bob");
      // The session kept the object it holds in step with its row (synchronize_session="fetch").
      assertThat(ann.score).isZero();
      assertThat(ann.team).isEqualTo("gray");
      assertThat(players.query().filterByName("ann").one()).isSameAs(ann);
      assertThat(players.query().filterByName("nobody").update(set(SCORE, 1))).isZero();
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bulkDeleteRemovesTheMatchingRowsAndReturnsTheirCount(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThat(players.query().where(SCORE.ge(30)).delete()).isEqualTo(3);
      assertThat(names(sorted(players, null))).containsExactly("bob", "cid");
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void bulkStatementsRefuseOrderingAndLimits(TestDatabase kind) {
    withPlayers(kind, players -> {
      assertThatThrownBy(() -> players.query().limit(1).delete())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("where()");
      assertThatThrownBy(() -> players.query().orderBy(ID.asc()).update(set(SCORE, 1)))
          .isInstanceOf(IllegalStateException.class);
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void hostileValuesAreBoundAsDataNeverAsSql(TestDatabase kind) {
    withPlayers(kind, players -> {
      String hostile = "x'; DROP TABLE \"player\"; --";
      assertThat(players.query().filterByName(hostile).all()).isEmpty();
      assertThat(players.query().where(NAME.like(hostile + "%")).count()).isZero();
      assertThat(players.query().filterByName("ann").update(set(TEAM, "' OR '1'='1"))).isEqualTo(1);
      assertThat(players.query().filterByTeam("' OR '1'='1").one().name).isEqualTo("ann");
      assertThat(players.query().count()).isEqualTo(5);
      return null;
    });
  }

  /** The players matching the predicate (all when null), by name. */
  private static List<Player> sorted(PlayerDao players, Predicate<Player> predicate) {
    PlayerQuery query = players.query().orderBy(NAME.asc());
    return predicate == null ? query.all() : query.where(predicate).all();
  }
}
