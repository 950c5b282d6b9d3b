package test;

import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * A query on {@link User} rows: {@code filterByX} per column, {@code where} with predicates
 * built from {@link UserTable}'s columns, ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class UserQuery extends EntityQuery<User, UserQuery> {
  public UserQuery(Session session) {
    super(session, UserTable.TABLE);
  }

  /**
   * Keeps the rows whose {@code id} equals the value.
   */
  public UserQuery filterById(Integer id) {
    return where(UserTable.ID.eq(id));
  }

  /**
   * Keeps the rows whose {@code username} equals the value.
   */
  public UserQuery filterByUsername(String username) {
    return where(UserTable.USERNAME.eq(username));
  }

  /**
   * Keeps the rows whose {@code joined_on} equals the value.
   */
  public UserQuery filterByJoinedOn(LocalDateTime joinedOn) {
    return where(UserTable.JOINED_ON.eq(joinedOn));
  }

  @Override
  protected UserQuery self() {
    return this;
  }
}
