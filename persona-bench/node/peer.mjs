// Loads the same generated persona files the Java benchmarks read, the way a JavaScript team would:
// gray-matter for the front matter and markdown-it for the body. Prints one JSON object with the median time.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 5);
const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (p.endsWith('.md')) files.push(p);
  }
})(dir);
files.sort();
const md = new MarkdownIt();
const times = [];
let tokens = 0;
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (const f of files) {
    const parsed = matter(fs.readFileSync(f, 'utf8'), { cache: false });
    tokens += md.parse(parsed.content, {}).length;
  }
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ files: files.length, rounds, medianMillis: median,
  microsPerFile: (median * 1000) / files.length, node: process.version, tokens }));
