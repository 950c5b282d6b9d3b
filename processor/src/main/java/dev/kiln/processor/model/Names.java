package dev.kiln.processor.model;

/**
 * Name transforms. Character-by-character and ASCII-case aware, never {@code String.toLowerCase()}
 * without a locale, so a Turkish default locale cannot turn {@code ID} into {@code ıd}.
 */
public final class Names {
  private Names() {}

  /**
   * {@code BookAuthor} to {@code book_author}, {@code joinedOn} to {@code joined_on}, {@code
   * HTTPServer} to {@code http_server}, {@code memoryInGB} to {@code memory_in_gb}.
   */
  public static String snakeCase(String camel) {
    StringBuilder snake = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit =
            i > 0 && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1)));
        boolean endsAcronym =
            i > 0
                && Character.isUpperCase(camel.charAt(i - 1))
                && i + 1 < camel.length()
                && Character.isLowerCase(camel.charAt(i + 1));
        if ((afterLowerOrDigit || endsAcronym) && snake.charAt(snake.length() - 1) != '_') {
          snake.append('_');
        }
        snake.append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }

  /** {@code joinedOn} to {@code JOINED_ON}, for constants. */
  public static String constantCase(String camel) {
    String snake = snakeCase(camel);
    StringBuilder constant = new StringBuilder(snake.length());
    for (int i = 0; i < snake.length(); i++) {
      constant.append(Character.toUpperCase(snake.charAt(i)));
    }
    return constant.toString();
  }

  /** A model's table name: the one written in {@code @Table(name)}, else its class's simple name in snake_case. */
  public static String tableName(String written, String simpleName) {
    return written.isEmpty() ? snakeCase(simpleName) : written;
  }

  /** {@code username} to {@code Username}, for method names such as {@code filterByUsername}. */
  public static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code author_id} to {@code authorId}: a Java name for a column's name, such as a parameter's. */
  public static String camelCase(String snake) {
    StringBuilder camel = new StringBuilder(snake.length());
    boolean upper = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        upper = camel.length() > 0;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
