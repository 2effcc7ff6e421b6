// The graph's version token: one (:__GraphVersion {name: 'graph', token, changedAt}) node, given a new random token by every
// write transaction (api/src/db/executor.ts). API response caches key on the token, so any write, from any process,
// invalidates them. The constraint keeps concurrent first writes from creating two such nodes.
CREATE CONSTRAINT graph_version_name IF NOT EXISTS FOR (v:__GraphVersion) REQUIRE v.name IS UNIQUE
