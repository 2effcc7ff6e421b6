/** A person node already known (in the graph or earlier in the batch) that a new person may resolve to. */
export interface KnownPerson {
  id: string;
  name: string;
}

/** One resolution rule: given a person an article names and the known persons sharing its surname, the id it resolves to, or null to pass. */
export interface PersonRule {
  name: string;
  resolve(person: KnownPerson, candidates: readonly KnownPerson[]): string | null;
}

/** A person id an extraction used that now points at another node, and the rule that decided it. */
export interface PersonMerge {
  articleId: string;
  fromId: string;
  toId: string;
  rule: string;
}
