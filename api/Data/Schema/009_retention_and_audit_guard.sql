-- Retention: the daily "retention" job deletes placements that hold no place and audit rows by age; these indexes
-- let it find them without reading the whole table. (Students are found by a scan once a day, without an index on
-- updated_at, which every student update would have to maintain.)
CREATE INDEX placements_no_place_updated ON placements (updated_at) WHERE status NOT IN ('accepted', 'active');
CREATE INDEX student_views_viewed ON student_views (viewed_at);

-- The audit log stays trustworthy: the service's own role can add rows to student_views but never change one, and
-- delete them only in an erasure (DELETE /v1/students/{id}) or in retention. Those transactions say so first with
--     SELECT set_config('matching.audit_erasure', 'on', true)   -- as SET LOCAL: it ends with the transaction
-- (jobs/Privacy/AuditErasure). Any other UPDATE, DELETE or TRUNCATE fails, whatever code or SQL tries it. The table's
-- owner could still drop the trigger: this guards the service's statements, not its schema.
CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('matching.audit_erasure', true) = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'student_views is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit rows go only with an erasure or retention, which set matching.audit_erasure in their transaction.';
END;
$$;

-- Per statement, so that retention's deletes of many rows check once; TRUNCATE has no row triggers anyway.
CREATE TRIGGER student_views_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON student_views
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
