-- Idempotency-Key: the first response to a creating POST, kept per API key for a day so that a retry with the same
-- key gets that response again instead of creating a second resource. 'pending' marks a request being executed
-- (a concurrent one with the same key gets 409); a pending row older than its lease belongs to a node that died and
-- may be taken over. The response body is encrypted with a key derived from the caller's own API key, so this table
-- holds no readable student text or issued API key; the fingerprint is an HMAC of the request under the same key.
CREATE TABLE idempotency_requests (
    scope            text NOT NULL,
    idempotency_key  text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    fingerprint      bytea NOT NULL,
    status           text NOT NULL CHECK (status IN ('pending', 'completed')),
    response_status  integer,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_requests_expiry ON idempotency_requests (expires_at);
