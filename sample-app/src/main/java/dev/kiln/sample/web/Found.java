package dev.kiln.sample.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import java.util.function.IntFunction;

/** Flask-SQLAlchemy's {@code get_or_404}: the row the path's {@code {id}} names, or a 404 page. */
final class Found {
  private Found() {}

  static <T> T orNotFound(Context ctx, String what, IntFunction<Optional<T>> read) {
    String raw = ctx.pathParam("id");
    Integer id = Limits.wholeNumber(raw, 1, Integer.MAX_VALUE);
    // Not a number is not found either, as with Flask's <int:id> routes.
    Optional<T> row = id == null ? Optional.empty() : read.apply(id);
    return row.orElseThrow(() -> new NotFoundResponse("There is no " + what + " " + raw + "."));
  }
}
