package test;

import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * A query on {@link Track} rows: {@code filterByX} per column, {@code where} with predicates
 * built from {@link TrackTable}'s columns, ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class TrackQuery extends EntityQuery<Track, TrackQuery> {
  public TrackQuery(Session session) {
    super(session, TrackTable.TABLE);
  }

  /**
   * Keeps the rows whose {@code id} equals the value.
   */
  public TrackQuery filterById(long id) {
    return where(TrackTable.ID.eq(id));
  }

  /**
   * Keeps the rows whose {@code title} equals the value.
   */
  public TrackQuery filterByTitle(String title) {
    return where(TrackTable.TITLE.eq(title));
  }

  /**
   * Keeps the rows whose {@code genre} equals the value ({@code null} keeps those where it is null).
   */
  public TrackQuery filterByGenre(Track.Genre genre) {
    return where(TrackTable.GENRE.eq(genre));
  }

  /**
   * Keeps the rows whose {@code artwork} equals the value ({@code null} keeps those where it is null).
   */
  public TrackQuery filterByArtwork(byte[] artwork) {
    return where(TrackTable.ARTWORK.eq(artwork));
  }

  /**
   * Keeps the rows whose {@code revision} equals the value.
   */
  public TrackQuery filterByRevision(int revision) {
    return where(TrackTable.REVISION.eq(revision));
  }

  @Override
  protected TrackQuery self() {
    return this;
  }
}
