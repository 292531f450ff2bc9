-- What each scheduled job did, for GET /v1/jobs: Quartz keeps triggers and next fire times, not history.
CREATE TABLE job_runs (
    id           bigserial PRIMARY KEY,
    job_name     text NOT NULL,
    fire_id      text NOT NULL,
    node         text NOT NULL,
    scheduled_at timestamptz,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    outcome      text CHECK (outcome IN ('succeeded', 'failed')),
    error        text
);
CREATE INDEX job_runs_job_started ON job_runs (job_name, started_at DESC);
CREATE UNIQUE INDEX job_runs_fire ON job_runs (fire_id);
