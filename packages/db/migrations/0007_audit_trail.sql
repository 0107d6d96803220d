-- Ids follow the chain: the trigger below assigns each entry's id under its lock, not an identity default
-- evaluated before it.
ALTER TABLE "audit_log" ALTER COLUMN "id" DROP IDENTITY;--> statement-breakpoint
CREATE SEQUENCE "audit_log_id_seq" AS bigint OWNED BY "audit_log"."id";--> statement-breakpoint
SELECT setval('audit_log_id_seq', coalesce(max("id"), 0) + 1, false) FROM "audit_log";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "operation" text DEFAULT 'change' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "operation" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "client_address" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "session" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor","id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_operation_known" CHECK ("audit_log"."operation" in ('read', 'create', 'change', 'delete', 'export', 'refused'));--> statement-breakpoint
-- One field of an entry's canonical content: its length in UTF-8 bytes, a colon and the text, or `-` for null,
-- so no two entries' fields run together into the same text. `npm run audit:verify` rebuilds it the same way
-- (packages/db/src/auditChain/content.ts).
CREATE FUNCTION "audit_log_field"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;--> statement-breakpoint
-- An entry's hash: SHA-256 over the previous entry's hash and every field of the entry, the instant in UTC
-- to the microsecond.
CREATE FUNCTION "audit_log_entry_hash"(previous text, entry "audit_log") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    audit_log_field(previous)
    || audit_log_field(entry.id::text)
    || audit_log_field(to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    || audit_log_field(entry.actor)
    || audit_log_field(entry.on_behalf_of)
    || audit_log_field(entry.operation)
    || audit_log_field(entry.action)
    || audit_log_field(entry.record_type)
    || audit_log_field(entry.record_id)
    || audit_log_field(entry.details::text)
    || audit_log_field(entry.client_address)
    || audit_log_field(entry.session)
    || audit_log_field(entry.user_agent),
    'UTF8')), 'hex')
$$;--> statement-breakpoint
-- Every API and worker process appends, so entries are chained one at a time: under a transaction-wide advisory
-- lock (held to commit), the entry gets the next id and the hash of the entry before it. Whatever an insert
-- sends for id, prev_hash or hash is replaced.
CREATE FUNCTION "audit_log_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous text;
BEGIN
  -- A snapshot older than the lock would miss the entry committed just before: only read committed sees it.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit entries are appended in read committed transactions only, not %',
      current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(7305002);
  NEW.id := nextval('audit_log_id_seq');
  SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := previous;
  NEW.hash := audit_log_entry_hash(previous, NEW);
  RETURN NEW;
END;
$$;--> statement-breakpoint
-- The entries so far: their NEN 7513 operation as far as the action tells it, then chained in id order.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
UPDATE "audit_log" SET "operation" = "action" WHERE "action" IN ('read', 'refused');--> statement-breakpoint
DO $$
DECLARE
  entry audit_log;
  previous text;
BEGIN
  FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
    UPDATE audit_log SET prev_hash = previous, hash = audit_log_entry_hash(previous, entry)
      WHERE id = entry.id RETURNING hash INTO previous;
  END LOOP;
END;
$$;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
CREATE TRIGGER "audit_log_chain" BEFORE INSERT ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();--> statement-breakpoint
-- The role the API and the worker connect as (DATABASE_URL), as a group its login roles are granted: it reads and
-- writes the record, but the audit log it may only read and append to. Owning nothing, it cannot switch the
-- triggers off. Made here when the migrating role may create roles; else an operator makes it first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'leercyclus_runtime') THEN
    CREATE ROLE leercyclus_runtime NOLOGIN;
  END IF;
EXCEPTION
  -- Made at the same moment by the migration of another database on the same server.
  WHEN duplicate_object OR unique_violation THEN NULL;
  WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'the role leercyclus_runtime does not exist and % may not create it', current_user
      USING HINT = 'Create it once as a superuser: CREATE ROLE leercyclus_runtime NOLOGIN (docs/data-protection.md).';
END;
$$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO leercyclus_runtime;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO leercyclus_runtime;--> statement-breakpoint
REVOKE UPDATE, DELETE ON "audit_log" FROM leercyclus_runtime;--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO leercyclus_runtime;--> statement-breakpoint
-- Tables and sequences later migrations make (as this same owner) are the runtime's to use as well.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO leercyclus_runtime;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO leercyclus_runtime;
