-- The ASP.NET Core Data Protection key ring, one for all nodes: the jobs dashboard's session cookies and antiforgery
-- tokens are encrypted with these keys, so a browser signed in on one node is signed in on every node.
CREATE TABLE data_protection_keys (
    name       text PRIMARY KEY,
    xml        text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
