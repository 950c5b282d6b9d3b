package dev.kiln.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at the semicolons that end them, passing over those
 * inside string literals, quoted identifiers (double quotes, MariaDB's backquotes), comments, and
 * PostgreSQL's dollar-quoted bodies ({@code $$ ... $$}, {@code $fn$ ... $fn$}). SQLite trigger
 * bodies ({@code BEGIN ... END}) are not recognised: put such a statement in a script of its own.
 */
final class SqlScript {
  private SqlScript() {}

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int length = script.length();
    while (i < length) {
      char c = script.charAt(i);
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        end = closing(script, i + 1, String.valueOf(c));
      } else if (c == '-' && script.startsWith("--", i)) {
        end = lineEnd(script, i);
      } else if (c == '/' && script.startsWith("/*", i)) {
        end = closing(script, i + 2, "*/");
      } else if (c == '$' && dollarTag(script, i) != null) {
        String tag = dollarTag(script, i);
        end = closing(script, i + tag.length(), tag);
      } else if (c == ';') {
        add(statements, current);
        current.setLength(0);
        i++;
        continue;
      } else {
        end = i + 1;
      }
      current.append(script, i, end);
      i = end;
    }
    add(statements, current);
    return statements;
  }

  /** Where the text closed by {@code close} from {@code from} ends (after the close), or the script's end. */
  private static int closing(String script, int from, String close) {
    int at = script.indexOf(close, from);
    return at < 0 ? script.length() : at + close.length();
  }

  private static int lineEnd(String script, int from) {
    int at = script.indexOf('\n', from);
    return at < 0 ? script.length() : at + 1;
  }

  /** The dollar-quote tag that starts here ({@code $$} or {@code $name$}), or null if none does. */
  private static String dollarTag(String script, int at) {
    int i = at + 1;
    while (i < script.length() && (Character.isLetterOrDigit(script.charAt(i)) || script.charAt(i) == '_')) {
      i++;
    }
    if (i < script.length() && script.charAt(i) == '$' && (i == at + 1 || !Character.isDigit(script.charAt(at + 1)))) {
      return script.substring(at, i + 1);
    }
    return null;
  }

  /** Adds the statement unless it holds only blanks and comments. */
  private static void add(List<String> statements, StringBuilder statement) {
    String text = statement.toString().strip();
    if (!withoutComments(text).isBlank()) {
      statements.add(text);
    }
  }

  private static String withoutComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
  }
}
