/**
 * The import graph of the sources, read from their text (static `import … from`, `export … from`,
 * side-effect `import '…'` and dynamic `import('…')` of relative paths), for the layer tests.
 * Type-only imports count too: a cycle of types is still a cycle a reader must untangle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

export const ROOT = resolve(__dirname, '..', '..');

const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every .ts/.tsx file under a folder (relative to the root, with `/`). */
export function sourcesUnder(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, full).split('\\').join('/'));
    }
  };
  walk(join(ROOT, folder));
  return out;
}

/** The relative import specifiers a file's text names. */
export function specifiers(text: string): string[] {
  return [...text.matchAll(SPEC)].map((m) => m[1]!).filter((s) => s.startsWith('.'));
}

/** A relative specifier resolved to a source file (root-relative), or null when it names none. */
export function resolveImport(from: string, spec: string): string | null {
  const base = join(ROOT, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate).split('\\').join('/');
  return null;
}

/** File → the source files it imports. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    graph.set(f, [...new Set(specifiers(text).map((s) => resolveImport(f, s)).filter((t): t is string => t !== null))]);
  }
  return graph;
}

/** The import cycles among the graph's files (each as a path that comes back to its start). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (!graph.has(t)) continue;
      const s = state.get(t);
      if (s === 'open') found.push([...stack.slice(stack.indexOf(t)), t]);
      else if (s === undefined) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return found;
}
