package test;

import dev.kiln.session.EntityQuery;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * A query on {@link Article} rows: {@code filterByX(value)} per column keeps the rows whose
 * column equals the value ({@code null} keeps those where it is null), {@code where} takes
 * predicates built from {@link ArticleTable}'s columns; ordering, limits, and bulk update and delete.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ArticleQuery extends EntityQuery<Article, ArticleQuery> {
  public ArticleQuery(Session session) {
    super(session, ArticleTable.TABLE);
  }

  public ArticleQuery filterById(Long id) {
    return where(ArticleTable.ID.eq(id));
  }

  public ArticleQuery filterByTitle(String title) {
    return where(ArticleTable.TITLE.eq(title));
  }

  public ArticleQuery filterByVersion(Long version) {
    return where(ArticleTable.VERSION.eq(version));
  }
}
