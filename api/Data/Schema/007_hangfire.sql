-- Scheduling moves from Quartz.NET to Hangfire, whose tables live in their own schema ("hangfire", installed by the
-- service under the migration lock). Quartz's tables go, and so does job_runs: Hangfire keeps every run's history.
DROP TABLE IF EXISTS qrtz_fired_triggers, qrtz_paused_trigger_grps, qrtz_scheduler_state, qrtz_locks,
    qrtz_simple_triggers, qrtz_simprop_triggers, qrtz_cron_triggers, qrtz_blob_triggers, qrtz_triggers,
    qrtz_job_details, qrtz_calendars CASCADE;
DROP TABLE IF EXISTS job_runs;

-- Each delivery is made by its own Hangfire job; job_id is that job, so that a rerun of the week (or the on-demand
-- "delivery" job) queues only the deliveries that have no live job. report_deliveries stays the record that makes
-- each report go out once: an attempt claims the row (status 'sending', next_attempt_at the end of its lease).
ALTER TABLE report_deliveries ADD COLUMN job_id text;
DROP INDEX IF EXISTS report_deliveries_due;
CREATE INDEX report_deliveries_open ON report_deliveries (iso_week) WHERE status IN ('pending', 'sending');
