package test;

import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * A query on {@link Article} rows: {@code filterByX} per column, {@code where} with predicates
 * built from {@link ArticleTable}'s columns, ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ArticleQuery extends EntityQuery<Article, ArticleQuery> {
  public ArticleQuery(Session session) {
    super(session, ArticleTable.TABLE);
  }

  /**
   * Keeps the rows whose {@code id} equals the value.
   */
  public ArticleQuery filterById(Long id) {
    return where(ArticleTable.ID.eq(id));
  }

  /**
   * Keeps the rows whose {@code title} equals the value.
   */
  public ArticleQuery filterByTitle(String title) {
    return where(ArticleTable.TITLE.eq(title));
  }

  /**
   * Keeps the rows whose {@code row_version} equals the value.
   */
  public ArticleQuery filterByVersion(Long version) {
    return where(ArticleTable.VERSION.eq(version));
  }

  @Override
  protected ArticleQuery self() {
    return this;
  }
}
