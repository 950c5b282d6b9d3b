package dev.kiln.session;

import dev.kiln.schema.TableDef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The typed entry point to one model through a session, like Flask-SQLAlchemy's {@code
 * Model.query} with the session's writes beside it. The processor generates one subclass per
 * model ({@code UserDao}) that fixes the types and gives the model's own query ({@code
 * UserQuery}); a model with a composite key also gets {@code get} and {@code deleteById} taking the
 * key's parts. Every write is staged in the session and happens on {@code commit()}.
 *
 * @param <T> the model
 * @param <K> the primary key's type, boxed; for a composite key, {@code CompositeKey}
 * @param <Q> the model's generated query
 */
public abstract class Dao<T, K, Q extends EntityQuery<T, Q>> {
  private final Session session;
  private final TableDef<T> table;
  private final Function<Session, Q> queries;

  /**
   * @param queries creates the model's query on a session: the generated query's constructor
   */
  protected Dao(Session session, TableDef<T> table, Function<Session, Q> queries) {
    this.session = Objects.requireNonNull(session, "session");
    this.table = table;
    this.queries = queries;
  }

  /** A new query on the table. */
  public final Q query() {
    return queries.apply(session);
  }

  /** Stages the object for insertion; after commit, the returned {@link Ref} holds it with its key. */
  public final Ref<T> insert(T entity) {
    return session.add(entity);
  }

  /** The object with this key, if there is one: the session's own instance if it holds the row. */
  public final Optional<T> get(K key) {
    return session.get(table, key);
  }

  /** Every object in the table. */
  public final List<T> all() {
    return query().all();
  }

  /**
   * Stages every column of the object to be written by key on commit. Objects loaded through the
   * session need no call: their changes are found on commit.
   */
  public final void update(T entity) {
    session.update(entity);
  }

  /** Stages the object's deletion. */
  public final void delete(T entity) {
    session.delete(entity);
  }

  /** Stages the deletion of the row with this key, whether or not the session loaded it. */
  public final void deleteById(K key) {
    session.deleteByKey(table, key);
  }
}
