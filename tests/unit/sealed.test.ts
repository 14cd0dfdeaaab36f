/**
 * Encryption with a passphrase (content/sealed.ts): an encrypted export file opens to exactly the file that was
 * sealed, shows nothing of it, and refuses a wrong passphrase, a changed byte and a hostile header clearly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ITERATIONS,
  SEALED_FORMAT,
  deriveKey,
  fromBase64,
  isSealedFile,
  newKeyParams,
  newPassphraseProblem,
  openFile,
  readKeyParams,
  seal,
  sealFile,
  sealWithNewPassphrase,
  toBase64,
  unseal,
} from '../../content/sealed';

/** The fewest rounds a file may ask for: enough to test with, quickly. */
const FAST = 100_000;
const backup = JSON.stringify({ format: 'ledelsesgrundlag-backup', version: 1, tasks: [], entries: [{ id: 'j-privat-id-42', note: 'Hemmelig tekst om Mette' }] });

describe('an encrypted file', () => {
  it('opens to exactly the text that was sealed, with the right passphrase', async () => {
    const file = await sealFile(backup, 'en lang sætning', FAST);
    expect(file).toBeDefined();
    expect(isSealedFile(file)).toBe(true);
    expect(await openFile(file, 'en lang sætning')).toEqual({ ok: true, text: backup });
  });

  it('holds nothing of the content readable: no words, no format, no ids, no count', async () => {
    const file = (await sealFile(backup, 'en lang sætning', FAST))!;
    for (const word of ['Hemmelig', 'Mette', 'ledelsesgrundlag-backup', 'entries', 'j-privat-id-42']) expect(file).not.toContain(word);
    const data = JSON.parse(file);
    expect(Object.keys(data).sort()).toEqual(['data', 'format', 'iv', 'kdf', 'version']);
    expect(data.format).toBe(SEALED_FORMAT);
    expect(data.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: FAST });
  });

  it('uses 600,000 PBKDF2 rounds and a fresh salt and nonce each time', async () => {
    expect(ITERATIONS).toBe(600_000);
    expect(newKeyParams().iterations).toBe(600_000);
    const [a, b] = [JSON.parse((await sealFile('x', 'passphrase', FAST))!), JSON.parse((await sealFile('x', 'passphrase', FAST))!)];
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(fromBase64(a.kdf.salt)).toHaveLength(16);
    expect(fromBase64(a.iv)).toHaveLength(12);
  });

  it('refuses a wrong passphrase, and says so', async () => {
    const file = await sealFile(backup, 'en lang sætning', FAST);
    expect(await openFile(file, 'en lang saetning')).toEqual({ ok: false, issue: { code: 'passphrase' } });
    expect(await openFile(file, '')).toEqual({ ok: false, issue: { code: 'passphrase' } });
  });

  it('refuses a file with one byte changed (AES-GCM checks it) as it refuses a wrong passphrase', async () => {
    const data = JSON.parse((await sealFile(backup, 'en lang sætning', FAST))!);
    const bytes = fromBase64(data.data)!;
    bytes[5] ^= 1;
    const changed = JSON.stringify({ ...data, data: toBase64(bytes) });
    expect(await openFile(changed, 'en lang sætning')).toEqual({ ok: false, issue: { code: 'passphrase' } });
  });

  it('refuses a hostile or broken header before deriving any key', async () => {
    const data = JSON.parse((await sealFile(backup, 'en lang sætning', FAST))!);
    const variants = [
      { ...data, kdf: { ...data.kdf, iterations: 1_000_000_000 } },
      { ...data, kdf: { ...data.kdf, iterations: 10 } },
      { ...data, kdf: { ...data.kdf, hash: 'SHA-1' } },
      { ...data, kdf: { ...data.kdf, salt: 'kort' } },
      { ...data, iv: 'AAAA' },
      { ...data, data: 'ikke base64!' },
      { ...data, kdf: undefined },
    ];
    for (const v of variants) expect(await openFile(JSON.stringify(v), 'en lang sætning')).toEqual({ ok: false, issue: { code: 'damaged' } });
  });

  it('names what else a file is: empty, not JSON, another kind, a newer version', async () => {
    expect(await openFile('', 'p')).toEqual({ ok: false, issue: { code: 'empty' } });
    expect(await openFile('{', 'p')).toEqual({ ok: false, issue: { code: 'not-json' } });
    expect(await openFile(backup, 'p')).toEqual({ ok: false, issue: { code: 'foreign' } });
    expect(await openFile(JSON.stringify({ format: SEALED_FORMAT, version: 2 }), 'p')).toEqual({ ok: false, issue: { code: 'version', value: '2' } });
    expect(isSealedFile(backup)).toBe(false);
    expect(isSealedFile('{"format": "ledelsesgrundlag-encrypted"')).toBe(false);
  });

  it('never throws on any text, and opens nothing but a sealed file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.constant(`{"format":"${SEALED_FORMAT}","version":1}`)), async (text) => {
        const r = await openFile(text, 'passphrase');
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sealed values and keys', () => {
  it('round-trips any text, including the whole of Unicode, and a key opens only its own', async () => {
    const key = (await deriveKey('første nøgle', newKeyParams(FAST)))!;
    const other = (await deriveKey('anden nøgle', newKeyParams(FAST)))!;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        const sealed = (await seal(key, text))!;
        expect(await unseal(key, sealed)).toBe(text);
        expect(await unseal(other, sealed)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('reads key parameters only in the range this package makes', () => {
    const good = newKeyParams();
    expect(readKeyParams(good)).toEqual(good);
    expect(readKeyParams({ ...good, iterations: 99_999 })).toBeUndefined();
    expect(readKeyParams({ ...good, iterations: 10_000_001 })).toBeUndefined();
    expect(readKeyParams({ ...good, iterations: 600_000.5 })).toBeUndefined();
    expect(readKeyParams({ ...good, name: 'scrypt' })).toBeUndefined();
    expect(readKeyParams(null)).toBeUndefined();
  });

  it('asks for a new passphrase of at least 8 characters, typed the same twice', () => {
    expect(newPassphraseProblem('kort', 'kort')).toBe('too-short');
    expect(newPassphraseProblem('æøåæøåæ', 'æøåæøåæ')).toBe('too-short');
    expect(newPassphraseProblem('otte tegn', 'otte tegN')).toBe('not-same');
    expect(newPassphraseProblem('otte tegn', 'otte tegn')).toBeUndefined();
  });

  it('seals an export with a new passphrase only when it is long enough and typed the same twice', async () => {
    expect(await sealWithNewPassphrase(backup, 'kort', 'kort')).toEqual({ ok: false, problem: 'too-short' });
    expect(await sealWithNewPassphrase(backup, 'otte tegn', 'otte tegN')).toEqual({ ok: false, problem: 'not-same' });
    const sealed = await sealWithNewPassphrase(backup, 'otte tegn', 'otte tegn');
    expect(sealed.ok).toBe(true);
    expect(sealed.ok && (await openFile(sealed.text, 'otte tegn'))).toEqual({ ok: true, text: backup });
  });
});
