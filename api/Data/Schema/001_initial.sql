-- The whole domain model of DESIGN.md. Reference tables are filled by ReferenceDataLoader.

CREATE TABLE sectors (
    code     text PRIMARY KEY,
    sbb_code text NOT NULL UNIQUE,
    name     text NOT NULL
);

CREATE TABLE labour_market_regions (
    code text PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE municipalities (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
    name        text NOT NULL,
    province    text NOT NULL,
    region_code text NOT NULL REFERENCES labour_market_regions (code)
);
CREATE INDEX municipalities_region ON municipalities (region_code);

CREATE TABLE postcodes (
    code              integer PRIMARY KEY CHECK (code BETWEEN 1000 AND 9999),
    place             text NOT NULL,
    municipality_code text NOT NULL REFERENCES municipalities (code),
    latitude          double precision NOT NULL,
    longitude         double precision NOT NULL
);
CREATE INDEX postcodes_municipality ON postcodes (municipality_code);

CREATE TABLE qualifications (
    crebo          integer PRIMARY KEY,
    name           text NOT NULL,
    level          smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    learning_paths text[] NOT NULL,
    sector_code    text NOT NULL REFERENCES sectors (code),
    dossier        text NOT NULL,
    current        boolean NOT NULL
);

-- A fingerprint of the shipped reference files, so that loading them again is a no-op.
CREATE TABLE reference_data_version (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    fingerprint text NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE schools (
    brin       text PRIMARY KEY CHECK (brin ~ '^[0-9]{2}[A-Z]{2}$'),
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE students (
    id                uuid PRIMARY KEY,
    school_brin       text NOT NULL REFERENCES schools (brin),
    external_ref      text NOT NULL,
    crebo             integer NOT NULL REFERENCES qualifications (crebo),
    level             smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    learning_path     text NOT NULL CHECK (learning_path IN ('BOL', 'BBL')),
    pc4               integer NOT NULL REFERENCES postcodes (code),
    max_distance_km   integer NOT NULL CHECK (max_distance_km BETWEEN 1 AND 300),
    available_from    date NOT NULL,
    available_until   date,
    hours_per_week    integer NOT NULL CHECK (hours_per_week BETWEEN 1 AND 60),
    preferred_sectors text[] NOT NULL DEFAULT '{}',
    free_text         text NOT NULL DEFAULT '',
    languages         text[] NOT NULL DEFAULT '{}',
    status            text NOT NULL CHECK (status IN ('seeking', 'placed', 'inactive')),
    version           integer NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (school_brin, external_ref),
    CHECK (available_until IS NULL OR available_until >= available_from)
);
CREATE INDEX students_school_created ON students (school_brin, created_at, id);
CREATE INDEX students_status_crebo ON students (status, crebo);

CREATE TABLE companies (
    id            uuid PRIMARY KEY,
    kvk           text NOT NULL UNIQUE CHECK (kvk ~ '^[0-9]{8}$'),
    name          text NOT NULL,
    sector_code   text NOT NULL REFERENCES sectors (code),
    pc4           integer NOT NULL REFERENCES postcodes (code),
    contact_email text,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accreditations (
    id            uuid PRIMARY KEY,
    company_id    uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    crebo         integer NOT NULL REFERENCES qualifications (crebo),
    learning_path text NOT NULL CHECK (learning_path IN ('BOL', 'BBL')),
    valid_from    date NOT NULL,
    valid_until   date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (company_id, crebo, learning_path, valid_from),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX accreditations_crebo ON accreditations (crebo, learning_path);

CREATE TABLE offers (
    id                       uuid PRIMARY KEY,
    company_id               uuid NOT NULL REFERENCES companies (id),
    title                    text NOT NULL,
    description              text NOT NULL,
    requirements             text NOT NULL DEFAULT '',
    crebos                   integer[] NOT NULL CHECK (cardinality(crebos) >= 1),
    level_min                smallint NOT NULL CHECK (level_min BETWEEN 1 AND 4),
    level_max                smallint NOT NULL CHECK (level_max BETWEEN 1 AND 4),
    learning_path            text NOT NULL CHECK (learning_path IN ('BOL', 'BBL')),
    pc4                      integer NOT NULL REFERENCES postcodes (code),
    start_date               date NOT NULL,
    end_date                 date NOT NULL,
    places                   integer NOT NULL CHECK (places >= 1),
    hours_per_week           integer NOT NULL CHECK (hours_per_week BETWEEN 1 AND 60),
    monthly_allowance_euros  integer CHECK (monthly_allowance_euros >= 0),
    languages                text[] NOT NULL DEFAULT '{}',
    status                   text NOT NULL CHECK (status IN ('open', 'closed')),
    version                  integer NOT NULL DEFAULT 1,
    published_at             timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (level_max >= level_min),
    CHECK (end_date >= start_date)
);
CREATE INDEX offers_company_published ON offers (company_id, published_at, id);
CREATE INDEX offers_status_start ON offers (status, start_date);
CREATE INDEX offers_crebos ON offers USING gin (crebos);

CREATE TABLE placements (
    id          uuid PRIMARY KEY,
    student_id  uuid NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    offer_id    uuid NOT NULL REFERENCES offers (id),
    start_date  date NOT NULL,
    end_date    date NOT NULL,
    status      text NOT NULL CHECK (status IN ('proposed', 'accepted', 'active', 'ended', 'declined', 'cancelled')),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date)
);
CREATE INDEX placements_offer ON placements (offer_id, status);
CREATE INDEX placements_student ON placements (student_id);
-- One live proposal or placement per student and offer.
CREATE UNIQUE INDEX placements_one_live_per_student_offer ON placements (student_id, offer_id)
    WHERE status IN ('proposed', 'accepted', 'active');

CREATE TABLE api_keys (
    id          uuid PRIMARY KEY,
    key_id      text NOT NULL UNIQUE,
    secret_hash bytea NOT NULL,
    name        text NOT NULL,
    role        text NOT NULL CHECK (role IN ('admin', 'school', 'company', 'coordinator')),
    brin        text REFERENCES schools (brin),
    kvk         text CHECK (kvk ~ '^[0-9]{8}$'),
    regions     text[] NOT NULL DEFAULT '{}',
    sectors     text[] NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CHECK (role <> 'school' OR brin IS NOT NULL),
    CHECK (role <> 'company' OR kvk IS NOT NULL)
);

CREATE TABLE subscriptions (
    id             uuid PRIMARY KEY,
    api_key_id     uuid NOT NULL REFERENCES api_keys (id),
    regions        text[] NOT NULL DEFAULT '{}',
    sectors        text[] NOT NULL DEFAULT '{}',
    webhook_url    text,
    webhook_secret text,
    email          text,
    version        integer NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE shortfall_snapshots (
    iso_week     text NOT NULL,
    sector_code  text NOT NULL REFERENCES sectors (code),
    region_code  text NOT NULL REFERENCES labour_market_regions (code),
    start_month  date NOT NULL,
    demand       integer NOT NULL,
    supply       integer NOT NULL,
    shortfall    integer NOT NULL,
    flagged      boolean NOT NULL,
    by_crebo     jsonb NOT NULL DEFAULT '[]',
    computed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (iso_week, sector_code, region_code, start_month)
);

CREATE TABLE report_deliveries (
    id              uuid PRIMARY KEY,
    subscription_id uuid NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    iso_week        text NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('webhook', 'email')),
    attempts        integer NOT NULL DEFAULT 0,
    status          text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    last_error      text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (subscription_id, iso_week, channel)
);

-- The transactional outbox: every write to the indexed entities appends a row in the same
-- transaction (by trigger, so no code path can forget it); every node's index follows it.
CREATE TABLE changes (
    seq        bigserial PRIMARY KEY,
    entity     text NOT NULL,
    entity_id  uuid NOT NULL,
    operation  text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO changes (entity, entity_id, operation) VALUES (TG_ARGV[0], OLD.id, 'delete');
    ELSE
        INSERT INTO changes (entity, entity_id, operation) VALUES (TG_ARGV[0], NEW.id, lower(TG_OP));
    END IF;
    PERFORM pg_notify('matching_changes', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER students_changes AFTER INSERT OR UPDATE OR DELETE ON students
    FOR EACH ROW EXECUTE FUNCTION record_change('student');
CREATE TRIGGER companies_changes AFTER INSERT OR UPDATE OR DELETE ON companies
    FOR EACH ROW EXECUTE FUNCTION record_change('company');
CREATE TRIGGER accreditations_changes AFTER INSERT OR UPDATE OR DELETE ON accreditations
    FOR EACH ROW EXECUTE FUNCTION record_change('accreditation');
CREATE TRIGGER offers_changes AFTER INSERT OR UPDATE OR DELETE ON offers
    FOR EACH ROW EXECUTE FUNCTION record_change('offer');
CREATE TRIGGER placements_changes AFTER INSERT OR UPDATE OR DELETE ON placements
    FOR EACH ROW EXECUTE FUNCTION record_change('placement');
