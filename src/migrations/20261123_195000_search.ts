import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search index: one row per published document, language and variant, with a tsvector built
 * by the language's text-search configuration over accent-folded text (see src/search/).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE TABLE IF NOT EXISTS search_documents (
      collection varchar(40) NOT NULL,
      doc_id integer NOT NULL,
      locale varchar(8) NOT NULL,
      variant varchar(16) NOT NULL,
      lang varchar(8) NOT NULL,
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      slug text NOT NULL DEFAULT '',
      tsv tsvector NOT NULL,
      PRIMARY KEY (collection, doc_id, locale, variant)
    );
    CREATE INDEX IF NOT EXISTS search_documents_tsv_idx ON search_documents USING gin (tsv);
    CREATE INDEX IF NOT EXISTS search_documents_locale_idx ON search_documents (locale);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_documents;`)
}
