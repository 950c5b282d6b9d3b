package test;

import dev.kiln.session.Dao;
import dev.kiln.session.Session;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link Article} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ArticleDao extends Dao<Article, Long, ArticleQuery> {
  public ArticleDao(Session session) {
    super(session, ArticleTable.TABLE, ArticleQuery::new);
  }
}
