// Cross-paper resolution helpers for the graph builder: one key per entity across spelling variants, and model families.
import type { EntityType } from '../src/domain/types.js';
import { fold } from './text.js';

const COMMON_TYPES: ReadonlySet<EntityType> = new Set(['Technique', 'Task', 'Metric']);

/** Model makers the field writes before a model's name ("OpenAI o3", "Amazon Nova Pro", "Meta Llama 3"). */
export const MODEL_MAKER =
  /^(?:OpenAI|Anthropic|Google(?: DeepMind)?|Meta|Amazon|Microsoft|NVIDIA|Nvidia|Alibaba|Apple|IBM|xAI|Tencent|Baidu)$/;

/**
 * Whether `word`, written right before `model`, names its maker: "OpenAI o3", and "GPT o3", as OpenAI's reasoning
 * series is also written after its older family's name.
 */
export function writesMaker(word: string, model: string): boolean {
  return MODEL_MAKER.test(word) || (word === 'GPT' && /^o\d/.test(model));
}

/** "OpenAI GPT-4o" and "GPT-4o" are one model: the maker's name is cut, unless nothing but a size or tier is left. */
export function withoutMaker(name: string): string {
  const space = name.indexOf(' ');
  if (space < 0) return name;
  const rest = name.slice(space + 1);
  const next = rest.split(/[\s-]/)[0] ?? '';
  if (
    !writesMaker(name.slice(0, space), rest) ||
    CHECKPOINT_PART.test(next) ||
    /^(?:small|medium|large)$/i.test(next)
  )
    return name;
  return rest;
}

/**
 * A key that is equal for spelling variants of one entity: case, spaces, hyphens, dots, underscores and slashes are
 * folded ("Llama 3", "Llama-3", "LLaMA 3" -> "Model:llama3"); common nouns (Technique, Task, Metric) also fold
 * a plural ending ("large language models" and "large language model").
 */
export function canonicalKey(type: EntityType, name: string): string {
  let key = fold(type === 'Model' ? withoutMaker(name.trim()) : name.trim());
  if (COMMON_TYPES.has(type)) key = singular(key);
  return `${type}:${key}`;
}

function singular(key: string): string {
  if (key.length > 4 && key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.length > 4 && /(?:ches|shes|sses|xes)$/.test(key)) return key.slice(0, -2);
  if (key.length > 3 && key.endsWith('s') && !/(?:ss|us|is|ics)$/.test(key)) return key.slice(0, -1);
  return key;
}

// Trailing pieces that name a checkpoint within a family: sizes, tuning variants, dates.
const CHECKPOINT_PART =
  /^(?:\d+(?:\.\d+)?[bmkt]|a\d+(?:\.\d+)?b|\d+x\d+b|e\d+b|instruct|chat|base|it|hf|sft|dpo|rl|preview|latest|turbo|mini|nano|pro|flash|lite|max|plus|ultra|vl|coder|math|distill|thinking|reasoner|\d{4}|\d{6,8}|v\d+(?:\.\d+)*)$/i;

/**
 * The family of a model checkpoint: its name without size and variant suffixes
 * ("Qwen3-8B" -> "Qwen3", "Llama-3.1-70B-Instruct" -> "Llama-3.1", "gpt-oss-20b" -> "gpt-oss").
 * Undefined when nothing is left to strip (the name already is a family).
 */
export function modelFamily(name: string): string | undefined {
  const parts = withoutMaker(name.trim()).split(/([-_\s]+)/);
  // parts alternates word, separator, word, ...
  let end = parts.length;
  while (end > 1) {
    const word = parts[end - 1] ?? '';
    if (!CHECKPOINT_PART.test(word)) break;
    end -= 2;
  }
  if (end >= parts.length || end < 1) return undefined;
  const family = parts.slice(0, end).join('').trim();
  return family.length > 0 && family !== name ? family : undefined;
}
