package dev.kiln.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to, named once. */
final class RuntimeTypes {
  static final ClassName TABLE_DEF = ClassName.get("dev.kiln.schema", "TableDef");
  static final ClassName TABLE_SCHEMA = ClassName.get("dev.kiln.schema", "TableSchema");
  static final ClassName COLUMN_SCHEMA = ClassName.get("dev.kiln.schema", "ColumnSchema");
  static final ClassName COLUMN_DEFAULT = ClassName.get("dev.kiln.schema", "ColumnDefault");
  static final ClassName SQL_TYPE = ClassName.get("dev.kiln.schema", "SqlType");
  static final ClassName VALUE_TYPE = ClassName.get("dev.kiln.schema", "ValueType");
  static final ClassName COMPOSITE_KEY = ClassName.get("dev.kiln.schema", "CompositeKey");
  static final ClassName MODEL_REGISTRY = ClassName.get("dev.kiln.schema", "ModelRegistry");
  static final ClassName COLUMN = ClassName.get("dev.kiln.query", "Column");
  static final ClassName NUMBER_COLUMN = ClassName.get("dev.kiln.query", "NumberColumn");
  static final ClassName EXPRESSION = ClassName.get("dev.kiln.query", "Expression");
  static final ClassName SELECT = ClassName.get("dev.kiln.query", "Select");
  static final ClassName STRING_COLUMN = ClassName.get("dev.kiln.query", "StringColumn");
  static final ClassName TO_ONE = ClassName.get("dev.kiln.relation", "ToOne");
  static final ClassName TO_MANY = ClassName.get("dev.kiln.relation", "ToMany");
  static final ClassName MANY_TO_ONE = ClassName.get("dev.kiln.relation", "ManyToOneRelation");
  static final ClassName MANY_TO_MANY = ClassName.get("dev.kiln.relation", "ManyToManyRelation");
  static final ClassName ONE_TO_MANY = ClassName.get("dev.kiln.relation", "OneToManyRelation");
  static final ClassName ON_DELETE = ClassName.get("dev.kiln.annotation", "OnDelete");
  static final ClassName ROW = ClassName.get("dev.kiln.jdbc", "Row");
  static final ClassName PARAMS = ClassName.get("dev.kiln.jdbc", "Params");
  static final ClassName SESSION = ClassName.get("dev.kiln.session", "Session");
  static final ClassName REF = ClassName.get("dev.kiln.session", "Ref");
  static final ClassName DAO = ClassName.get("dev.kiln.session", "Dao");
  static final ClassName ENTITY_QUERY = ClassName.get("dev.kiln.session", "EntityQuery");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

  private RuntimeTypes() {}
}
