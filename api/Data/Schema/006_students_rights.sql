-- Students' rights. Every time a company key is shown a student (a candidate list, a placement) one row records
-- which key of which company saw which student, for which offer; the student's school reads it. An erasure removes
-- the student's rows here with the student.
CREATE TABLE student_views (
    id          bigserial PRIMARY KEY,
    student_id  uuid NOT NULL,
    offer_id    uuid,
    key_id      text NOT NULL,
    company_kvk text,
    context     text NOT NULL CHECK (context IN ('candidates', 'placement')),
    viewed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX student_views_student ON student_views (student_id, viewed_at, id);

-- An erased student's accepted or active placements stay, without the student: the company's place stays taken and
-- the offer's free places and stored shortfalls stay right. Its other placements are deleted with the student.
ALTER TABLE placements ALTER COLUMN student_id DROP NOT NULL;
ALTER TABLE placements DROP CONSTRAINT placements_student_id_fkey;
ALTER TABLE placements ADD CONSTRAINT placements_student_id_fkey
    FOREIGN KEY (student_id) REFERENCES students (id) ON DELETE SET NULL;
