#!/usr/bin/env node
// wink-nlp throughput on the same documents claimscope reads, for benchmarks/wink/compare.sh.
//
//   node benchmarks/wink/wink_bench.js [--name NAME] [--warmup N] PATH
//
// PATH is a JSON Lines file ({"id", "text"} a line; only "text" is used) or a folder walked
// recursively for *.txt files, taken in sorted path order (claimscope's selection). Every
// document is loaded into memory first; N documents (default 200) are run once as a
// warm-up; then one full pass over all documents is timed with process.hrtime.bigint().
// Per document the pass does what a user of the lite model does for NER-like extraction:
// nlp.readDoc(text) (the model's default pipeline: sentences, POS, NER, ...), then reads
// the entities with their types, the sentence count and the tokens.
// Wall time is the headline; user+sys CPU time of the pass is reported too (shared machines).
// MB is 10^6 bytes of UTF-8 document text (for JSONL: the decoded "text" fields).
'use strict';

const fs = require('fs');
const path = require('path');

function usage(msg) {
  if (msg) process.stderr.write(`wink_bench: ${msg}\n`);
  process.stderr.write('usage: node wink_bench.js [--name NAME] [--warmup N] PATH\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { name: null, warmup: 200, path: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--name') opts.name = argv[++i];
    else if (a === '--warmup') opts.warmup = Number(argv[++i]);
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (opts.path === null) opts.path = a;
    else usage('one PATH only');
  }
  if (opts.path === null) usage('PATH is required');
  if (!Number.isInteger(opts.warmup) || opts.warmup < 0) usage('--warmup takes a count');
  if (opts.name === null) opts.name = path.basename(opts.path.replace(/\/+$/, ''));
  return opts;
}

// Byte-wise sort of full paths, like std::sort over std::filesystem paths of one root.
function listTxt(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

function loadDocs(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) return listTxt(p).map((f) => fs.readFileSync(f, 'utf8'));
  if (p.endsWith('.jsonl')) {
    const docs = [];
    const lines = fs.readFileSync(p, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let rec;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        throw new Error(`${p}:${i + 1}: not JSON (${e.message})`);
      }
      docs.push(typeof rec.text === 'string' ? rec.text : '');
    });
    return docs;
  }
  return [fs.readFileSync(p, 'utf8')];
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let winkNLP, model;
  try {
    winkNLP = require('wink-nlp');
    model = require('wink-eng-lite-web-model');
  } catch (e) {
    process.stderr.write(`wink_bench: ${e.message}\n` +
      'install the packages first: npm ci --prefix benchmarks/wink\n');
    process.exit(2);
  }

  const docs = loadDocs(opts.path);
  if (docs.length === 0) {
    process.stderr.write(`wink_bench: no documents in ${opts.path}\n`);
    process.exit(2);
  }
  const bytes = docs.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);

  const tLoad = process.hrtime.bigint();
  const nlp = winkNLP(model);
  const its = nlp.its;
  const loadS = Number(process.hrtime.bigint() - tLoad) / 1e9;

  const run = (list) => {
    let tokens = 0, entities = 0, sentences = 0;
    for (const text of list) {
      const doc = nlp.readDoc(text);
      const ents = doc.entities().out(its.detail); // [{value, type}, ...]
      entities += ents.length;
      sentences += doc.sentences().length();
      tokens += doc.tokens().out().length;
    }
    return { tokens, entities, sentences };
  };

  run(docs.slice(0, opts.warmup));

  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = run(docs);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  const cpuS = (cu.user + cu.system) / 1e6; // whole process, GC threads included

  const mb = bytes / 1e6;
  const mbps = mb / s;
  console.log(`wink-nlp ${require('wink-nlp/package.json').version} + ` +
    `wink-eng-lite-web-model ${require('wink-eng-lite-web-model/package.json').version}, ` +
    `node ${process.version}, model load ${loadS.toFixed(3)} s (not timed)`);
  console.log(`${opts.name}: ${docs.length} docs, ${mb.toFixed(2)} MB (${bytes} bytes), ` +
    `warm-up ${Math.min(opts.warmup, docs.length)} docs`);
  console.log(`  ${s.toFixed(3)} s  ${mbps.toFixed(2)} MB/s  ${(docs.length / s).toFixed(0)} docs/s  ` +
    `${(r.tokens / s).toFixed(0)} tokens/s`);
  console.log(`  CPU ${cpuS.toFixed(3)} s (user+sys)  ${(mb / cpuS).toFixed(2)} MB/s of CPU time`);
  console.log(`  ${r.tokens} tokens, ${r.sentences} sentences, ${r.entities} entities found`);
  console.log(`RESULT bench=wink corpus=${opts.name} mb_per_s=${mbps.toFixed(2)} docs=${docs.length} ` +
    `bytes=${bytes} seconds=${s.toFixed(3)} cpu_seconds=${cpuS.toFixed(3)} tokens=${r.tokens} entities=${r.entities}`);
}

main();
