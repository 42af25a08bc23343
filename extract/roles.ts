// Role cues: how a sentence frames the names in it (proposed > used > compared > mentioned).
import type { EntityType, Role } from '../src/domain/types.js';

/** Per-mention reading of a sentence; 'neutral' means no cue either way. */
export type MentionRole = Role | 'neutral';

const FIRST_PERSON =
  /\b(?:we|our|us|this (?:paper|work|study|article|report|thesis)|here|the proposed|proposed (?:method|approach|framework|model))\b/i;
// "we derive an X objective" introduces it; "we derive insights" does not. A longer clause of the authors' doing
// still introduces what it is "to develop" ("we collaborated closely with legal experts to develop X"), or what it
// goes on to propose ("we define a data interface and propose X"), or the means it does something by ("we advance
// normalizing flows by introducing X"), or builds after gathering its material ("we collected ... imagery and
// constructed the X dataset"); a numbered list of contributions may open it ("We (i) constructed X"). Data the authors
// collect, compile, assemble or produce is theirs too ("we collect a new dataset, X", "we produce the X dataset"), and
// "the paper introduces X" reads as "this paper" does.
const PROPOSAL_VERB =
  /\b(?:we|this (?:paper|work|study|research|article|thesis|report)|the (?:paper|work|study|article)(?=\s+(?:propos|present|introduc))|our (?:approach|method|framework|model|system|design|pipeline)|here(?:,)? we)\s+(?:\((?:i|1|a)\)\s+)?(?:(?:\w+\s+){0,3}?(?:propos|present|introduc|develop|design|build|built|construct|creat|releas|curat|contribut|devis|formulat|(?:collect|compil|assembl|gather|produc)(?=\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:dataset|benchmark|corpus)\b)|formali[sz](?=es?\s+(?:two|three|four|five|new|novel)\s)|establish|call|nam|term|dub|offer|open-sourc|publish|extend|deriv(?=e?s?\s+(?:an?|two|three|new|novel)\s))|(?:[\w-]+\s+){4,8}?to\s+(?:develop|design|build|construct|create|release|curate|introduce|propose)|(?:[\w-]+,?\s+){3,10}?and\s+(?:then\s+|further\s+)?(?:propos|introduc|present|develop|design|construct|build|built|curat|creat|releas)|(?:[\w-]+,?\s+){2,12}?by\s+(?:introduc|propos|present|develop|design)(?=ing\s))\w*/i;
// "a method called X", "a strategy that we call X", "a metric, the X".
const NAMING =
  /(?<=\s)(?:called|named|dubbed|termed|coined|(?:that|which) we (?:call|name|dub|term))\s*$|\b(?:metric|measure|score|index),\s+the\s+$/;
// ("We compared different strategies to a traditional method (SMOTE)": what the object is compared with.)
const COMPARE_CUE =
  /\b(?:outperform\w*|surpass\w*|compared (?:to|with)|compar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,4}?(?:to(?!\s+(?:improve|enhance|reduce|increase|evaluate|assess|address|solve|mitigate|understand|identify|determine|capture|learn|make|achieve|support|handle|predict|detect|measure|estimate|analy[sz]e|investigate|examine|explore|study|test|quantify|find|see|show)\b)|with)|comparisons? (?:to|with|against)|than|versus|vs\.?|against|beat(?:s|ing)?|exceed\w*|rival\w*|comparable (?:to|with)|on par with|competitive with|baselines?(?!\s+(?:results|evaluations?|experiments)\b)(?: such as| including| like)?|relative to|over|matches|matching|unlike|in contrast to|contrary to)\b/gi;
// Strong background cues only: most names in an abstract are part of the paper's own work.
const OUTCOME_SENTENCE =
  /\d(?:\.\d+)?\s?(?:\\?%|x\b|\u00d7)|\b(?:achiev\w*|outperform\w*|surpass\w*|evaluat\w*|experiments?)\b/i;
// "center-prior cues" and "non-existing" are no background cue: the word must stand alone.
const STRONG_BACKGROUND_CUE =
  /(?<![\w-])(?:existing|prior|previous(?:ly)?|traditional|conventional|inspired by|follow-up|earlier|classical)\b/i;
const BACKGROUND_CUE =
  /(?<![\w-])(?:existing|prior|previous(?:ly)?|traditional|conventional|inspired by|follow-up|earlier|classical|well-established|recent(?:ly)?|dominant|popular|widely|commonly|typically|ha(?:s|ve) (?:shown|showcased|demonstrated|achieved|emerged))\b|^(?:While|Although|Though|Despite)\b/i;

// Future work the paper points to, up to the name: "future work on", "research directions such as".
const FUTURE_WORK_BEFORE =
  /\b(?:future (?:work|research|studies|directions?)|(?:research|promising) directions?(?:\s+(?:such as|including|like|for))?)\b[^.;:]*$/i;

/** The types a sentence may compare with the paper's own: methods, models and techniques. */
function comparableType(type: EntityType): boolean {
  return type === 'Method' || type === 'Model' || type === 'Technique';
}

