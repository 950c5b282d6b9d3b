package dev.kiln.bench;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7 in jOOQ's idiom for nested collections, {@code MULTISET}: one statement selects the parents,
 * each with a correlated multiset of its children, each child with a nested multiset of its
 * leaves, and jOOQ maps the result into {@link PlainGraph}'s records ({@code Records.mapping}).
 * Neither database has a multiset type, so jOOQ emulates it by aggregating each level into JSON in
 * the statement ({@code jsonb_agg} on PostgreSQL, {@code json_group_array} on SQLite) and parsing
 * the JSON back on the client. As {@link JooqContender}: no code generation, tables and fields
 * declared over plain names (qualified here, since three tables have an {@code id}), one
 * connection per thread, a transaction per call ended by a commit, default settings.
 */
@State(Scope.Thread)
public class JooqGraphContender {
  static final Table<?> PARENT = table(name("graph_parent"));
  static final Field<Long> PARENT_ID = field(name("graph_parent", "id"), SQLDataType.BIGINT);
  static final Field<String> PARENT_NAME = field(name("graph_parent", "name"), SQLDataType.VARCHAR(40));

  static final Table<?> CHILD = table(name("graph_child"));
  static final Field<Long> CHILD_ID = field(name("graph_child", "id"), SQLDataType.BIGINT);
  static final Field<Long> CHILD_PARENT_ID = field(name("graph_child", "parent_id"), SQLDataType.BIGINT);
  static final Field<Integer> CHILD_POSITION = field(name("graph_child", "position"), SQLDataType.INTEGER);
  static final Field<String> CHILD_NAME = field(name("graph_child", "name"), SQLDataType.VARCHAR(40));

  static final Table<?> LEAF = table(name("graph_leaf"));
  static final Field<Long> LEAF_ID = field(name("graph_leaf", "id"), SQLDataType.BIGINT);
  static final Field<Long> LEAF_CHILD_ID = field(name("graph_leaf", "child_id"), SQLDataType.BIGINT);
  static final Field<Integer> LEAF_WEIGHT = field(name("graph_leaf", "weight"), SQLDataType.INTEGER);

  private Connection connection;
  private DSLContext dsl;

  @Setup(Level.Trial)
  public void setUp(GraphFixture fixture) throws SQLException {
    connection = fixture.connect();
    dsl =
        DSL.using(
            connection,
            fixture.sqlite() ? SQLDialect.SQLITE : SQLDialect.POSTGRES,
            new Settings().withExecuteLogging(false));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  /**
   * The parents with keys from {@code from} (inclusive) to {@code to} (exclusive), by key, with
   * their children and the children's leaves, handed to {@code walk}.
   */
  public <R> R graph(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) throws SQLException {
    List<PlainGraph.Parent> window =
        dsl.select(
                PARENT_ID,
                PARENT_NAME,
                multiset(
                        select(
                                CHILD_ID,
                                CHILD_POSITION,
                                CHILD_NAME,
                                multiset(
                                        select(LEAF_ID, LEAF_WEIGHT)
                                            .from(LEAF)
                                            .where(LEAF_CHILD_ID.eq(CHILD_ID))
                                            .orderBy(LEAF_ID))
                                    .convertFrom(leaves -> leaves.map(mapping(PlainGraph.Leaf::new))))
                            .from(CHILD)
                            .where(CHILD_PARENT_ID.eq(PARENT_ID))
                            .orderBy(CHILD_ID))
                    .convertFrom(children -> children.map(mapping(PlainGraph.Child::new))))
            .from(PARENT)
            .where(PARENT_ID.ge(from), PARENT_ID.lt(to))
            .orderBy(PARENT_ID)
            .fetch(mapping(PlainGraph.Parent::new));
    connection.commit();
    return walk.apply(window);
  }
}
