// `make bundle`: the window's modules (ui/main.js and everything it imports, the screens
// loaded later too) as one file, ui/app.js, made by esbuild: one request instead of about 30
// (split per screen, the first screen still needed 10). The sources stay plain ES modules; the
// bundle is committed, so `make run` needs no npm. Its first lines name every source and a
// SHA-256 over them, which a test recomputes (src-tauri/tests/desktop.rs), so a stale bundle
// fails `make test`.
//
//   node tests/scripts/bundle.mjs ESBUILD_MODULE   (ESBUILD_MODULE: esbuild's package folder)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ui = join(root, 'ui');
const out = join(ui, 'app.js');
const esbuild = createRequire(import.meta.url)(process.argv[2]);

const result = await esbuild.build({
  entryPoints: [join(ui, 'main.js')],
  bundle: true,
  format: 'esm',
  outfile: out,
  // The same JavaScript the sources are written in: no syntax lowered, names kept readable.
  target: 'esnext',
  legalComments: 'inline',
  charset: 'utf8',
  metafile: true,
  write: false,
  logLevel: 'warning',
});

// Every source file, by its path under ui/, sorted; the hash covers each path and its bytes.
const sources = Object.keys(result.metafile.inputs).map((p) => relative(ui, join(root, p)).replaceAll('\\', '/')).sort();
const hash = createHash('sha256');
for (const source of sources) hash.update(`${source}\0`).update(readFileSync(join(ui, source))).update('\0');
const header = [
  `// Made by \`make bundle\` (esbuild ${esbuild.version}) from the modules under ui/: do not edit; edit them and run it again.`,
  `// sources: ${sources.join(' ')}`,
  `// sha256: ${hash.digest('hex')}`,
  '',
].join('\n');

const [file] = result.outputFiles;
writeFileSync(out, header + file.text);
console.log(`ui/app.js: ${file.contents.length} bytes from ${sources.length} sources`);
