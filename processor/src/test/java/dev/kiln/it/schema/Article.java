package dev.kiln.it.schema;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Index;
import dev.kiln.annotation.Table;
import java.time.LocalDate;

/** Every way to declare an index: on a column, and on the model, named or not, unique or not. */
@Table
@Index(columns = {"category", "publishedOn"})
@Index(columns = {"author", "title"}, unique = true)
@Index(columns = "title", name = "article_by_title")
@Index(columns = "slug", unique = true, name = "article_slug_unique")
class Article {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 60, index = true)
  String author;

  @Column(length = 80)
  String slug;

  @Column(length = 200)
  String title;

  @Column(length = 40)
  String category;

  LocalDate publishedOn;

  Article() {}

  Article(String author, String slug, String title) {
    this.author = author;
    this.slug = slug;
    this.title = title;
  }
}
