import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'prasan-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('refuses a directory held by another live process, naming it', () => {
    const dir = newDir();
    // the parent process (the test runner) is alive and is not us
    writeFileSync(path.join(dir, 'prasan.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(String(process.ppid));
  });

  it('takes over a lock left by a process that has died, and releases it', () => {
    const dir = newDir();
    writeFileSync(path.join(dir, 'prasan.lock'), '999999');
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'prasan.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(() => readFileSync(path.join(dir, 'prasan.lock'))).toThrow();
  });
});
