package dev.kiln.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.Database;
import dev.kiln.error.SchemaDriftException;
import dev.kiln.schema.TableDef;
import dev.kiln.schema.TableSchema;
import dev.kiln.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code db.verifySchema()} against the live database's catalog, on each database. */
class SchemaVerificationTest {
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void tablesCreatedByCreateAllMatchTheirModels(TestDatabase kind) {
    // The models of the schema, types and relationship tests: every column type, composite keys,
    // defaults, checks, unique constraints, indexes, foreign keys and association tables.
    try (Database db = Database.connect(kind.freshUrl(), modelsOf("schema", "types", "relation"))) {
      db.createAll();
      db.verifySchema();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTableThatDriftedFromItsModelIsReportedWithEveryDifferenceAtOnce(TestDatabase kind) {
    String url = kind.freshUrl();
    // The article table as someone changed it by hand: a shorter title, a required author, no
    // published_on, an extra column, and none of the model's five indexes.
    Catalog.execute(url, "CREATE TABLE article (id INTEGER PRIMARY KEY, author VARCHAR(60) NOT NULL, slug VARCHAR(80),"
        + " title VARCHAR(100), category VARCHAR(40), extra INTEGER)");
    try (Database db = Database.connect(url, List.of(ArticleTable.TABLE, ProductTable.TABLE))) {
      assertThatThrownBy(db::verifySchema)
          .isInstanceOfSatisfying(SchemaDriftException.class, drift -> {
            assertThat(drift.differences())
                .contains(
                    "column \"article\".\"author\" is NOT NULL, the model's allows NULL",
                    "column \"article\".\"title\" is varchar(100), the model declares VARCHAR(200)",
                    "column \"article\".\"published_on\" is missing",
                    "column \"article\".\"extra\" is not in the model",
                    "index \"article_by_title\" on \"article\" (title) is missing",
                    "table \"product\" is missing")
                .hasSize(10);
            assertThat(drift.getMessage())
                .contains("does not match the compiled models (10 differences):\n  - ")
                .contains("\n  - table \"product\" is missing\n");
          });
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anIndexDroppedOrRedefinedAfterCreateAllIsReported(TestDatabase kind) {
    String url = kind.freshUrl();
    String drop = kind == TestDatabase.MARIADB ? "DROP INDEX article_by_title ON article" : "DROP INDEX article_by_title";
    try (Database db = Database.connect(url, List.of(ArticleTable.TABLE))) {
      db.createAll();
      Catalog.execute(url, drop);
      assertThatThrownBy(db::verifySchema)
          .isInstanceOfSatisfying(SchemaDriftException.class, drift -> assertThat(drift.differences())
              .containsExactly("index \"article_by_title\" on \"article\" (title) is missing"));

      Catalog.execute(url, "CREATE UNIQUE INDEX article_by_title ON article (slug)");
      assertThatThrownBy(db::verifySchema)
          .isInstanceOfSatisfying(SchemaDriftException.class, drift -> assertThat(drift.differences())
              .containsExactly("index \"article_by_title\" on \"article\" is unique on (slug), the model's is on (title)"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCheckConstraintMissingOrUnknownToTheModelIsReportedByName(TestDatabase kind) {
    String url = kind.freshUrl();
    try (Database db = Database.connect(url, List.of(ProductTable.TABLE))) {
      // The product table made by hand without the model's third check, with one of its own.
      TableSchema model = ProductTable.TABLE.schema();
      List<TableSchema.Check> checks = new ArrayList<>(model.checks().subList(0, 2));
      checks.add(new TableSchema.Check("product_price_small", "price < 1000"));
      Catalog.execute(url, db.dialect().createTableSql(new TableSchema(model.name(), model.columns(), model.primaryKey(),
          model.uniqueConstraints(), checks, model.indexes(), model.foreignKeys())));

      assertThatThrownBy(db::verifySchema)
          .isInstanceOfSatisfying(SchemaDriftException.class, drift -> assertThat(drift.differences()).containsExactly(
              "check constraint \"name (when given) is not empty\" on \"product\" (length(name) > 0) is missing",
              "check constraint \"product_price_small\" on \"product\" is not in the model"));
    }
  }

  /** The models compiled in these test packages of dev.kiln.it, one per table name. */
  static List<TableDef<?>> modelsOf(String... packages) {
    Set<String> wanted = Arrays.stream(packages).map(name -> "dev.kiln.it." + name).collect(Collectors.toSet());
    Set<String> names = new HashSet<>();
    List<TableDef<?>> models = new ArrayList<>();
    try (Database all = Database.connect("sqlite://")) {
      for (TableDef<?> table : all.tables()) {
        if (wanted.contains(table.modelType().getPackageName()) && names.add(table.name())) {
          models.add(table);
        }
      }
    }
    return models;
  }
}
