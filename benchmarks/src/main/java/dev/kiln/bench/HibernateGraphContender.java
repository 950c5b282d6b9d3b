package dev.kiln.bench;

import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7 in Hibernate ORM, one {@link SessionFactory} with {@link HibernateContender}'s settings and
 * the three graph entities, a session and transaction per call, the walk inside it:
 *
 * <ul>
 *   <li>{@link #lazy}: the mapping's defaults, lazy collections, nothing asked for. Each collection
 *       is loaded when first used, by a statement of its own: one for the parents, one per parent
 *       for its children, one per child for its leaves (the N+1 pattern, twice over).
 *   <li>{@link #joinFetchAndBatch}: the remedies Hibernate documents, chosen per query and per
 *       session rather than in the mapping, so that both run on the same factory. The children
 *       come with the parents ({@code left join fetch}: one statement, each parent's columns
 *       repeated on its children's rows, a parent without children kept); the leaves, a second
 *       collection further down, by batch fetching ({@code Session.setFetchBatchSize}), which
 *       loads the leaves of up to that many children when the first child's are used ({@code
 *       child_id = any(?)} with an array on PostgreSQL, an {@code IN} list on SQLite). The batch
 *       is the window's {@link Graph#CHILDREN_PER_CALL} children, so one statement loads all of
 *       them, as Kiln's does (up to 1,024 keys). Joining the leaves too fails with these {@code
 *       List} collections ({@code MultipleBagFetchException}: Hibernate fetches at most one bag
 *       per query); with {@code Set}s it would return a row per leaf, each repeating its child's
 *       and its parent's columns.
 * </ul>
 */
@State(Scope.Thread)
public class HibernateGraphContender {
  private static final String WINDOW = "where p.id >= :from and p.id < :to order by p.id";

  private SessionFactory factory;

  @Setup(Level.Trial)
  public void setUp(GraphFixture fixture) {
    factory =
        HibernateContender.sessionFactory(
            fixture, 2, HibernateGraphParent.class, HibernateGraphChild.class, HibernateGraphLeaf.class);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** The window by its defaults, walked: each collection loaded on first use, alone. */
  public <R> R lazy(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) {
    return factory.fromTransaction(
        session -> walk.apply(window(session, "from HibernateGraphParent p " + WINDOW, from, to)));
  }

  /** The window with its children joined, their leaves batch-fetched while walking. */
  public <R> R joinFetchAndBatch(long from, long to, Function<List<? extends GraphView.Parent>, R> walk) {
    return factory.fromTransaction(
        session -> {
          session.setFetchBatchSize(Graph.CHILDREN_PER_CALL);
          return walk.apply(
              window(session, "from HibernateGraphParent p left join fetch p.children " + WINDOW, from, to));
        });
  }

  private static List<HibernateGraphParent> window(Session session, String hql, long from, long to) {
    return session
        .createSelectionQuery(hql, HibernateGraphParent.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The factory's statistics, for the smoke test to count statements with. */
  Statistics statistics() {
    return factory.getStatistics();
  }
}
