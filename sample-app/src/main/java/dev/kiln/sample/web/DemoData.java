package dev.kiln.sample.web;

import dev.kiln.Database;
import dev.kiln.sample.Computer;
import dev.kiln.sample.Tag;
import dev.kiln.sample.User;
import dev.kiln.sample.UserQuery;
import java.util.List;

/** A few users, tags and computers, so a new database shows something to page and sort through. */
final class DemoData {
  private DemoData() {}

  /** Adds the demo rows in one transaction, unless the database has users already. */
  static void addIfEmpty(Database db) {
    db.transaction(
        session -> {
          if (new UserQuery(session).exists()) {
            return;
          }
          User ada = new User("ada", "ada@example.com");
          User grace = new User("grace", "grace@example.com");
          List<Tag> tags = List.of(Tag.named("laptop"), Tag.named("desktop"), Tag.named("server"), Tag.named("retro"));
          String[] names = {
            "Macbook Pro", "Aspire V15", "ThinkPad X1", "Commodore 64", "Raspberry Pi", "Mac Studio",
            "ZX Spectrum", "PowerEdge R750", "Framework 13", "Amiga 500", "Surface Pro", "XPS 13"
          };
          int[] memory = {16, 8, 32, 0, 4, 64, 0, 256, 32, 0, 16, 16};
          for (int i = 0; i < names.length; i++) {
            Computer computer = new Computer(names[i], memory[i]);
            computer.owner().set(i % 3 == 2 ? null : i % 2 == 0 ? ada : grace);
            computer.tags().add(tags.get(i % tags.size()));
            session.add(computer);
          }
        });
  }
}
