-- Nodes keep the API keys they have checked in memory, so that a request needs no database read to authenticate. A
-- revocation must reach every node's memory: API keys now join the change sequence like the indexed tables (in commit
-- order, under the same advisory lock), and each node forgets its cached keys when it applies such a change.
CREATE TRIGGER api_keys_serialize BEFORE INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH STATEMENT EXECUTE FUNCTION serialize_change_writers();
CREATE TRIGGER api_keys_changes AFTER INSERT OR UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION record_change('api_key');
