import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum_topics_readers" AS ENUM('subjected', 'worried', 'uses-violence', 'professionals');
  CREATE TYPE "public"."enum_topics_focus_area" AS ENUM('close-relationships', 'honour', 'sexual', 'sex-for-compensation', 'trafficking', 'general');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_topics_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_readers" AS ENUM('subjected', 'worried', 'uses-violence', 'professionals');
  CREATE TYPE "public"."enum__topics_v_version_focus_area" AS ENUM('close-relationships', 'honour', 'sexual', 'sex-for-compensation', 'trafficking', 'general');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum__topics_v_version_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_support_services_opening_hours_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_support_services_languages" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum_support_services_readers" AS ENUM('subjected', 'worried', 'uses-violence', 'professionals');
  CREATE TYPE "public"."enum_support_services_groups" AS ENUM('children', 'young-people', 'older-people', 'disability', 'lgbtqi');
  CREATE TYPE "public"."enum_support_services_focus_areas" AS ENUM('close-relationships', 'honour', 'sexual', 'sex-for-compensation', 'trafficking', 'general');
  CREATE TYPE "public"."enum_support_services_scope" AS ENUM('national', 'malmo');
  CREATE TYPE "public"."enum_support_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_services_v_version_opening_hours_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__support_services_v_version_languages" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum__support_services_v_version_readers" AS ENUM('subjected', 'worried', 'uses-violence', 'professionals');
  CREATE TYPE "public"."enum__support_services_v_version_groups" AS ENUM('children', 'young-people', 'older-people', 'disability', 'lgbtqi');
  CREATE TYPE "public"."enum__support_services_v_version_focus_areas" AS ENUM('close-relationships', 'honour', 'sexual', 'sex-for-compensation', 'trafficking', 'general');
  CREATE TYPE "public"."enum__support_services_v_version_scope" AS ENUM('national', 'malmo');
  CREATE TYPE "public"."enum__support_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_services_v_published_locale" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum_brochures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_brochures_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum__brochures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__brochures_v_published_locale" AS ENUM('sv', 'fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum__brochures_v_version_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_users_languages" AS ENUM('fi', 'en', 'so', 'sr', 'bs', 'hr', 'pl', 'es', 'ar', 'fa');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator', 'communicator');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "topics_readers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_topics_readers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"focus_area" "enum_topics_focus_area" DEFAULT 'general',
  	"order" numeric DEFAULT 100,
  	"last_reviewed" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topics_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"translation_review" "enum_topics_translation_review" DEFAULT 'approved',
  	"adult_title" varchar,
  	"adult_summary" varchar,
  	"adult_body" jsonb,
  	"child_title" varchar,
  	"child_summary" varchar,
  	"child_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"support_services_id" integer
  );
  
  CREATE TABLE "_topics_v_version_readers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__topics_v_version_readers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_focus_area" "enum__topics_v_version_focus_area" DEFAULT 'general',
  	"version_order" numeric DEFAULT 100,
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__topics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_translation_review" "enum__topics_v_version_translation_review" DEFAULT 'approved',
  	"version_adult_title" varchar,
  	"version_adult_summary" varchar,
  	"version_adult_body" jsonb,
  	"version_child_title" varchar,
  	"version_child_summary" varchar,
  	"version_child_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"support_services_id" integer
  );
  
  CREATE TABLE "support_services_opening_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_support_services_opening_hours_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_services_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "support_services_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_services_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_services_readers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_services_readers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_services_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_services_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_services_focus_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_services_focus_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"phone" varchar,
  	"sms" varchar,
  	"website" varchar,
  	"chat_url" varchar,
  	"always_open" boolean,
  	"free" boolean,
  	"anonymous" boolean,
  	"not_on_bill" boolean,
  	"interpreters" boolean,
  	"scope" "enum_support_services_scope" DEFAULT 'national',
  	"key" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_support_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "support_services_locales" (
  	"name" varchar,
  	"description" varchar,
  	"hours" varchar,
  	"other_languages" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_support_services_v_version_opening_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_services_v_version_opening_hours_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_services_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_support_services_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_services_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_services_v_version_readers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_services_v_version_readers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_services_v_version_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_services_v_version_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_services_v_version_focus_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_services_v_version_focus_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_phone" varchar,
  	"version_sms" varchar,
  	"version_website" varchar,
  	"version_chat_url" varchar,
  	"version_always_open" boolean,
  	"version_free" boolean,
  	"version_anonymous" boolean,
  	"version_not_on_bill" boolean,
  	"version_interpreters" boolean,
  	"version_scope" "enum__support_services_v_version_scope" DEFAULT 'national',
  	"version_key" varchar,
  	"version_source" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__support_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__support_services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_support_services_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_hours" varchar,
  	"version_other_languages" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "brochures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_brochures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "brochures_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"translation_review" "enum_brochures_translation_review" DEFAULT 'approved',
  	"summary" varchar,
  	"body" jsonb,
  	"pdf_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_brochures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__brochures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__brochures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_brochures_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_translation_review" "enum__brochures_v_version_translation_review" DEFAULT 'approved',
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_pdf_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"support_services_id" integer,
  	"brochures_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"emergency_number" varchar DEFAULT '112' NOT NULL,
  	"quick_exit_url" varchar DEFAULT 'https://www.smhi.se/' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"footer_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"support_services_id" integer
  );
  
  ALTER TABLE "topics_readers" ADD CONSTRAINT "topics_readers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_support_services_fk" FOREIGN KEY ("support_services_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_readers" ADD CONSTRAINT "_topics_v_version_readers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_support_services_fk" FOREIGN KEY ("support_services_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_opening_hours_days" ADD CONSTRAINT "support_services_opening_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_opening_hours" ADD CONSTRAINT "support_services_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_languages" ADD CONSTRAINT "support_services_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_readers" ADD CONSTRAINT "support_services_readers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_groups" ADD CONSTRAINT "support_services_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_focus_areas" ADD CONSTRAINT "support_services_focus_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_services_locales" ADD CONSTRAINT "support_services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_opening_hours_days" ADD CONSTRAINT "_support_services_v_version_opening_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_services_v_version_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_opening_hours" ADD CONSTRAINT "_support_services_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_languages" ADD CONSTRAINT "_support_services_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_readers" ADD CONSTRAINT "_support_services_v_version_readers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_groups" ADD CONSTRAINT "_support_services_v_version_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v_version_focus_areas" ADD CONSTRAINT "_support_services_v_version_focus_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_services_v" ADD CONSTRAINT "_support_services_v_parent_id_support_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_services_v_locales" ADD CONSTRAINT "_support_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brochures_locales" ADD CONSTRAINT "brochures_locales_pdf_id_media_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brochures_locales" ADD CONSTRAINT "brochures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brochures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_brochures_v" ADD CONSTRAINT "_brochures_v_parent_id_brochures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brochures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brochures_v_locales" ADD CONSTRAINT "_brochures_v_locales_version_pdf_id_media_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brochures_v_locales" ADD CONSTRAINT "_brochures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_brochures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_languages" ADD CONSTRAINT "users_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_services_fk" FOREIGN KEY ("support_services_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_brochures_fk" FOREIGN KEY ("brochures_id") REFERENCES "public"."brochures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_support_services_fk" FOREIGN KEY ("support_services_id") REFERENCES "public"."support_services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "topics_readers_order_idx" ON "topics_readers" USING btree ("order");
  CREATE INDEX "topics_readers_parent_idx" ON "topics_readers" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE INDEX "topics_slug_idx" ON "topics_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_support_services_id_idx" ON "topics_rels" USING btree ("support_services_id");
  CREATE INDEX "_topics_v_version_readers_order_idx" ON "_topics_v_version_readers" USING btree ("order");
  CREATE INDEX "_topics_v_version_readers_parent_idx" ON "_topics_v_version_readers" USING btree ("parent_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_support_services_id_idx" ON "_topics_v_rels" USING btree ("support_services_id");
  CREATE INDEX "support_services_opening_hours_days_order_idx" ON "support_services_opening_hours_days" USING btree ("order");
  CREATE INDEX "support_services_opening_hours_days_parent_idx" ON "support_services_opening_hours_days" USING btree ("parent_id");
  CREATE INDEX "support_services_opening_hours_order_idx" ON "support_services_opening_hours" USING btree ("_order");
  CREATE INDEX "support_services_opening_hours_parent_id_idx" ON "support_services_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "support_services_languages_order_idx" ON "support_services_languages" USING btree ("order");
  CREATE INDEX "support_services_languages_parent_idx" ON "support_services_languages" USING btree ("parent_id");
  CREATE INDEX "support_services_readers_order_idx" ON "support_services_readers" USING btree ("order");
  CREATE INDEX "support_services_readers_parent_idx" ON "support_services_readers" USING btree ("parent_id");
  CREATE INDEX "support_services_groups_order_idx" ON "support_services_groups" USING btree ("order");
  CREATE INDEX "support_services_groups_parent_idx" ON "support_services_groups" USING btree ("parent_id");
  CREATE INDEX "support_services_focus_areas_order_idx" ON "support_services_focus_areas" USING btree ("order");
  CREATE INDEX "support_services_focus_areas_parent_idx" ON "support_services_focus_areas" USING btree ("parent_id");
  CREATE UNIQUE INDEX "support_services_key_idx" ON "support_services" USING btree ("key");
  CREATE INDEX "support_services_updated_at_idx" ON "support_services" USING btree ("updated_at");
  CREATE INDEX "support_services_created_at_idx" ON "support_services" USING btree ("created_at");
  CREATE INDEX "support_services__status_idx" ON "support_services" USING btree ("_status");
  CREATE UNIQUE INDEX "support_services_locales_locale_parent_id_unique" ON "support_services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_support_services_v_version_opening_hours_days_order_idx" ON "_support_services_v_version_opening_hours_days" USING btree ("order");
  CREATE INDEX "_support_services_v_version_opening_hours_days_parent_idx" ON "_support_services_v_version_opening_hours_days" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_opening_hours_order_idx" ON "_support_services_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_support_services_v_version_opening_hours_parent_id_idx" ON "_support_services_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_support_services_v_version_languages_order_idx" ON "_support_services_v_version_languages" USING btree ("order");
  CREATE INDEX "_support_services_v_version_languages_parent_idx" ON "_support_services_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_readers_order_idx" ON "_support_services_v_version_readers" USING btree ("order");
  CREATE INDEX "_support_services_v_version_readers_parent_idx" ON "_support_services_v_version_readers" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_groups_order_idx" ON "_support_services_v_version_groups" USING btree ("order");
  CREATE INDEX "_support_services_v_version_groups_parent_idx" ON "_support_services_v_version_groups" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_focus_areas_order_idx" ON "_support_services_v_version_focus_areas" USING btree ("order");
  CREATE INDEX "_support_services_v_version_focus_areas_parent_idx" ON "_support_services_v_version_focus_areas" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_parent_idx" ON "_support_services_v" USING btree ("parent_id");
  CREATE INDEX "_support_services_v_version_version_key_idx" ON "_support_services_v" USING btree ("version_key");
  CREATE INDEX "_support_services_v_version_version_updated_at_idx" ON "_support_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_support_services_v_version_version_created_at_idx" ON "_support_services_v" USING btree ("version_created_at");
  CREATE INDEX "_support_services_v_version_version__status_idx" ON "_support_services_v" USING btree ("version__status");
  CREATE INDEX "_support_services_v_created_at_idx" ON "_support_services_v" USING btree ("created_at");
  CREATE INDEX "_support_services_v_updated_at_idx" ON "_support_services_v" USING btree ("updated_at");
  CREATE INDEX "_support_services_v_snapshot_idx" ON "_support_services_v" USING btree ("snapshot");
  CREATE INDEX "_support_services_v_published_locale_idx" ON "_support_services_v" USING btree ("published_locale");
  CREATE INDEX "_support_services_v_latest_idx" ON "_support_services_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_support_services_v_locales_locale_parent_id_unique" ON "_support_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "brochures_updated_at_idx" ON "brochures" USING btree ("updated_at");
  CREATE INDEX "brochures_created_at_idx" ON "brochures" USING btree ("created_at");
  CREATE INDEX "brochures__status_idx" ON "brochures" USING btree ("_status");
  CREATE INDEX "brochures_slug_idx" ON "brochures_locales" USING btree ("slug","_locale");
  CREATE INDEX "brochures_pdf_idx" ON "brochures_locales" USING btree ("pdf_id","_locale");
  CREATE UNIQUE INDEX "brochures_locales_locale_parent_id_unique" ON "brochures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_brochures_v_parent_idx" ON "_brochures_v" USING btree ("parent_id");
  CREATE INDEX "_brochures_v_version_version_updated_at_idx" ON "_brochures_v" USING btree ("version_updated_at");
  CREATE INDEX "_brochures_v_version_version_created_at_idx" ON "_brochures_v" USING btree ("version_created_at");
  CREATE INDEX "_brochures_v_version_version__status_idx" ON "_brochures_v" USING btree ("version__status");
  CREATE INDEX "_brochures_v_created_at_idx" ON "_brochures_v" USING btree ("created_at");
  CREATE INDEX "_brochures_v_updated_at_idx" ON "_brochures_v" USING btree ("updated_at");
  CREATE INDEX "_brochures_v_snapshot_idx" ON "_brochures_v" USING btree ("snapshot");
  CREATE INDEX "_brochures_v_published_locale_idx" ON "_brochures_v" USING btree ("published_locale");
  CREATE INDEX "_brochures_v_latest_idx" ON "_brochures_v" USING btree ("latest");
  CREATE INDEX "_brochures_v_version_version_slug_idx" ON "_brochures_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_brochures_v_version_version_pdf_idx" ON "_brochures_v_locales" USING btree ("version_pdf_id","_locale");
  CREATE UNIQUE INDEX "_brochures_v_locales_locale_parent_id_unique" ON "_brochures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_languages_order_idx" ON "users_languages" USING btree ("order");
  CREATE INDEX "users_languages_parent_idx" ON "users_languages" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_support_services_id_idx" ON "payload_locked_documents_rels" USING btree ("support_services_id");
  CREATE INDEX "payload_locked_documents_rels_brochures_id_idx" ON "payload_locked_documents_rels" USING btree ("brochures_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_rels_order_idx" ON "site_settings_rels" USING btree ("order");
  CREATE INDEX "site_settings_rels_parent_idx" ON "site_settings_rels" USING btree ("parent_id");
  CREATE INDEX "site_settings_rels_path_idx" ON "site_settings_rels" USING btree ("path");
  CREATE INDEX "site_settings_rels_support_services_id_idx" ON "site_settings_rels" USING btree ("support_services_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "topics_readers" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v_version_readers" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "support_services_opening_hours_days" CASCADE;
  DROP TABLE "support_services_opening_hours" CASCADE;
  DROP TABLE "support_services_languages" CASCADE;
  DROP TABLE "support_services_readers" CASCADE;
  DROP TABLE "support_services_groups" CASCADE;
  DROP TABLE "support_services_focus_areas" CASCADE;
  DROP TABLE "support_services" CASCADE;
  DROP TABLE "support_services_locales" CASCADE;
  DROP TABLE "_support_services_v_version_opening_hours_days" CASCADE;
  DROP TABLE "_support_services_v_version_opening_hours" CASCADE;
  DROP TABLE "_support_services_v_version_languages" CASCADE;
  DROP TABLE "_support_services_v_version_readers" CASCADE;
  DROP TABLE "_support_services_v_version_groups" CASCADE;
  DROP TABLE "_support_services_v_version_focus_areas" CASCADE;
  DROP TABLE "_support_services_v" CASCADE;
  DROP TABLE "_support_services_v_locales" CASCADE;
  DROP TABLE "brochures" CASCADE;
  DROP TABLE "brochures_locales" CASCADE;
  DROP TABLE "_brochures_v" CASCADE;
  DROP TABLE "_brochures_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_languages" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "site_settings_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_topics_readers";
  DROP TYPE "public"."enum_topics_focus_area";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum_topics_translation_review";
  DROP TYPE "public"."enum__topics_v_version_readers";
  DROP TYPE "public"."enum__topics_v_version_focus_area";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum__topics_v_published_locale";
  DROP TYPE "public"."enum__topics_v_version_translation_review";
  DROP TYPE "public"."enum_support_services_opening_hours_days";
  DROP TYPE "public"."enum_support_services_languages";
  DROP TYPE "public"."enum_support_services_readers";
  DROP TYPE "public"."enum_support_services_groups";
  DROP TYPE "public"."enum_support_services_focus_areas";
  DROP TYPE "public"."enum_support_services_scope";
  DROP TYPE "public"."enum_support_services_status";
  DROP TYPE "public"."enum__support_services_v_version_opening_hours_days";
  DROP TYPE "public"."enum__support_services_v_version_languages";
  DROP TYPE "public"."enum__support_services_v_version_readers";
  DROP TYPE "public"."enum__support_services_v_version_groups";
  DROP TYPE "public"."enum__support_services_v_version_focus_areas";
  DROP TYPE "public"."enum__support_services_v_version_scope";
  DROP TYPE "public"."enum__support_services_v_version_status";
  DROP TYPE "public"."enum__support_services_v_published_locale";
  DROP TYPE "public"."enum_brochures_status";
  DROP TYPE "public"."enum_brochures_translation_review";
  DROP TYPE "public"."enum__brochures_v_version_status";
  DROP TYPE "public"."enum__brochures_v_published_locale";
  DROP TYPE "public"."enum__brochures_v_version_translation_review";
  DROP TYPE "public"."enum_users_languages";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
