package test;

import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import java.time.LocalDateTime;
import javax.annotation.processing.Generated;

/**
 * A query on {@link User} rows: {@code filterByX(value)} per column keeps the rows whose
 * column equals the value ({@code null} keeps those where it is null), {@code where} takes
 * predicates built from {@link UserTable}'s columns; ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class UserQuery extends EntityQuery<User, UserQuery> {
  public UserQuery(Session session) {
    super(session, UserTable.TABLE);
  }

  public UserQuery filterById(Integer id) {
    return where(UserTable.ID.eq(id));
  }

  public UserQuery filterByUsername(String username) {
    return where(UserTable.USERNAME.eq(username));
  }

  public UserQuery filterByJoinedOn(LocalDateTime joinedOn) {
    return where(UserTable.JOINED_ON.eq(joinedOn));
  }
}
