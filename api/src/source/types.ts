/** A problem a stage skipped or doubted; problems are data, never exceptions (CONVENTIONS §3). */
export interface Issue {
  kind: string;
  message: string;
  span: { start: number; end: number } | null;
}

/** The formats the source stage reads. */
export type ArticleFormat = 'seed' | 'json' | 'jsonl' | 'html' | 'rss';

/** The formats the source stage reads, for option validation; kept here so the CLI can list them without loading the readers. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['seed', 'json', 'jsonl', 'html', 'rss'];

/** One article as the source stage hands it to extraction. `body` is the annotated text; offsets point into it. */
export interface Article {
  id: string;
  title: string | null;
  summary: string | null;
  url: string | null;
  /** `YYYY-MM-DD` or null: a missing date stays null, never today's date. */
  publishedAt: string | null;
  source: string | null;
  body: string;
  /** Where the article came from, for error messages: file path and line (1-based) when known. */
  origin: { file: string | null; line: number | null };
  /** Problems the source stage found with this article (markup stripped, unreadable date); extraction carries them into its result. */
  issues?: Issue[];
}

/** What the source stage returns for one input: the articles it could read, and the problems that belong to no article (a malformed JSONL line, an empty feed). */
export interface SourceResult {
  articles: Article[];
  issues: Array<Issue & { origin: { file: string | null; line: number | null } }>;
}
