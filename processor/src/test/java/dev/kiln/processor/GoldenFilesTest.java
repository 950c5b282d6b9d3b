package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.Compilations.compile;
import static dev.kiln.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code for two representative models, compared with reviewed copies under
 * {@code src/test/resources/golden}, so that any change to what users read shows up as a diff.
 * After an intended change, regenerate them with {@code -Dkiln.updateGoldens=true} and review the
 * diff before committing.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /**
   * A mutable class with accessors (the tutorials' User), a record with an enum, a primitive key and
   * a primitive version, a mutable class with a renamed boxed version, and a constructor-built class
   * with most schema features: a composite key, a converter, an enum by ordinal, a fixed-precision
   * decimal, a database default, an index, a unique constraint, a check and a projection; and
   * relationships: the Article's comments (one-to-many), each Comment's required reference to its
   * article and its labels (many-to-many), read the other way round by Label.
   */
  private static final Compilation COMPILATION =
      compile(
          TestModels.user(),
          source(
              "test.Track",
              "package test;",
              "",
              "import dev.kiln.annotation.Column;",
              "import dev.kiln.annotation.Table;",
              "import dev.kiln.annotation.Version;",
              "",
              "@Table(name = \"tracks\")",
              "public record Track(",
              "    @Column(primaryKey = true) long id,",
              "    @Column(length = 120, nullable = false) String title,",
              "    Genre genre,",
              "    byte[] artwork,",
              "    @Version int revision) {",
              "  public enum Genre { ROCK, JAZZ }",
              "}"),
          source(
              "test.Article",
              "package test;",
              "",
              "import dev.kiln.annotation.Column;",
              "import dev.kiln.annotation.Table;",
              "import dev.kiln.annotation.Version;",
              "",
              "@Table",
              "public class Article {",
              "  @Column(primaryKey = true)",
              "  private Long id;",
              "",
              "  @Column(length = 200, nullable = false)",
              "  private String title;",
              "",
              "  @Version",
              "  @Column(name = \"row_version\")",
              "  private Long version;",
              "",
              "  public Long getId() { return id; }",
              "  public void setId(Long id) { this.id = id; }",
              "  public String getTitle() { return title; }",
              "  public void setTitle(String title) { this.title = title; }",
              "  public Long getVersion() { return version; }",
              "  public void setVersion(Long version) { this.version = version; }",
              "",
              "  private final dev.kiln.relation.ToMany<Comment> comments = new dev.kiln.relation.ToMany<>();",
              "",
              "  public dev.kiln.relation.ToMany<Comment> getComments() { return comments; }",
              "}"),
          source(
              "test.Comment",
              "package test;",
              "",
              "import dev.kiln.annotation.Column;",
              "import dev.kiln.annotation.ManyToMany;",
              "import dev.kiln.annotation.ManyToOne;",
              "import dev.kiln.annotation.OnDelete;",
              "import dev.kiln.annotation.Table;",
              "import dev.kiln.relation.ToMany;",
              "import dev.kiln.relation.ToOne;",
              "",
              "@Table",
              "public record Comment(",
              "    @Column(primaryKey = true) Long id,",
              "    @Column(nullable = false) @ManyToOne(onDelete = OnDelete.CASCADE) ToOne<Article> article,",
              "    String body,",
              "    @ManyToMany ToMany<Label> labels) {}"),
          source(
              "test.Label",
              "package test;",
              "",
              "import dev.kiln.annotation.Column;",
              "import dev.kiln.annotation.ManyToMany;",
              "import dev.kiln.annotation.Table;",
              "import dev.kiln.relation.ToMany;",
              "",
              "@Table",
              "public class Label {",
              "  @Column(primaryKey = true, length = 30)",
              "  String name;",
              "",
              "  @ManyToMany(mappedBy = \"labels\")",
              "  final ToMany<Comment> comments = new ToMany<>();",
              "}"),
          source(
              "test.Enrollment",
              "package test;",
              "",
              "import dev.kiln.annotation.Check;",
              "import dev.kiln.annotation.Column;",
              "import dev.kiln.annotation.Convert;",
              "import dev.kiln.annotation.Enumerated;",
              "import dev.kiln.annotation.Index;",
              "import dev.kiln.annotation.Projection;",
              "import dev.kiln.annotation.Table;",
              "import dev.kiln.annotation.Unique;",
              "import dev.kiln.convert.Converter;",
              "import java.math.BigDecimal;",
              "import java.time.Instant;",
              "import java.time.ZoneId;",
              "",
              "@Table",
              "@Index(columns = {\"grade\", \"fee\"})",
              "@Unique(columns = {\"courseId\", \"seat\"}, name = \"one_student_per_seat\")",
              "@Check(name = \"fee_not_negative\", value = \"CAST(fee AS REAL) >= 0\")",
              "public final class Enrollment {",
              "  @Column(primaryKey = true) private final int studentId;",
              "  @Column(primaryKey = true) private final int courseId;",
              "  private final int seat;",
              "  @Enumerated(Enumerated.Storage.ORDINAL) private final Grade grade;",
              "  @Column(precision = 8, scale = 2) private final BigDecimal fee;",
              "  @Convert(ZoneConverter.class) @Column(length = 40) private final ZoneId zone;",
              "  @Column(defaultSql = Column.NOW) private final Instant enrolledAt;",
              "",
              "  public Enrollment(int courseId, int studentId, int seat, Grade grade, BigDecimal fee, ZoneId zone,",
              "      Instant enrolledAt) {",
              "    this.studentId = studentId;",
              "    this.courseId = courseId;",
              "    this.seat = seat;",
              "    this.grade = grade;",
              "    this.fee = fee;",
              "    this.zone = zone;",
              "    this.enrolledAt = enrolledAt;",
              "  }",
              "",
              "  public int getStudentId() { return studentId; }",
              "  public int getCourseId() { return courseId; }",
              "  public int getSeat() { return seat; }",
              "  public Grade getGrade() { return grade; }",
              "  public BigDecimal getFee() { return fee; }",
              "  public ZoneId getZone() { return zone; }",
              "  public Instant getEnrolledAt() { return enrolledAt; }",
              "",
              "  public enum Grade { A, B, C }",
              "",
              "  @Projection",
              "  public record Seat(int courseId, int seat) {}",
              "",
              "  public static final class ZoneConverter implements Converter<ZoneId, String> {",
              "    @Override public String toColumn(ZoneId value) { return value.getId(); }",
              "    @Override public ZoneId fromColumn(String stored) { return ZoneId.of(stored); }",
              "  }",
              "}"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UserTable", "UserDao", "UserQuery", "TrackTable", "TrackDao", "TrackQuery",
        "ArticleTable", "ArticleDao", "ArticleQuery", "EnrollmentTable", "EnrollmentDao", "EnrollmentQuery",
        "CommentTable", "LabelTable", "KilnModels"
      })
  void generatedSourceMatchesTheReviewedCopy(String simpleName) throws IOException {
    assertThat(COMPILATION).succeededWithoutWarnings();
    JavaFileObject generated = COMPILATION.generatedSourceFile("test." + simpleName).orElseThrow();
    String actual = generated.getCharContent(false).toString();
    Path golden = GOLDEN.resolve(simpleName + ".java");
    if (Boolean.getBoolean("kiln.updateGoldens")) {
      write(golden, actual);
    }
    assertThat(actual)
        .as("generated %s; if the change is intended, run with -Dkiln.updateGoldens=true", simpleName)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
