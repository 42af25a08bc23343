// A small hand-written graph for server and end-to-end tests: real mergeExtraction, invented extractions.
import { assignLayout } from '../../../graph/layout.js';
import {
  createGraph,
  graphStats,
  mergeExtraction,
  refreshDerived,
  type PaperExtraction,
  type PaperGraph,
} from '../../../graph/model.js';
import type { ExtractedEntity, PaperRecord } from '../../../src/domain/types.js';
import type { GraphStore } from '../../../src/stores/store.js';

export const XSS_TITLE =
  'Evil <script>window.__xss=1</script> and <img src=x onerror="window.__xss=1"> paper';

const source = { file: 'fixture.jsonl', line: 1, format: 'jsonl' };

function paper(id: string, title: string | null, extra: Partial<PaperRecord> = {}): PaperRecord {
  return { id, title, abstract: `${title ?? id}.`, source, ...extra };
}

function entity(
  type: ExtractedEntity['type'],
  name: string,
  role: ExtractedEntity['role'],
  evidence: string,
  extra: Partial<ExtractedEntity> = {},
): ExtractedEntity {
  return { type, name, aliases: [], role, mentions: [name], evidence, ...extra };
}

export const FIXTURE: PaperExtraction[] = [
  {
    paper: paper('2106.09685', 'LoRA: Low-Rank Adaptation of Large Language Models', {
      date: '2021-06-17',
      url: 'https://arxiv.org/abs/2106.09685',
      authors: ['Edward J. Hu', 'Yelong Shen'],
    }),
    extraction: {
      id: '2106.09685',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      entities: [
        entity(
          'Method',
          'LoRA',
          'proposed',
          'We propose Low-Rank Adaptation, or LoRA, which freezes the pretrained weights.',
          {
            aliases: ['Low-Rank Adaptation'],
            mentions: ['Low-Rank Adaptation', 'LoRA'],
          },
        ),
        entity(
          'Model',
          'GPT-3 175B',
          'used',
          'Compared to GPT-3 175B fine-tuned with Adam, LoRA reduces trainable parameters.',
          {
            family: 'GPT-3',
          },
        ),
        entity('Benchmark', 'GLUE', 'used', 'LoRA performs on-par or better than fine-tuning on GLUE.'),
        entity('Metric', 'accuracy', 'mentioned', 'LoRA matches the accuracy of full fine-tuning.'),
        entity('Task', 'fine-tuning', 'mentioned', 'Full fine-tuning becomes less feasible.'),
      ],
      results: [
        {
          subject: 'LoRA',
          metric: 'accuracy',
          value: '10,000x',
          benchmark: 'GLUE',
          kind: 'reduction',
          evidence: 'LoRA can reduce the number of trainable parameters by 10,000x.',
        },
      ],
    },
  },
  {
    paper: paper('2305.14314', 'QLoRA: Efficient Finetuning of Quantized LLMs', {
      date: '2023-05-23',
      url: 'https://arxiv.org/abs/2305.14314',
      authors: ['Tim Dettmers'],
    }),
    extraction: {
      id: '2305.14314',
      title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
      entities: [
        entity('Method', 'QLoRA', 'proposed', 'We present QLoRA, an efficient finetuning approach.'),
        entity('Method', 'LoRA', 'used', 'QLoRA backpropagates gradients into Low Rank Adapters (LoRA).'),
        entity(
          'Benchmark',
          'Vicuna benchmark',
          'used',
          'Guanaco outperforms all previous models on the Vicuna benchmark.',
        ),
        entity('Model', 'LLaMA-65B', 'used', 'We finetune a LLaMA-65B model on a single 48GB GPU.', {
          family: 'LLaMA',
        }),
        entity(
          'Technique',
          'double quantization',
          'proposed',
          'We introduce double quantization to reduce memory.',
        ),
      ],
      results: [
        {
          subject: 'QLoRA',
          metric: null,
          value: '99.3%',
          benchmark: 'Vicuna benchmark',
          kind: 'absolute',
          evidence: 'Guanaco reaches 99.3% of the performance level of ChatGPT on the Vicuna benchmark.',
        },
      ],
    },
  },
  {
    paper: paper('evil-1', XSS_TITLE, { url: 'javascript:window.__xss=1', date: '2024-01-01' }),
    extraction: {
      id: 'evil-1',
      title: XSS_TITLE,
      entities: [
        entity(
          'Method',
          'LoRA',
          'used',
          'We use LoRA <b>everywhere</b> <img src=x onerror="window.__xss=1">.',
        ),
        entity('Method', 'EvilNet', 'proposed', 'We propose EvilNet <script>window.__xss=1</script>.'),
      ],
      results: [],
    },
  },
];

export function fixtureGraph(items: PaperExtraction[] = FIXTURE): PaperGraph {
  const graph = createGraph();
  for (const item of items) mergeExtraction(graph, item);
  refreshDerived(graph);
  assignLayout(graph, { iterations: 50 });
  return graph;
}

/** A read-only store over an in-memory graph. */
export function memoryStore(graph: PaperGraph): GraphStore {
  return {
    kind: 'embedded',
    location: 'memory',
    write: async () => {
      throw new Error('memoryStore is read-only');
    },
    commit: async () => {},
    load: async () => graph,
    stats: async () => graphStats(graph),
    close: async () => {},
  };
}

/** The key of the entity or paper with this name/title. */
export function keyOf(graph: PaperGraph, name: string): string {
  const key = graph.findNode((_k, a) =>
    a.label === 'Paper' ? a.title === name : a.label !== 'Result' && a.name === name,
  );
  if (!key) throw new Error(`no node named ${name}`);
  return key;
}
