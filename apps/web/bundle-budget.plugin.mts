import { gzipSync } from 'node:zlib';

import type { Plugin, Rolldown } from 'vite';

/**
 * Fails the build when the JavaScript a citizen's first page load fetches (the entry chunk
 * and every chunk it imports statically) is larger than the budget, gzipped. The other
 * screens (kiosk, board, counter desk) are loaded on demand and do not count.
 */
export function bundleBudget(limitBytes: number): Plugin {
  return {
    name: 'mpp-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return;
      const firstLoad = new Set<string>();
      const visit = (fileName: string) => {
        if (firstLoad.has(fileName)) return;
        firstLoad.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      visit(entry.fileName);
      const bytes = [...firstLoad].reduce((sum, fileName) => sum + gzipSync(chunks.get(fileName)?.code ?? '').length, 0);
      const line = `citizen first load: ${(bytes / 1024).toFixed(1)} kB of JavaScript gzipped (budget ${limitBytes / 1024} kB)`;
      if (bytes > limitBytes) this.error(`bundle budget exceeded: ${line}`);
      this.info(line);
    },
  };
}
