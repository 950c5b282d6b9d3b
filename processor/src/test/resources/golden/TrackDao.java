package test;

import dev.kiln.session.Dao;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link Track} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class TrackDao extends Dao<Track, Long, TrackQuery> {
  public TrackDao(Session session) {
    super(session, TrackTable.TABLE, TrackQuery::new);
  }
}
