package dev.kiln.it.query;

import dev.kiln.annotation.Column;
import dev.kiln.annotation.Table;

/** A model with a spread of columns to filter, sort and update. */
@Table
public class Player {
  @Column(primaryKey = true)
  Integer id;

  @Column(length = 40, nullable = false)
  String name;

  @Column(length = 20)
  String team;

  int score;

  Player() {}

  Player(String name, String team, int score) {
    this.name = name;
    this.team = team;
    this.score = score;
  }

  @Override
  public String toString() {
    return name;
  }
}
