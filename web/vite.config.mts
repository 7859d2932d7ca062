import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * GraphiQL's and Monaco's published CSS embed fonts and images as data: URLs, which
 * `font-src 'self'` and `img-src 'self'` refuse. This writes each one out as a file of its own
 * (named by its hash) and points the CSS at it.
 */
function dataUrlsToFiles(): Plugin {
  const DATA_URL = /url\((['"]?)data:(font|image|application)\/([a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+)\1\)/g;
  const extension = (subtype: string): string => subtype.replace(/^x-/, '').replace(/^font-/, '').replace(/\+xml$/, '');
  return {
    name: 'scimgraph:data-urls-to-files',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        file.source = String(file.source).replace(DATA_URL, (_match, _quote, _type: string, subtype: string, data: string) => {
          const bytes = Buffer.from(data, 'base64');
          const fileName = `inline-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${extension(subtype)}`;
          if (!bundle[fileName]) this.emitFile({ type: 'asset', fileName, source: bytes });
          return `url(/assets/${fileName})`;
        });
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/assets/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    assetsDir: '.',
    // Inlined assets would become data: URLs, which the CSP does not allow for fonts and images.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
    rollupOptions: {
      // Some of GraphiQL's dependencies mark modules "use client" (meaningless in a static bundle).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        playground: resolve(import.meta.dirname, 'playground.html'),
        console: resolve(import.meta.dirname, 'console.html'),
      },
    },
  },
  plugins: [dataUrlsToFiles()],
  worker: { format: 'es' },
  oxc: { jsx: { runtime: 'automatic' } },
});
