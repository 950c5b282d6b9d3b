-- Kiln migration V1, written by the annotation processor for sqlite. Review it and commit it; once applied, never edit it.
CREATE TABLE IF NOT EXISTS "user" ("id" INTEGER PRIMARY KEY, "username" VARCHAR(80) NOT NULL, "email" VARCHAR(120) NOT NULL, "joined_on" TEXT NOT NULL, CONSTRAINT "user_username_key" UNIQUE ("username"), CONSTRAINT "user_email_key" UNIQUE ("email"));
CREATE TABLE IF NOT EXISTS "computers" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(80) NOT NULL, "memory_in_gb" INTEGER, "owner_id" INTEGER, CONSTRAINT "computers_name_key" UNIQUE ("name"), CONSTRAINT "computers_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX IF NOT EXISTS "computers_owner_id_idx" ON "computers" ("owner_id");
CREATE TABLE IF NOT EXISTS "people" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(50), CONSTRAINT "people_name_key" UNIQUE ("name"));
CREATE TABLE IF NOT EXISTS "post" ("id" INTEGER PRIMARY KEY, "title" VARCHAR(120) NOT NULL, "author_id" INTEGER, CONSTRAINT "post_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS "post_author_id_idx" ON "post" ("author_id");
CREATE TABLE IF NOT EXISTS "tag" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(40) NOT NULL, CONSTRAINT "tag_name_key" UNIQUE ("name"));
CREATE TABLE IF NOT EXISTS "computers_tag" ("computers_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, CONSTRAINT "computers_tag_pkey" PRIMARY KEY ("computers_id", "tag_id"), CONSTRAINT "computers_tag_computers_id_fkey" FOREIGN KEY ("computers_id") REFERENCES "computers" ("id") ON DELETE CASCADE, CONSTRAINT "computers_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS "computers_tag_tag_id_idx" ON "computers_tag" ("tag_id");
CREATE TABLE IF NOT EXISTS "post_tag" ("post_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, CONSTRAINT "post_tag_pkey" PRIMARY KEY ("post_id", "tag_id"), CONSTRAINT "post_tag_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post" ("id") ON DELETE CASCADE, CONSTRAINT "post_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS "post_tag_tag_id_idx" ON "post_tag" ("tag_id");
