import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { syncTranslationStatus } from '@/translations/sync'
import { globalDocId } from '@/translations/translatable'

/**
 * Translation states for campaign banners, media alt texts and the globals (site settings,
 * navigation, key dates): a localized review field on each, key date names made localized (the
 * names so far become the Swedish ones), and their rows in `translation_status`.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_campaigns_banner_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_site_settings_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_navigation_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_key_dates_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TABLE "navigation_locales" (
  	"translation_review" "enum_navigation_translation_review" DEFAULT 'needs-review',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "key_dates_dates_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "key_dates_locales" (
  	"translation_review" "enum_key_dates_translation_review" DEFAULT 'needs-review',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "media_locales" ADD COLUMN "translation_review" "enum_media_translation_review" DEFAULT 'needs-review';
  ALTER TABLE "campaigns_locales" ADD COLUMN "banner_review" "enum_campaigns_banner_review" DEFAULT 'needs-review';
  ALTER TABLE "site_settings_locales" ADD COLUMN "translation_review" "enum_site_settings_translation_review" DEFAULT 'needs-review';
  ALTER TABLE "navigation_locales" ADD CONSTRAINT "navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "key_dates_dates_locales" ADD CONSTRAINT "key_dates_dates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."key_dates_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "key_dates_locales" ADD CONSTRAINT "key_dates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."key_dates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "navigation_locales_locale_parent_id_unique" ON "navigation_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "key_dates_dates_locales_locale_parent_id_unique" ON "key_dates_dates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "key_dates_locales_locale_parent_id_unique" ON "key_dates_locales" USING btree ("_locale","_parent_id");
  INSERT INTO "key_dates_dates_locales" ("name", "_locale", "_parent_id") SELECT "name", 'sv', "id" FROM "key_dates_dates";
  ALTER TABLE "key_dates_dates" DROP COLUMN "name";`)
  for (const collection of ['campaigns', 'media'] as const) {
    const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, select: {}, overrideAccess: true, req })
    for (const doc of docs) await syncTranslationStatus(payload, collection, doc.id, req)
  }
  for (const global of ['siteSettings', 'navigation', 'keyDates'] as const) await syncTranslationStatus(payload, global, globalDocId, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "navigation_locales" CASCADE;
  DROP TABLE "key_dates_locales" CASCADE;
  DELETE FROM translation_status WHERE collection IN ('campaigns', 'media', 'siteSettings', 'navigation', 'keyDates');
  ALTER TABLE "key_dates_dates" ADD COLUMN "name" varchar;
  UPDATE "key_dates_dates" d SET "name" = l."name" FROM "key_dates_dates_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'sv';
  UPDATE "key_dates_dates" SET "name" = '' WHERE "name" IS NULL;
  ALTER TABLE "key_dates_dates" ALTER COLUMN "name" SET NOT NULL;
  DROP TABLE "key_dates_dates_locales" CASCADE;
  ALTER TABLE "media_locales" DROP COLUMN "translation_review";
  ALTER TABLE "campaigns_locales" DROP COLUMN "banner_review";
  ALTER TABLE "site_settings_locales" DROP COLUMN "translation_review";
  DROP TYPE "public"."enum_media_translation_review";
  DROP TYPE "public"."enum_campaigns_banner_review";
  DROP TYPE "public"."enum_site_settings_translation_review";
  DROP TYPE "public"."enum_navigation_translation_review";
  DROP TYPE "public"."enum_key_dates_translation_review";`)
}
