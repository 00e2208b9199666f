import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_interface_strings_locale" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TABLE "interface_strings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"locale" "enum_interface_strings_locale" NOT NULL,
  	"key" varchar NOT NULL,
  	"value" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interface_strings_id" integer;
  CREATE INDEX "interface_strings_updated_at_idx" ON "interface_strings" USING btree ("updated_at");
  CREATE INDEX "interface_strings_created_at_idx" ON "interface_strings" USING btree ("created_at");
  CREATE UNIQUE INDEX "locale_key_idx" ON "interface_strings" USING btree ("locale","key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interface_strings_fk" FOREIGN KEY ("interface_strings_id") REFERENCES "public"."interface_strings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_interface_strings_id_idx" ON "payload_locked_documents_rels" USING btree ("interface_strings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "interface_strings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "interface_strings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_interface_strings_fk";
  
  DROP INDEX "payload_locked_documents_rels_interface_strings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interface_strings_id";
  DROP TYPE "public"."enum_interface_strings_locale";`)
}
