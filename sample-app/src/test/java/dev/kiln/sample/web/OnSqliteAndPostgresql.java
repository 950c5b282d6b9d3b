package dev.kiln.sample.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the test once on SQLite and once on PostgreSQL, given as its {@code TestDatabase} argument. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@EnumSource(value = dev.kiln.testing.TestDatabase.class, names = {"SQLITE", "POSTGRESQL"})
@interface OnSqliteAndPostgresql {}
