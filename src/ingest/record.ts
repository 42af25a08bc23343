// Turning a loosely-read paper into a PaperRecord, or into problems: the checks every format shares.
import type { PaperRecord } from '../domain/types.js';
import { PapergraphError } from '../domain/errors.js';
import type { ReadItem } from './types.js';
import { cleanText, hashId, MAX_ABSTRACT_CHARS, normaliseSpace } from './text.js';

export interface RawPaper {
  id?: string | null;
  title?: string | null;
  abstract?: string | null;
  date?: string | null;
  authors?: string[];
  url?: string | null;
}

export interface Where {
  file: string;
  line: number;
  format: string;
}

export function recordProblem(where: Where, message: string, hint: string, recordId?: string): ReadItem {
  return {
    problem: new PapergraphError('E_INPUT_RECORD', message, {
      where: { file: where.file, line: where.line, ...(recordId ? { recordId } : {}) },
      hint,
    }),
  };
}

/** More than this share of control characters means garbage, not a stray byte: skip rather than clean. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Validate and clean. Policy per case:
 * - no abstract, or an oversized one (> MAX_ABSTRACT_CHARS): problem, record skipped;
 * - control characters: a few are replaced by spaces (record kept with a warning), many mean a garbled
 *   record (problem, skipped);
 * - mojibake ("Ã©"): repaired where it decodes cleanly (record kept with a warning, so the source gets fixed).
 */
export function finishRecord(raw: RawPaper, where: Where): ReadItem {
  const givenId = raw.id ? normaliseSpace(raw.id) : '';
  const rawAbstract = raw.abstract ?? '';
  if (rawAbstract.length > MAX_ABSTRACT_CHARS) {
    return recordProblem(
      where,
      `abstract is ${rawAbstract.length.toLocaleString('en')} characters, over the ${MAX_ABSTRACT_CHARS.toLocaleString('en')} limit; record skipped`,
      'this is usually a whole paper or several records run together; split or shorten it',
      givenId || undefined,
    );
  }
  const abs = cleanText(rawAbstract);
  const title = raw.title ? cleanText(raw.title) : null;
  if (!abs.text) {
    return recordProblem(
      where,
      'record has no abstract; record skipped',
      'give each record an abstract (field or column "abstract" or "summary"), or remove it',
      givenId || undefined,
    );
  }
  const id = givenId || hashId(title?.text || null, abs.text);
  const controls = abs.controls + (title?.controls ?? 0);
  if (controls > 0 && controls / (rawAbstract.length + (raw.title?.length ?? 0)) > MAX_CONTROL_SHARE) {
    return recordProblem(
      where,
      `record has ${controls} control characters: it looks garbled or binary; record skipped`,
      'check the encoding of this record in the source file (it should be UTF-8 text)',
      id,
    );
  }
  const fixes: string[] = [];
  if (controls > 0) fixes.push(`${controls} control character${controls > 1 ? 's' : ''} replaced by spaces`);
  const moji = abs.mojibake + (title?.mojibake ?? 0);
  if (moji > 0) fixes.push(`${moji} mis-decoded character${moji > 1 ? 's' : ''} (like "Ã©") repaired`);
  const record: PaperRecord = {
    id,
    title: title?.text || null,
    abstract: abs.text,
    date: raw.date ?? null,
    source: { file: where.file, line: where.line, format: where.format },
  };
  const authors = (raw.authors ?? []).map(normaliseSpace).filter(Boolean);
  if (authors.length) record.authors = authors;
  if (raw.url) record.url = raw.url;
  if (!fixes.length) return { record };
  const warning = new PapergraphError('E_INPUT_RECORD', `${fixes.join('; ')}; record kept`, {
    where: { file: where.file, line: where.line, recordId: id },
    hint: 'the source was probably saved with the wrong encoding; re-export it as UTF-8',
  });
  return { record, warning };
}
