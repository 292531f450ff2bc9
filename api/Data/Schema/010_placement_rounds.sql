-- Placement rounds (api/Rounds): a coordinator clears a region's market for a start period by deferred acceptance.
-- Rankings and assignments name students by id and go with them: an erasure or retention deletes the student's rows
-- here (ON DELETE CASCADE), so a round never keeps a student the service no longer has.
CREATE TABLE placement_rounds (
    id                   uuid PRIMARY KEY,
    name                 text NOT NULL,
    regions              text[] NOT NULL,
    sectors              text[] NOT NULL DEFAULT '{}',
    start_from           date NOT NULL,
    start_until          date NOT NULL CHECK (start_until >= start_from),
    preferences_deadline timestamptz NOT NULL,
    fill_remaining       boolean NOT NULL DEFAULT false,
    status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'proposed', 'confirmed', 'discarded')),
    created_by           uuid NOT NULL,
    summary              jsonb,
    computed_at          timestamptz,
    confirmed_at         timestamptz,
    version              integer NOT NULL DEFAULT 1,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX placement_rounds_computed ON placement_rounds (computed_at) WHERE computed_at IS NOT NULL;

-- A school's explicit order of offers for one of its students; the engine's order follows for the offers not named.
CREATE TABLE round_student_rankings (
    round_id    uuid NOT NULL REFERENCES placement_rounds ON DELETE CASCADE,
    student_id  uuid NOT NULL REFERENCES students ON DELETE CASCADE,
    offer_ids   uuid[] NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, student_id)
);
CREATE INDEX round_student_rankings_student ON round_student_rankings (student_id);

-- A company's explicit order of candidates (pseudonyms for that offer) for one of its offers.
CREATE TABLE round_offer_rankings (
    round_id        uuid NOT NULL REFERENCES placement_rounds ON DELETE CASCADE,
    offer_id        uuid NOT NULL REFERENCES offers ON DELETE CASCADE,
    candidate_refs  text[] NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, offer_id)
);

-- The proposal of the last run: one row per student in scope, with the offer or the reason there is none, and after
-- confirmation the placement it became (or why it did not).
CREATE TABLE round_assignments (
    round_id      uuid NOT NULL REFERENCES placement_rounds ON DELETE CASCADE,
    student_id    uuid NOT NULL REFERENCES students ON DELETE CASCADE,
    offer_id      uuid REFERENCES offers ON DELETE CASCADE,
    choice        integer,
    offer_rank    integer,
    reason        text,
    eligible      integer NOT NULL,
    placement_id  uuid REFERENCES placements ON DELETE SET NULL,
    outcome       text,
    PRIMARY KEY (round_id, student_id)
);
CREATE INDEX round_assignments_student ON round_assignments (student_id);
CREATE INDEX round_assignments_offer ON round_assignments (round_id, offer_id) WHERE offer_id IS NOT NULL;

-- The offers of the last run with their free places then; the students proposed for each are its assignments.
CREATE TABLE round_offers (
    round_id  uuid NOT NULL REFERENCES placement_rounds ON DELETE CASCADE,
    offer_id  uuid NOT NULL REFERENCES offers ON DELETE CASCADE,
    places    integer NOT NULL,
    PRIMARY KEY (round_id, offer_id)
);

-- A company reading a round's proposal for its offers is shown the proposed students (as pseudonyms): the audit log
-- records it as it records a candidate list.
ALTER TABLE student_views DROP CONSTRAINT student_views_context_check;
ALTER TABLE student_views ADD CONSTRAINT student_views_context_check CHECK (context IN ('candidates', 'placement', 'round'));
