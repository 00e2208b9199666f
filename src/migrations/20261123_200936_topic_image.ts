import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics" ADD COLUMN "image_id" integer;
  ALTER TABLE "_topics_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "topics_image_idx" ON "topics" USING btree ("image_id");
  CREATE INDEX "_topics_v_version_version_image_idx" ON "_topics_v" USING btree ("version_image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics" DROP CONSTRAINT "topics_image_id_media_id_fk";
  
  ALTER TABLE "_topics_v" DROP CONSTRAINT "_topics_v_version_image_id_media_id_fk";
  
  DROP INDEX "topics_image_idx";
  DROP INDEX "_topics_v_version_version_image_idx";
  ALTER TABLE "topics" DROP COLUMN "image_id";
  ALTER TABLE "_topics_v" DROP COLUMN "version_image_id";`)
}
