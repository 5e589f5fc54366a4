import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/stores.ts';

const PROCESSES = 4;
const FILES = 40;

/** Each process opens the embedded store on FILES fresh files, the same file at the same moment as the others. */
const SCRIPT = `
import { openKvStore } from ${JSON.stringify(path.resolve('dist/store/index.js'))};
const [dir, files, start] = process.argv.slice(1);
const failures = [];
for (let i = 0; i < Number(files); i++) {
  while (Date.now() < Number(start) + i * 40) {}
  try {
    const store = await openKvStore('sqlite://' + dir + '/s' + i + '.sqlite', 'ns');
    await store.kv.set('k' + process.pid, 'v');
    await store.close();
  } catch (err) {
    failures.push(err.message);
  }
}
console.log(JSON.stringify(failures));
`;

function run(dir: string, start: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT, dir, String(FILES), String(start)]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the embedded store opened by several processes at once', () => {
  it('opens every fresh file in every process (no "database is locked")', async () => {
    const dir = tempDir();
    const start = Date.now() + 1500;
    const runs = await Promise.all(Array.from({ length: PROCESSES }, () => run(dir, start)));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
    }
  }, 60_000);
});
