// Contracts of the corpus layer.

/** One entry of corpus/sources.yml. */
export interface SourceDoc {
  id: string;
  title: string;
  publisher: string;
  date: string; // ISO date (YYYY-MM-DD or YYYY-MM)
  language: 'nl' | 'en';
  kind: 'advisory' | 'report' | 'letter' | 'paper' | 'recommendation' | 'dataset' | 'web';
  url: string; // '' when not confirmed
  licence: string;
  file?: string; // relative to corpus/; absent for documents not (yet) shipped
  /** the document's first page number in the file (default 1) */
  firstPage?: number;
}

/** One page of a loaded document, text as extracted (before cleaning). */
export interface RawPage {
  page: number; // the document's own page number
  text: string;
}
