import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "support_services" ADD COLUMN "open_on_holidays" boolean;
  ALTER TABLE "_support_services_v" ADD COLUMN "version_open_on_holidays" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "support_services" DROP COLUMN "open_on_holidays";
  ALTER TABLE "_support_services_v" DROP COLUMN "version_open_on_holidays";`)
}
