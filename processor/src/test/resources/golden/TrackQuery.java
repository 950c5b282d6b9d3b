package test;

import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * A query on {@link Track} rows: {@code filterByX(value)} per column keeps the rows whose
 * column equals the value ({@code null} keeps those where it is null), {@code where} takes
 * predicates built from {@link TrackTable}'s columns; ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class TrackQuery extends EntityQuery<Track, TrackQuery> {
  public TrackQuery(Session session) {
    super(session, TrackTable.TABLE);
  }

  public TrackQuery filterById(long id) {
    return where(TrackTable.ID.eq(id));
  }

  public TrackQuery filterByTitle(String title) {
    return where(TrackTable.TITLE.eq(title));
  }

  public TrackQuery filterByGenre(Track.Genre genre) {
    return where(TrackTable.GENRE.eq(genre));
  }

  public TrackQuery filterByArtwork(byte[] artwork) {
    return where(TrackTable.ARTWORK.eq(artwork));
  }

  public TrackQuery filterByRevision(int revision) {
    return where(TrackTable.REVISION.eq(revision));
  }
}
