// Reads an exported file with Python's networkx, a reader we did not write.
import { execFileSync } from 'node:child_process';

const SCRIPT = `
import sys, networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
print(g.number_of_nodes(), g.number_of_edges())
`;

export function networkxCounts(path: string, format: 'gexf' | 'graphml'): { nodes: number; edges: number } {
  const out = execFileSync('python3', ['-c', SCRIPT, path, format], { encoding: 'utf8' }).trim();
  const [nodes, edges] = out.split(/\s+/).map(Number);
  return { nodes: nodes ?? NaN, edges: edges ?? NaN };
}
