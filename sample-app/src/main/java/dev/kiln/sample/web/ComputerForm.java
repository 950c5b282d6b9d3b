package dev.kiln.sample.web;

import dev.kiln.sample.Computer;
import dev.kiln.sample.ComputerTable;
import dev.kiln.sample.Tag;
import dev.kiln.sample.TagQuery;
import dev.kiln.sample.TagTable;
import dev.kiln.sample.User;
import dev.kiln.sample.UserDao;
import dev.kiln.session.Session;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The computer form as the browser sent it, kept as text so that a form with mistakes comes back
 * showing exactly what was typed, with a message beside each wrong field.
 */
public record ComputerForm(String name, String memory, String introduced, String owner, Set<String> tags) {
  private static final int MAX_MEMORY_GB = 1 << 20;

  static ComputerForm empty() {
    return new ComputerForm("", "", "", "", Set.of());
  }

  static ComputerForm of(Computer computer) {
    Set<String> tags = new LinkedHashSet<>();
    for (Tag tag : computer.tags()) {
      tags.add(String.valueOf(tag.id()));
    }
    User owner = computer.owner().get();
    return new ComputerForm(
        computer.name(),
        computer.memoryInGb() == null ? "" : String.valueOf(computer.memoryInGb()),
        computer.introduced() == null ? "" : computer.introduced().toString(),
        owner == null ? "" : String.valueOf(owner.getId()),
        tags);
  }

  static ComputerForm from(Context ctx) {
    return new ComputerForm(
        text(ctx.formParam("name")).strip(),
        text(ctx.formParam("memory")).strip(),
        text(ctx.formParam("introduced")).strip(),
        text(ctx.formParam("owner")),
        new LinkedHashSet<>(ctx.formParams("tags")));
  }

  public boolean ownedBy(User user) {
    return owner.equals(String.valueOf(user.getId()));
  }

  public boolean hasTag(Tag tag) {
    return tags.contains(String.valueOf(tag.id()));
  }

  /**
   * Checks every field and, only when all are valid, writes them into the computer (its owner and
   * tags read in the session). Returns what is wrong, by field; empty when the computer was changed.
   */
  Map<String, String> applyTo(Computer computer, Session session) {
    Map<String, String> errors = new LinkedHashMap<>();
    int maxName = Limits.maxLength(ComputerTable.NAME);
    if (name.isEmpty()) {
      errors.put("name", "Give the computer a name.");
    } else if (name.codePointCount(0, name.length()) > maxName) {
      errors.put("name", "A name has at most " + maxName + " characters; this one has " + name.codePointCount(0, name.length()) + ".");
    }
    Integer memoryInGb = null;
    if (!memory.isEmpty()) {
      memoryInGb = Limits.wholeNumber(memory, 0, MAX_MEMORY_GB);
      if (memoryInGb == null) {
        errors.put("memory", "Memory is a whole number of GB from 0 to " + MAX_MEMORY_GB + ", or empty if unknown.");
      }
    }
    LocalDate introducedOn = null;
    if (!introduced.isEmpty()) {
      introducedOn = Limits.isoDate(introduced);
      if (introducedOn == null) {
        errors.put("introduced", "Give the day it was introduced as year-month-day, such as 1984-01-24, or leave it empty.");
      }
    }
    User newOwner = null;
    if (!owner.isEmpty()) {
      Integer ownerId = Limits.wholeNumber(owner, 1, Integer.MAX_VALUE);
      newOwner = ownerId == null ? null : new UserDao(session).get(ownerId).orElse(null);
      if (newOwner == null) {
        errors.put("owner", "Choose the owner from the list; that user does not exist (any more).");
      }
    }
    List<Tag> newTags = chosenTags(session);
    if (newTags == null) {
      errors.put("tags", "Choose tags from the list; one of them does not exist (any more).");
    }
    if (errors.isEmpty()) {
      computer.rename(name);
      computer.setMemoryInGb(memoryInGb);
      computer.setIntroduced(introducedOn);
      computer.owner().set(newOwner);
      // By id: a Tag record's equals would compare its posts too, loading them.
      Set<Integer> kept = new LinkedHashSet<>();
      computer.tags().removeIf(tag -> !tags.contains(String.valueOf(tag.id())) || !kept.add(tag.id()));
      for (Tag tag : newTags) {
        if (!kept.contains(tag.id())) {
          computer.tags().add(tag);
        }
      }
    }
    return errors;
  }

  /** The tags whose ids were ticked, or null if one is not a tag's id. */
  private List<Tag> chosenTags(Session session) {
    List<Integer> ids = new ArrayList<>();
    for (String tag : tags) {
      Integer id = Limits.wholeNumber(tag, 1, Integer.MAX_VALUE);
      if (id == null) {
        return null;
      }
      ids.add(id);
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Tag> found = new TagQuery(session).where(TagTable.ID.in(ids)).all();
    return found.size() == ids.size() ? found : null;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
