// Contracts of the search layer: what the index stores and what retrieval returns.

/** A retrievable piece of a document. Never crosses a page boundary unless pageEnd says so. */
export interface Chunk {
  id: string; // stable: `${doc}:${page}:${ordinal}`
  doc: string; // document id from corpus/sources.yml
  title: string; // document title
  page: number; // the document's own page number
  pageEnd?: number; // set only when the chunk spans pages
  section: string; // heading the chunk falls under ('' if none)
  text: string; // cleaned text, verbatim from the page (after cleaning)
  start: number; // character offsets within the cleaned page text
  end: number;
}

export interface Passage extends Chunk {
  score: number; // fused relevance, higher is better
  /** per-method evidence, for calibration and debugging */
  signals?: { vector?: number; lexical?: number; vectorRank?: number; lexicalRank?: number };
}

export interface Retriever {
  /** `language`: the question's, as read once by analyseQuestion (else detected from the query) */
  retrieve(query: string, opts?: { k?: number; language?: 'nl' | 'en' }): Promise<Passage[]>;
}
