package dev.kiln.sample.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders jte templates, compiled to Java at build time by jte's Maven plugin: a template that
 * reads a missing field or misspells a type is a compile error, and every {@code ${...}} is
 * HTML-escaped for where it stands (text or attribute). Each template takes one view record.
 */
final class Pages {
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Object view) {
    StringOutput html = new StringOutput();
    templates.render(template, view, html);
    ctx.contentType("text/html; charset=utf-8").result(html.toString());
  }

  /** An error page with the status and a message for people; never a stack trace. */
  void error(Context ctx, int status, String message) {
    ctx.status(status);
    render(ctx, "error.jte", new Views.Error(status, message));
  }
}
