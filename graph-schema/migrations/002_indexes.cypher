// Name search over every entity: its canonical name and its accumulated aliases.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Organization|Treaty) ON EACH [n.name, n.aliases];
// Timelines and date filters.
CREATE INDEX statement_said_at IF NOT EXISTS FOR (n:Statement) ON (n.saidAt);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX statement_category IF NOT EXISTS FOR (n:Statement) ON (n.categoryCode);
