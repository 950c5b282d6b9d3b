package test;

import dev.kiln.session.Dao;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link User} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class UserDao extends Dao<User, Integer, UserQuery> {
  public UserDao(Session session) {
    super(session, UserTable.TABLE, UserQuery::new);
  }
}
