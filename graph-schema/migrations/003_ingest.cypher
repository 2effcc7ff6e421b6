// Cross-article person resolution looks up known persons by folded surname (api/src/resolve).
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname);
// Audit entries of manual merges and renames (diplograph entities merge|rename|undo-merge).
CREATE CONSTRAINT entity_audit_id IF NOT EXISTS FOR (n:EntityAudit) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_audit_at IF NOT EXISTS FOR (n:EntityAudit) ON (n.at);
// A manual merge leaves a redirect from the merged id to the kept one, so a later ingest of the old id lands on the kept node.
CREATE CONSTRAINT entity_redirect_id IF NOT EXISTS FOR (n:EntityRedirect) REQUIRE n.id IS UNIQUE;
