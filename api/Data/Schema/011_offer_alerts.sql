-- Alerts for new offers (api/Alerts, jobs/Alerts). A school subscribes for its seeking students; when an offer opens or
-- gets a free place again, the node that holds the alert cursor finds the subscribed students for whom it is eligible
-- and in their top ten, and stores one row per student and offer. A batch job gathers a school's pending rows at most
-- once per Alerts:BatchMinutes into one batch, delivered as report_deliveries rows of kind 'offer-alerts'.

-- One subscription per school: a school's alerts go out as one batch, and a student is alerted once per offer.
CREATE TABLE alert_subscriptions (
    id             uuid PRIMARY KEY,
    school_brin    text NOT NULL UNIQUE REFERENCES schools (brin),
    crebos         integer[] NOT NULL DEFAULT '{}',
    learning_path  text CHECK (learning_path IN ('BOL', 'BBL')),
    regions        text[] NOT NULL DEFAULT '{}',
    webhook_url    text,
    webhook_secret text,
    email          text,
    -- When the last batch was made, and when the next is due (set while alerts wait for it).
    last_batch_at  timestamptz,
    next_batch_at  timestamptz,
    version        integer NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT alert_subscriptions_one_channel CHECK (webhook_url IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT alert_subscriptions_signed_webhook CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);

-- How far the change sequence has been searched for alerts, cluster-wide. A node takes the row FOR UPDATE SKIP LOCKED,
-- stores the alerts of the changes it read and moves the cursor in the same transaction: each change is processed
-- once, and a node that dies mid-way rolls back, leaving the same changes to the next node.
CREATE TABLE offer_alert_cursor (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_seq bigint NOT NULL
);
INSERT INTO offer_alert_cursor (last_seq) SELECT coalesce(max(seq), 0) FROM changes;

-- Whether an offer was open with a free place when its changes were last processed: an alert goes out on the change
-- from not to so (opened, or a free place again), not on every edit of an open offer.
CREATE TABLE offer_alert_states (
    offer_id  uuid PRIMARY KEY REFERENCES offers (id) ON DELETE CASCADE,
    alertable boolean NOT NULL
);
INSERT INTO offer_alert_states (offer_id, alertable)
SELECT o.id, o.status = 'open' AND o.places > (
    SELECT count(*) FROM placements p WHERE p.offer_id = o.id AND p.status IN ('accepted', 'active')
        AND p.start_date <= o.end_date AND p.end_date >= o.start_date)
FROM offers o;

CREATE TABLE alert_batches (
    id              uuid PRIMARY KEY,
    subscription_id uuid NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL
);
CREATE INDEX alert_batches_subscription ON alert_batches (subscription_id, created_at);

-- One row per student and offer, ever (the primary key): a student is never alerted twice for one offer. Pending while
-- batch_id is null. Erasing the student or deleting the subscription takes its rows along.
CREATE TABLE offer_alerts (
    student_id      uuid NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    offer_id        uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    subscription_id uuid NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
    rank            smallint NOT NULL CHECK (rank BETWEEN 1 AND 10),
    score           real NOT NULL,
    distance_km     double precision NOT NULL,
    detected_at     timestamptz NOT NULL,
    batch_id        uuid REFERENCES alert_batches (id) ON DELETE SET NULL,
    PRIMARY KEY (student_id, offer_id)
);
CREATE INDEX offer_alerts_pending ON offer_alerts (subscription_id) WHERE batch_id IS NULL;
CREATE INDEX offer_alerts_batch ON offer_alerts (batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX offer_alerts_subscription ON offer_alerts (subscription_id, detected_at DESC, student_id, offer_id);
CREATE INDEX offer_alerts_offer ON offer_alerts (offer_id);

-- A batch is delivered by the same rows, claims, leases and retries as a weekly report: report_deliveries gets a kind.
ALTER TABLE report_deliveries
    ADD COLUMN kind text NOT NULL DEFAULT 'report' CHECK (kind IN ('report', 'offer-alerts')),
    ADD COLUMN alert_batch_id uuid REFERENCES alert_batches (id) ON DELETE CASCADE,
    ALTER COLUMN subscription_id DROP NOT NULL,
    ALTER COLUMN iso_week DROP NOT NULL;
ALTER TABLE report_deliveries ADD CONSTRAINT report_deliveries_kind_target CHECK (
    CASE kind WHEN 'report' THEN subscription_id IS NOT NULL AND iso_week IS NOT NULL AND alert_batch_id IS NULL
              ELSE alert_batch_id IS NOT NULL AND subscription_id IS NULL AND iso_week IS NULL END);
CREATE UNIQUE INDEX report_deliveries_alert_batch_channel ON report_deliveries (alert_batch_id, channel) WHERE alert_batch_id IS NOT NULL;
