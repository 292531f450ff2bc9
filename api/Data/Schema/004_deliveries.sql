-- Report delivery as a queue in report_deliveries. The unique (subscription_id, iso_week, channel) row is the
-- claim that makes a week's report go out once per channel: the shortfall job inserts it as 'pending' (ON CONFLICT
-- DO NOTHING), a sender moves it to 'sending' (one node, by FOR UPDATE SKIP LOCKED) and then to 'delivered', back
-- to 'pending' for a retry, or to 'failed'.
--
-- next_attempt_at is when a sender may take the row next: for 'pending' the retry time, for 'sending' the end of the
-- sender's lease. A node that dies mid-send leaves its row 'sending'; when the lease runs out another node takes it.
-- It is null once the row is delivered or failed.
ALTER TABLE report_deliveries
    ADD COLUMN next_attempt_at timestamptz DEFAULT now(),
    ADD COLUMN delivered_at    timestamptz,
    ADD COLUMN created_at      timestamptz NOT NULL DEFAULT now();

ALTER TABLE report_deliveries DROP CONSTRAINT report_deliveries_status_check;
ALTER TABLE report_deliveries ADD CONSTRAINT report_deliveries_status_check
    CHECK (status IN ('pending', 'sending', 'delivered', 'failed'));

CREATE INDEX report_deliveries_due ON report_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');

-- A subscription delivers somewhere, and a webhook is always signed.
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_one_channel CHECK (webhook_url IS NOT NULL OR email IS NOT NULL);
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_signed_webhook CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL));
CREATE INDEX subscriptions_key_created ON subscriptions (api_key_id, created_at, id);
