// The `articles` query: words in an article's title or text (standard analyzer: case-insensitive, whole words).
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.body];
// `stats.sampleData`: whether any article was read from the samples/ folder, as a prefix seek on the file path.
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);
