package dev.kiln.it.query;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/**
 * A mutable model for the query tests: a text name with no length limit (so a 1 MB value fits), a
 * nullable team, and two numbers to compare with each other, one of them nullable.
 */
@Table
public class Athlete {
  @Column(primaryKey = true)
  Integer id;

  @Column(nullable = false)
  String name;

  @Column(length = 20)
  String team;

  int score;

  Integer bonus;

  Athlete() {}

  Athlete(String name, String team, int score, Integer bonus) {
    this.name = name;
    this.team = team;
    this.score = score;
    this.bonus = bonus;
  }

  @Override
  public String toString() {
    return name;
  }
}
