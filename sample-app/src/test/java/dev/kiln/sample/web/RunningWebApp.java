package dev.kiln.sample.web;

import dev.kiln.Database;
import dev.kiln.testing.TestDatabase;

/**
 * The web app serving on a free port over a fresh database of one kind, its tables made by the
 * sample's migrations; close to stop both.
 */
final class RunningWebApp implements AutoCloseable {
  final Database db;
  final WebApp app;

  private RunningWebApp(Database db, WebApp app) {
    this.db = db;
    this.app = app;
  }

  static RunningWebApp on(TestDatabase kind) {
    Database db = Database.connect(kind.freshUrl());
    try {
      WebApp.upgradeSchema(db);
      return new RunningWebApp(db, WebApp.start(db, 0));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  @Override
  public void close() {
    try {
      app.close();
    } finally {
      db.close();
    }
  }
}
