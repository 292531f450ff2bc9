-- Followers read the change sequence in order and remember the last number they applied. A bigserial
-- alone does not make that safe: a transaction that took number 10 may commit after one that took 11,
-- and a follower that already moved past 11 would never see 10. Every writer of an indexed table now
-- takes one transaction-level advisory lock before its first row changes (a BEFORE statement trigger,
-- so before any row lock of the statement) and holds it to commit: numbers follow commit order.
-- Writers of these tables queue for one another; they are short, and reads never take the lock.

ALTER TABLE changes ADD COLUMN related_id uuid;

CREATE FUNCTION serialize_change_writers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7340119002);
    RETURN NULL;
END;
$$;

-- The related id lets a follower find what a change touches even after a delete: the company of an
-- accreditation or offer, the offer of a placement.
CREATE OR REPLACE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data record;
    related uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_data := OLD;
    ELSE
        row_data := NEW;
    END IF;
    -- Through jsonb, because PL/pgSQL checks a record's field names even in branches it does not take.
    related := (to_jsonb(row_data) ->> CASE TG_ARGV[0]
        WHEN 'accreditation' THEN 'company_id'
        WHEN 'offer' THEN 'company_id'
        WHEN 'placement' THEN 'offer_id'
    END)::uuid;
    INSERT INTO changes (entity, entity_id, operation, related_id)
    VALUES (TG_ARGV[0], row_data.id, lower(TG_OP), related);
    PERFORM pg_notify('matching_changes', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER students_serialize BEFORE INSERT OR UPDATE OR DELETE ON students
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_change_writers();
CREATE TRIGGER companies_serialize BEFORE INSERT OR UPDATE OR DELETE ON companies
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_change_writers();
CREATE TRIGGER accreditations_serialize BEFORE INSERT OR UPDATE OR DELETE ON accreditations
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_change_writers();
CREATE TRIGGER offers_serialize BEFORE INSERT OR UPDATE OR DELETE ON offers
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_change_writers();
CREATE TRIGGER placements_serialize BEFORE INSERT OR UPDATE OR DELETE ON placements
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_change_writers();
