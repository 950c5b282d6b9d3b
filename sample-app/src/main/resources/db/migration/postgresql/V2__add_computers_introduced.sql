-- Kiln migration V2, written by the annotation processor for postgresql. Review it and commit it; once applied, never edit it.
ALTER TABLE "computers" ADD COLUMN "introduced" DATE;