/**
 * Whether a sentence announces a contribution ("we propose ...", "this paper introduces ..."); `verbEnd`, when the
 * caller already has it from `proposalVerbEnd`, saves matching the proposal verb again.
 */
export function isProposalSentence(sentence: string, verbEnd?: number): boolean {
  return (
    (verbEnd === undefined ? PROPOSAL_VERB.test(sentence) : verbEnd >= 0) ||
    /\bthis (?:paper|work|study) (?:propos|present|introduc)/i.test(sentence)
  );
}

/** End offset of the proposal verb in the sentence, or -1. */
export function proposalVerbEnd(sentence: string): number {
  const m = PROPOSAL_VERB.exec(sentence);
  return m ? m.index + m[0].length : -1;
}

/** Whether the text just before a name introduces it by name ("called X", "dubbed X"). */
export function isNamedHere(before: string): boolean {
  return NAMING.test(before);
}

/**
 * Role a sentence gives to a mention at `offset` (within the sentence).
 */
export function mentionRole(sentence: string, offset: number, type: EntityType): MentionRole {
  const before = sentence.slice(0, offset);
  const comparable = comparableType(type);
  if (comparable) {
    const compare = compareCueBefore(before, type);
    if (compare !== undefined) return compare;
  }
  const firstPerson = FIRST_PERSON.test(sentence);
  if (/\b(?:inspired by|inspiration from|following|motivated by)\b[^,;]*$/i.test(before)) return 'mentioned';
  // "promising research directions such as theorem-guided reasoning and self-refinement": what future work may try.
  if (comparable && FUTURE_WORK_BEFORE.test(before)) return 'mentioned';
  // "improves both models even without fine-tuning": a technique the work does without is not one it uses.
  if (type === 'Technique' && WITHOUT_BEFORE.test(before)) return 'mentioned';
  // Tasks, benchmarks and metrics named in a background sentence are usually what the paper then works on.
  // A background cue counts before the name, or anywhere in a sentence that reports no outcome
  // ("X achieves 92% ..., outperforming prior methods" is about the paper's results).
  const cue = comparable ? BACKGROUND_CUE : STRONG_BACKGROUND_CUE;
  // "better than existing methods" compares with prior work; it does not make the sentence background.
  const strong = STRONG_BACKGROUND_CUE.test(sentence);
  const bgBefore = strong ? before.replace(COMPARED_PRIOR, ' ') : before;
  const bgSentence = strong ? sentence.replace(COMPARED_PRIOR, ' ') : sentence;
  if (
    !firstPerson &&
    (STRONG_BACKGROUND_CUE.test(bgBefore) || (cue.test(bgSentence) && !OUTCOME_SENTENCE.test(sentence)))
  ) {
    return 'mentioned';
  }
  // Examples in a sentence that is not about this paper: "frameworks like GANs", "methods such as BM25".
  if (
    comparable &&
    !firstPerson &&
    !OUTCOME_SENTENCE.test(sentence) &&
    /\b(?:such as|like|e\.g\.,?|including)\s+(?:[\w-]+\s+){0,3}$/i.test(before.slice(-60))
  )
    return 'mentioned';
  // Only first-person sentences make a use explicit; outcome words alone stay neutral (weaker than compared).
  return firstPerson ? 'used' : 'neutral';
}

// "without any additional fine-tuning": up to two of these words may stand between.
const WITHOUT_BEFORE =
  /\b(?:without|no need for|eliminating the need for|precluding)\s+(?:(?:any|additional|further|extra|explicit|costly|expensive|task-specific|domain-specific|model-specific)\s+){0,2}$/i;
const COMPARED_PRIOR =
  /\b(?:than|over|against|outperform\w*|surpass\w*|compared (?:to|with))\s+(?:the\s+|all\s+|many\s+)?(?:existing|prior|previous|traditional|conventional)\b/gi;

/**
 * 'compared' when a comparison governs the mention; 'used' when it names the model the comparison was measured on;
 * undefined when no comparison reaches the mention.
 */
function compareCueBefore(before: string, type: EntityType): MentionRole | undefined {
  const cueEnd = governingCompareCueEnd(before);
  if (cueEnd < 0) return undefined;
  const rest = before.slice(cueEnd);
  // "compared to standard retrieval with GPT-4o, ParSeR achieves ...": the model both sides run with is used.
  // (Words must stand between the cue and "with": "compared with GPT-4o" compares.)
  const runWith = /\S\s+with\s+$/.test(rest);
  return type === 'Model' && (MEASURED_ON_END.test(rest) || runWith) ? 'used' : 'compared';
}

