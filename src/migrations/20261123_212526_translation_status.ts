import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { syncTranslationStatus } from '@/translations/sync'
// The collections translated when this migration was written: later ones did not have their columns yet.
const translatableCollections = ['topics', 'supportServices', 'brochures'] as const

/**
 * Translation status: review per audience variant (the topic-wide review is carried over to both),
 * translators' publishing right, and the `translation_status` table kept by src/translations/sync.ts,
 * filled here for the documents that already exist.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_adult_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_topics_child_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_adult_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_child_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum_support_services_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum__support_services_v_version_translation_review" AS ENUM('needs-review', 'approved');
  ALTER TABLE "brochures_locales" ALTER COLUMN "translation_review" SET DEFAULT 'needs-review';
  ALTER TABLE "_brochures_v_locales" ALTER COLUMN "version_translation_review" SET DEFAULT 'needs-review';
  ALTER TABLE "topics_locales" ADD COLUMN "adult_review" "enum_topics_adult_review" DEFAULT 'needs-review';
  ALTER TABLE "topics_locales" ADD COLUMN "child_review" "enum_topics_child_review" DEFAULT 'needs-review';
  ALTER TABLE "_topics_v_locales" ADD COLUMN "version_adult_review" "enum__topics_v_version_adult_review" DEFAULT 'needs-review';
  ALTER TABLE "_topics_v_locales" ADD COLUMN "version_child_review" "enum__topics_v_version_child_review" DEFAULT 'needs-review';
  ALTER TABLE "support_services_locales" ADD COLUMN "translation_review" "enum_support_services_translation_review" DEFAULT 'needs-review';
  ALTER TABLE "_support_services_v_locales" ADD COLUMN "version_translation_review" "enum__support_services_v_version_translation_review" DEFAULT 'needs-review';
  ALTER TABLE "users" ADD COLUMN "may_publish" boolean DEFAULT false;
  UPDATE "topics_locales" SET "adult_review" = "translation_review"::text::"enum_topics_adult_review", "child_review" = "translation_review"::text::"enum_topics_child_review" WHERE "translation_review" IS NOT NULL;
  UPDATE "_topics_v_locales" SET "version_adult_review" = "version_translation_review"::text::"enum__topics_v_version_adult_review", "version_child_review" = "version_translation_review"::text::"enum__topics_v_version_child_review" WHERE "version_translation_review" IS NOT NULL;
  ALTER TABLE "topics_locales" DROP COLUMN "translation_review";
  ALTER TABLE "_topics_v_locales" DROP COLUMN "version_translation_review";
  DROP TYPE "public"."enum_topics_translation_review";
  DROP TYPE "public"."enum__topics_v_version_translation_review";
  CREATE TABLE IF NOT EXISTS translation_status (
    collection varchar(40) NOT NULL,
    doc_id integer NOT NULL,
    scope varchar(16) NOT NULL,
    locale varchar(8) NOT NULL,
    title text NOT NULL DEFAULT '',
    focus_area varchar(40),
    has_text boolean NOT NULL,
    text_fingerprint varchar(16) NOT NULL,
    based_on varchar(16),
    review varchar(16),
    source_text jsonb,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (collection, doc_id, scope, locale)
  );
  CREATE INDEX IF NOT EXISTS translation_status_locale_idx ON translation_status (locale);`)
  for (const collection of translatableCollections) {
    const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, draft: true, select: {}, overrideAccess: true, req })
    for (const doc of docs) await syncTranslationStatus(payload, collection, doc.id as number, req)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS translation_status;
   CREATE TYPE "public"."enum_topics_translation_review" AS ENUM('needs-review', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_translation_review" AS ENUM('needs-review', 'approved');
  ALTER TABLE "brochures_locales" ALTER COLUMN "translation_review" SET DEFAULT 'approved';
  ALTER TABLE "_brochures_v_locales" ALTER COLUMN "version_translation_review" SET DEFAULT 'approved';
  ALTER TABLE "topics_locales" ADD COLUMN "translation_review" "enum_topics_translation_review" DEFAULT 'approved';
  ALTER TABLE "_topics_v_locales" ADD COLUMN "version_translation_review" "enum__topics_v_version_translation_review" DEFAULT 'approved';
  ALTER TABLE "topics_locales" DROP COLUMN "adult_review";
  ALTER TABLE "topics_locales" DROP COLUMN "child_review";
  ALTER TABLE "_topics_v_locales" DROP COLUMN "version_adult_review";
  ALTER TABLE "_topics_v_locales" DROP COLUMN "version_child_review";
  ALTER TABLE "support_services_locales" DROP COLUMN "translation_review";
  ALTER TABLE "_support_services_v_locales" DROP COLUMN "version_translation_review";
  ALTER TABLE "users" DROP COLUMN "may_publish";
  DROP TYPE "public"."enum_topics_adult_review";
  DROP TYPE "public"."enum_topics_child_review";
  DROP TYPE "public"."enum__topics_v_version_adult_review";
  DROP TYPE "public"."enum__topics_v_version_child_review";
  DROP TYPE "public"."enum_support_services_translation_review";
  DROP TYPE "public"."enum__support_services_v_version_translation_review";`)
}
