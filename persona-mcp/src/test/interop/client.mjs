// The official MCP TypeScript SDK's client against `persona serve`, over stdio and Streamable HTTP.
// Usage: node client.mjs PERSONA_COMMAND ROOT...   (the last root holds personas/reviewer.md's copy or is this
// folder's personas/). Every expectation comes from the persona command itself (query, render), never from here.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { PromptListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [persona, ...roots] = process.argv.slice(2);
const here = new URL('.', import.meta.url).pathname;
const reviewerFile = join(here, 'personas', 'reviewer.md');
const cli = (...args) => execFileSync(persona, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
const TASK = 'review a pull request for security problems';

const expectedIds = JSON.parse(cli('query', ...roots, '--format', 'json', '--limit', '1000000')).map(r => r.id).sort();
const expectedTop3 = JSON.parse(cli('query', ...roots, '--text', TASK, '--format', 'json', '--limit', '3')).map(r => r.id);
const expectedReviewer = cli('render', reviewerFile, '--var', 'team=payments', '--var', 'strict=true');

async function allPrompts(client) {
  const names = [];
  let cursor;
  do {
    const page = await client.listPrompts(cursor ? { cursor } : {});
    names.push(...page.prompts.map(p => p.name));
    cursor = page.nextCursor;
  } while (cursor);
  return names.sort();
}

async function checks(client, label) {
  const names = await allPrompts(client);
  assert.deepEqual(names, expectedIds, `${label}: prompts/list lists every persona the catalog holds`);
  const got = await client.getPrompt({ name: 'reviewer', arguments: { team: 'payments', strict: 'true' } });
  assert.equal(got.messages[0].content.text.trimEnd(), expectedReviewer.trimEnd(), `${label}: prompts/get = persona render`);
  await assert.rejects(client.getPrompt({ name: 'reviewer', arguments: {} }), e => /team/.test(e.message),
    `${label}: a missing required argument is an error naming it`);
  const found = await client.callTool({ name: 'find_personas', arguments: { task: TASK, limit: 3 } });
  assert.deepEqual(found.structuredContent.results.map(r => r.id), expectedTop3, `${label}: find_personas = persona query --text`);
  const skills = await client.callTool({ name: 'list_skills', arguments: {} });
  assert.ok(Array.isArray(skills.structuredContent.skills), `${label}: list_skills answers a list`);
  const refused = await client.callTool({ name: 'read_skill_file', arguments: { skill: 'none', path: '../../etc/passwd' } });
  assert.equal(refused.isError, true, `${label}: a read outside a skill is refused`);
  console.log(`${label}: ${names.length} prompts listed; get, missing argument, find_personas, skills: ok`);
}

async function stdio() {
  const client = new Client({ name: 'persona-interop', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: persona, args: ['serve', ...roots], stderr: 'ignore' }));
  await checks(client, 'stdio');
  await client.close();
}

function startHttp(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(persona, ['serve', ...args, '--http', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', d => {
      err += d;
      const m = /at (http:\/\/\S+\/mcp)/.exec(err);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', code => reject(new Error(`persona serve exited ${code}: ${err}`)));
  });
}

async function http() {
  const { child, url } = await startHttp(roots);
  try {
    const client = new Client({ name: 'persona-interop', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    await checks(client, 'http');
    await client.close();
  } finally {
    child.kill();
  }
}

async function watch() {
  const dir = mkdtempSync(join(tmpdir(), 'persona-watch-'));
  copyFileSync(reviewerFile, join(dir, 'reviewer.md'));
  const { child, url } = await startHttp([dir, '--watch']);
  try {
    const client = new Client({ name: 'persona-interop', version: '1.0.0' });
    let changes = 0;
    let waiting = null;
    client.setNotificationHandler(PromptListChangedNotificationSchema, () => { changes++; if (waiting) waiting(); });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    const changed = () => new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no notifications/prompts/list_changed within 30 s')), 30000);
      waiting = () => { clearTimeout(t); waiting = null; resolve(); };
    });
    let next = changed();
    writeFileSync(join(dir, 'helper.md'), '---\ntitle: Helper\ndescription: Helps.\n---\n## Role Summary\n\nYou help.\n');
    await next;
    assert.deepEqual(await allPrompts(client), ['helper', 'reviewer'], 'watch: an added file is a new prompt');
    next = changed();
    writeFileSync(join(dir, 'helper.md'), '---\ntitle: Helper\ndescription: Helps more.\n---\n## Role Summary\n\nYou help more.\n');
    await next;
    const got = await client.getPrompt({ name: 'helper' });
    assert.match(got.messages[0].content.text, /You help more\./, 'watch: a changed file is the new prompt');
    next = changed();
    rmSync(join(dir, 'helper.md'));
    await next;
    assert.deepEqual(await allPrompts(client), ['reviewer'], 'watch: a deleted file is no prompt');
    console.log(`watch: ${changes} list_changed notifications for an add, a change and a delete: ok`);
    await client.close();
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

await stdio();
await http();
await watch();
