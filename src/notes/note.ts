import type { FrontMatter } from './front-matter.ts';

// The shape of a parsed knowledge note. See knowledge/README.md for the file format.

export interface Section {
  /** `noteId#anchor`, or the note id for the lead. */
  id: string;
  noteId: string;
  /** Heading text; empty for the lead (text before the first heading). */
  heading: string;
  /** Stable anchor made from the heading; empty for the lead. */
  anchor: string;
  /** The section's markdown, wiki links still in `[[...]]` form. */
  markdown: string;
  /** Plain text for indexing. */
  text: string;
  /** AlmaLinux majors this section applies to (the heading's, else the note's). */
  versions: number[];
  /** True when the heading itself names versions. */
  versionSpecific: boolean;
  /** Ids of notes this section links with `[[...]]`. */
  links: string[];
  /** https URLs linked from the section's markdown. */
  urls: string[];
}

export interface Note extends FrontMatter {
  id: string;
  /** Path relative to the project, for messages. */
  file: string;
  sections: Section[];
}

export interface Knowledge {
  notes: Note[];
  byId: Map<string, Note>;
  /** Lowercased id, title and alias → note id. */
  names: Map<string, string>;
}

/** A problem found in the knowledge folder, always tied to a file. */
export interface Problem {
  file: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.message}`;
}
