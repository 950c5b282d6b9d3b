package test;

import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link Track} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class TrackDao {
  private final Session session;

  public TrackDao(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * Stages the track for insertion; after commit, the returned {@link Ref} holds it with its key.
   */
  public Ref<Track> insert(Track track) {
    return session.add(track);
  }

  /**
   * The track whose {@code id} is the given value, if there is one.
   */
  public Optional<Track> get(long id) {
    return session.get(TrackTable.TABLE, id);
  }

  /**
   * Every track in the table.
   */
  public List<Track> all() {
    return query().all();
  }

  /**
   * A new query on the table.
   */
  public TrackQuery query() {
    return new TrackQuery(session);
  }

  /**
   * Stages every column of the track to be written by key on commit. Objects loaded
   * through the session need no call: their changes are found on commit.
   */
  public void update(Track track) {
    session.update(track);
  }

  /**
   * Stages the track's deletion.
   */
  public void delete(Track track) {
    session.delete(track);
  }

  /**
   * Stages the deletion of the track whose {@code id} is the given value.
   */
  public void deleteById(long id) {
    session.deleteByKey(TrackTable.TABLE, id);
  }
}
