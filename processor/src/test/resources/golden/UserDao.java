package test;

import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link User} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class UserDao {
  private final Session session;

  public UserDao(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * Stages the user for insertion; after commit, the returned {@link Ref} holds it with its key.
   */
  public Ref<User> insert(User user) {
    return session.add(user);
  }

  /**
   * The user whose {@code id} is the given value, if there is one.
   */
  public Optional<User> get(Integer id) {
    return session.get(UserTable.TABLE, id);
  }

  /**
   * Every user in the table.
   */
  public List<User> all() {
    return query().all();
  }

  /**
   * A new query on the table.
   */
  public UserQuery query() {
    return new UserQuery(session);
  }

  /**
   * Stages every column of the user to be written by key on commit. Objects loaded
   * through the session need no call: their changes are found on commit.
   */
  public void update(User user) {
    session.update(user);
  }

  /**
   * Stages the user's deletion.
   */
  public void delete(User user) {
    session.delete(user);
  }

  /**
   * Stages the deletion of the user whose {@code id} is the given value.
   */
  public void deleteById(Integer id) {
    session.deleteByKey(UserTable.TABLE, id);
  }
}
