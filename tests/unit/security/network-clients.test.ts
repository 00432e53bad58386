/**
 * No telemetry, by construction: the main process has exactly three ways to
 * touch a network, each for a reason the analyst sees, and this test lists
 * them. Anything new (an HTTP client, a socket, `fetch`, Electron's `net`, a
 * child process) fails here until it is added below and to SECURITY.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const NETWORK_MODULES = new Set(
  ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'worker_threads'].flatMap((name) => [name, `node:${name}`]).concat(['undici', 'ws', 'playwright-core', 'electron-updater']),
);

/** Why each file may reach beyond the process. */
const ALLOWED: Record<string, string[]> = {
  // The importer fetches only the pages and images the analyst asked to import, checking each address it connects to.
  'electron/import/fetch.ts': ['node:dns', 'node:http', 'node:https', 'node:net'],
  // The preview's bridge: a server bound to 127.0.0.1 (tests/unit/bridge/server.test.ts).
  'electron/bridge/server.ts': ['node:http'],
  // Exports print with the local Chromium; nothing is fetched.
  'electron/export/chromium.ts': ['playwright-core'],
  // The headless PDF printer drives that Chromium against our own bridge on 127.0.0.1.
  'electron/export/pdf/headless.ts': ['playwright-core'],
  // The import runs in a worker thread of our own.
  'electron/import/extractor.ts': ['node:worker_threads'],
  'electron/import/worker.ts': ['node:worker_threads'],
  // Search runs in worker threads of our own, each reading the library file.
  'electron/library/search-pool.ts': ['node:worker_threads'],
  'electron/library/search-worker.ts': ['node:worker_threads'],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** The network modules a file imports, whether it uses the global `fetch`, and whether it imports Electron's `net`. */
function networkUse(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const name = node.moduleSpecifier.text;
      if (NETWORK_MODULES.has(name)) found.add(name);
      const bindings = node.importClause?.namedBindings;
      if (name === 'electron' && bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => (element.propertyName ?? element.name).text === 'net')) {
        found.add('electron net');
      }
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') found.add('require');
    if (ts.isIdentifier(node) && ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].includes(node.text)) {
      const parent = node.parent;
      const isTypeOnly = ts.isTypeQueryNode(parent) || ts.isTypeReferenceNode(parent);
      const isMemberName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || ts.isPropertySignature(parent) || ts.isPropertyAssignment(parent);
      if (!isTypeOnly && !isMemberName) found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].sort();
}

describe('the main process reaching a network', () => {
  it('happens only where SECURITY.md says: the importer, the local bridge, the local printer', () => {
    const used: Record<string, string[]> = {};
    for (const file of sourceFiles('electron')) {
      const use = networkUse(file);
      if (use.length > 0) used[file.split(path.sep).join('/')] = use;
    }
    expect(used).toEqual(ALLOWED);
  });

  it('would notice a new client', () => {
    const scratch = path.join('.tmp', `network-${process.pid}.ts`);
    fs.mkdirSync('.tmp', { recursive: true });
    fs.writeFileSync(scratch, "import { net } from 'electron';\nimport https from 'node:https';\nvoid fetch('https://telemetry.example/ping');\n");
    try {
      expect(networkUse(scratch)).toEqual(['electron net', 'fetch', 'node:https']);
    } finally {
      fs.rmSync(scratch);
    }
  });
});