/** The end of the last comparison cue before a mention when that cue still governs it; else -1. */
function governingCompareCueEnd(before: string): number {
  COMPARE_CUE.lastIndex = 0;
  let last = -1;
  let cueStart = -1;
  for (let m = COMPARE_CUE.exec(before); m !== null; m = COMPARE_CUE.exec(before))
    [cueStart, last] = [m.index, m.index + m[0].length];
  if (last < 0) return -1;
  // "Unlike complex methods requiring distillation, ZASA operates ...": the subject after a contrast of a few words
  // that opens the sentence is the paper's own work, not what it is compared with.
  if (
    before.slice(0, cueStart).trim() === '' &&
    /^(?:unlike|in contrast to|contrary to)$/i.test(before.slice(cueStart, last)) &&
    /^[^;:,()]*(?:\([^()]*\)[^;:,()]*)*,\s*$/.test(before.slice(last)) &&
    !/\b(?:such as|including|like|e\.g\.)/i.test(before.slice(last)) &&
    // "In contrast to its predecessor, ZorbV1, which ...": two words name what the apposition after them names.
    before.slice(last).trim().split(/\s+/).length >= 3
  )
    return -1;
  // The cue governs the clause it opens: stop at a clause break between cue and mention. A colon after the cue
  // opens the list of what is compared ("outperforms three baselines of two kinds: A, B and C").
  const between = before.slice(last).replace(/^[^;]*:(?=\s*(?:[\p{Lu}\d]|$))/u, '');
  // "... : A, B, and C": the items of the list share the cue.
  if (/^\s*(?:[\p{Lu}\d][^\s,;]*(?:\s[^\s,;]+)?,\s*)+(?:and|or)\s*$/u.test(between)) return last;
  // "We compare A with B using Zorb-7B": after a verb's object, what it is done with or in is not compared.
  const cue = before.slice(cueStart, last);
  const splitCue = /^compar(?:e|es|ed|ing)\s+\S/i.test(cue) && !/^compared\s+(?:to|with)$/i.test(cue);
  // "outperforms baselines, achieving gains of 24% on Qwen2.5-3B": a participle after a comma opens a clause of its
  // own ("including" goes on listing what is compared).
  const governs =
    !/[;:]|,\s+(?:and|while|which|whereas|but)\b|\bwhile\b|\bwhereas\b|,\s+(?!including\b)[a-z]+ing\b/u.test(
      between,
    ) &&
    !(splitCue && /\b(?:using|for|in|under)\b/i.test(between)) &&
    between.length < 160;
  return governs ? last : -1;
}

// The end of a clause after a comparison that names what it was measured on, up to a list of models ("outperforms
// prior arts, e.g., 6.0% on OpenAICLIP", "by 19.16% RMSE in Zorb Pro", "on our models as well as three LLMs (A, B)").
const MEASURED_ON_END =
  /\b(?:on|in|across)\s+(?!average\b|terms\b)(?:(?:the|our|all|both|three|two|four|several|multiple|[\w-]+)\s+){0,4}?(?:as\s+well\s+as\s+(?:[\w-]+\s+){0,4}?)?(?:\(\s*)?(?:[^\s,;()]+(?:\s[^\s,;()]+)?(?:,\s*(?:and\s+)?|\s+and\s+))*$/;

const ROLE_RANK: Record<MentionRole, number> = {
  proposed: 4,
  used: 3,
  compared: 2,
  neutral: 1,
  mentioned: 0,
};

// Words right before a name that say the paper builds on it ("based on X", "we fine-tune X").
const USE_BEFORE =
  /\b(?:based on|built (?:up)?on|on top of|using|uses?|used|adopt\w*|leverag\w*|employ\w*|utiliz\w*|via|augments?|fine-tun\w*|finetun\w*|train(?:s|ed|ing)?|initiali[sz]\w*|with|from|apply\w*|appl(?:y|ies|ied))\s+(?:(?:the|a|an|our|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

// "we leverage an overlooked vision foundation model, RADIO, to ...": the thing used, described, then named.
const USED_THEN_NAMED_BEFORE =
  /\bwe\s+(?:\w+\s+)?(?:leverag|adopt|employ|utiliz|us)e?s?\s+(?:the|an?)\s+(?:[\w-]+\s+){0,5}[\w-]+,\s*$/i;

// "(FastZorb) was proposed, achieving ...": what was made before, in a sentence that is not about the authors' own work.
const MADE_EARLIER_AFTER =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:was|were|had been)\s+(?:\w+ly\s+)?(?:proposed|introduced|developed|presented|released)\b(?!\s+(?:here|in\s+this|by\s+us))/;
const OWN_WORK = /\b(?:we|our|us|this (?:paper|work|study|article|letter|thesis)|herein|here|novel|new)\b/i;

/** Whether the words after a mention say it was made earlier by others ("X was proposed, achieving ..."). */
export function isMadeEarlier(after: string, sentence: string): boolean {
  return MADE_EARLIER_AFTER.test(after) && !OWN_WORK.test(sentence);
}

/** Whether the words just before a mention say the paper uses the thing (it is then not the paper's own). */
export function isUsedBefore(before: string): boolean {
  return USE_BEFORE.test(before.slice(-60)) || USED_THEN_NAMED_BEFORE.test(before.slice(-120));
}

/** Strongest role over an entity's mentions; neutral alone reads as used. */
export function combineRoles(roles: readonly MentionRole[]): Role {
  let best: MentionRole = 'mentioned';
  for (const r of roles) if (ROLE_RANK[r] > ROLE_RANK[best]) best = r;
  return best === 'neutral' ? 'used' : best;
}
