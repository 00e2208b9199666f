import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_focus_areas" AS ENUM('close-relationships', 'honour', 'sexual', 'sex-for-compensation', 'trafficking', 'general');
  CREATE TYPE "public"."enum_campaigns_target_groups" AS ENUM('subjected', 'relatives', 'uses-violence', 'children', 'young-people', 'older-people', 'disability', 'lgbtqi', 'professionals', 'staff');
  CREATE TYPE "public"."enum_campaigns_languages" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum_campaigns_channels" AS ENUM('web-banner', 'social-media', 'print', 'film', 'event', 'meeting-places');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('idea', 'planned', 'production', 'live', 'done', 'cancelled');
  CREATE TYPE "public"."enum_campaigns_startsat_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_campaigns_endsat_tz" AS ENUM('Europe/Stockholm');
  CREATE TYPE "public"."enum_campaigns_recurrence" AS ENUM('none', 'yearly', 'weekOf');
  CREATE TYPE "public"."enum_campaigns_variant" AS ENUM('adult', 'child');
  CREATE TABLE "campaigns_focus_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_focus_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"purpose" varchar,
  	"status" "enum_campaigns_status" DEFAULT 'idea' NOT NULL,
  	"owner_id" integer,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_campaigns_startsat_tz" DEFAULT 'Europe/Stockholm' NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"endsat_tz" "enum_campaigns_endsat_tz" DEFAULT 'Europe/Stockholm' NOT NULL,
  	"all_day" boolean DEFAULT true,
  	"recurrence" "enum_campaigns_recurrence" DEFAULT 'none' NOT NULL,
  	"variant" "enum_campaigns_variant" DEFAULT 'adult' NOT NULL,
  	"banner_topic_id" integer,
  	"banner_priority" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_locales" (
  	"banner_text" varchar,
  	"banner_url" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"brochures_id" integer,
  	"support_services_id" integer
  );
  
  CREATE TABLE "key_dates_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"date" varchar NOT NULL,
  	"until" varchar,
  	"source" varchar
  );
  
  CREATE TABLE "key_dates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "calendar_token_hash" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "campaigns_focus_areas" ADD CONSTRAINT "campaigns_focus_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_target_groups" ADD CONSTRAINT "campaigns_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_languages" ADD CONSTRAINT "campaigns_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_channels" ADD CONSTRAINT "campaigns_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_banner_topic_id_topics_id_fk" FOREIGN KEY ("banner_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_brochures_fk" FOREIGN KEY ("brochures_id") REFERENCES "public"."brochures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_support_services_fk" FOREIGN KEY ("support_services_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "key_dates_dates" ADD CONSTRAINT "key_dates_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."key_dates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_focus_areas_order_idx" ON "campaigns_focus_areas" USING btree ("order");
  CREATE INDEX "campaigns_focus_areas_parent_idx" ON "campaigns_focus_areas" USING btree ("parent_id");
  CREATE INDEX "campaigns_target_groups_order_idx" ON "campaigns_target_groups" USING btree ("order");
  CREATE INDEX "campaigns_target_groups_parent_idx" ON "campaigns_target_groups" USING btree ("parent_id");
  CREATE INDEX "campaigns_languages_order_idx" ON "campaigns_languages" USING btree ("order");
  CREATE INDEX "campaigns_languages_parent_idx" ON "campaigns_languages" USING btree ("parent_id");
  CREATE INDEX "campaigns_channels_order_idx" ON "campaigns_channels" USING btree ("order");
  CREATE INDEX "campaigns_channels_parent_idx" ON "campaigns_channels" USING btree ("parent_id");
  CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_id");
  CREATE INDEX "campaigns_banner_banner_topic_idx" ON "campaigns" USING btree ("banner_topic_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_topics_id_idx" ON "campaigns_rels" USING btree ("topics_id");
  CREATE INDEX "campaigns_rels_brochures_id_idx" ON "campaigns_rels" USING btree ("brochures_id");
  CREATE INDEX "campaigns_rels_support_services_id_idx" ON "campaigns_rels" USING btree ("support_services_id");
  CREATE INDEX "key_dates_dates_order_idx" ON "key_dates_dates" USING btree ("_order");
  CREATE INDEX "key_dates_dates_parent_id_idx" ON "key_dates_dates" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_calendar_token_hash_idx" ON "users" USING btree ("calendar_token_hash");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_focus_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_target_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "key_dates_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "key_dates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaigns_focus_areas" CASCADE;
  DROP TABLE "campaigns_target_groups" CASCADE;
  DROP TABLE "campaigns_languages" CASCADE;
  DROP TABLE "campaigns_channels" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "key_dates_dates" CASCADE;
  DROP TABLE "key_dates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  DROP INDEX "users_calendar_token_hash_idx";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  ALTER TABLE "users" DROP COLUMN "calendar_token_hash";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  DROP TYPE "public"."enum_campaigns_focus_areas";
  DROP TYPE "public"."enum_campaigns_target_groups";
  DROP TYPE "public"."enum_campaigns_languages";
  DROP TYPE "public"."enum_campaigns_channels";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_campaigns_startsat_tz";
  DROP TYPE "public"."enum_campaigns_endsat_tz";
  DROP TYPE "public"."enum_campaigns_recurrence";
  DROP TYPE "public"."enum_campaigns_variant";`)
}
