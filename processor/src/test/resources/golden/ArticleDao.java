package test;

import dev.kiln.session.Ref;
import dev.kiln.session.Session;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Loads, stages and queries {@link Article} objects through a {@link Session}. Writes are staged
 * and happen when the session commits.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ArticleDao {
  private final Session session;

  public ArticleDao(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * Stages the article for insertion; after commit, the returned {@link Ref} holds it with its key.
   */
  public Ref<Article> insert(Article article) {
    return session.add(article);
  }

  /**
   * The article whose {@code id} is the given value, if there is one.
   */
  public Optional<Article> get(Long id) {
    return session.get(ArticleTable.TABLE, id);
  }

  /**
   * Every article in the table.
   */
  public List<Article> all() {
    return query().all();
  }

  /**
   * A new query on the table.
   */
  public ArticleQuery query() {
    return new ArticleQuery(session);
  }

  /**
   * Stages every column of the article to be written by key on commit. Objects loaded
   * through the session need no call: their changes are found on commit.
   */
  public void update(Article article) {
    session.update(article);
  }

  /**
   * Stages the article's deletion.
   */
  public void delete(Article article) {
    session.delete(article);
  }

  /**
   * Stages the deletion of the article whose {@code id} is the given value.
   */
  public void deleteById(Long id) {
    session.deleteByKey(ArticleTable.TABLE, id);
  }
}
