/**
 * Encryption with a passphrase (WebCrypto: a key derived by PBKDF2-SHA-256, then AES-GCM), for two uses:
 *
 * - an export file sealed whole: `{ format: 'ledelsesgrundlag-encrypted', version: 1, kdf, iv, data }`, in which
 *   nothing of the content is readable (not its kind, not a date, not a count); opened, it is the file that was
 *   sealed (a backup, a journal file, a tasks file) and goes through that file's own importer;
 * - the journal's lock: each entry sealed at rest with a key that is kept only in memory.
 *
 * AES-GCM checks what it opens: a wrong passphrase and a changed file look the same (`passphrase`), and neither
 * gives anything back. A file's key parameters are checked before any key is derived, so a hostile file cannot
 * ask for a billion PBKDF2 rounds. Pure (no DOM), never throws.
 */
import { isObject, MAX_FILE_CHARS, shown, type EnvelopeIssue } from './file-envelope';

export const SEALED_FORMAT = 'ledelsesgrundlag-encrypted';
export const SEALED_VERSION = 1;

/** PBKDF2 rounds for new keys (OWASP's figure for PBKDF2-HMAC-SHA-256, 2023). */
export const ITERATIONS = 600_000;
/** The rounds a file or a lock may ask for. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;

/** How a key is derived from a passphrase. */
export interface KeyParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** 16 random bytes, base64. */
  salt: string;
}

/** Text sealed with a key: its 12-byte AES-GCM nonce and the ciphertext (with its tag), both base64. */
export interface Sealed {
  iv: string;
  data: string;
}

export type SealedFileIssue = EnvelopeIssue | { code: 'passphrase' } | { code: 'damaged' };

/** Bytes in an ArrayBuffer of their own (what WebCrypto takes). */
type Bytes = Uint8Array<ArrayBuffer>;

const subtle = (): SubtleCrypto | undefined => globalThis.crypto?.subtle;

/** Whether this browser can encrypt (WebCrypto needs a secure context: https, localhost or an extension). */
export const canSeal = (): boolean => !!subtle();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Base64 as bytes; undefined when it is not base64. */
export function fromBase64(text: unknown): Bytes | undefined {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4) return undefined;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const random = (n: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** New key parameters: a fresh salt. */
export const newKeyParams = (iterations = ITERATIONS): KeyParams => ({ name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(random(16)) });

/** Key parameters as read from a file or a lock record; undefined when they are not ones this package makes. */
export function readKeyParams(x: unknown): KeyParams | undefined {
  if (!isObject(x) || x.name !== 'PBKDF2' || x.hash !== 'SHA-256') return undefined;
  const { iterations, salt } = x;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return undefined;
  if (fromBase64(salt)?.length !== 16) return undefined;
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: salt as string };
}

/** A sealed value as read from a file or a record; undefined when it is not one. */
export function readSealed(x: unknown): Sealed | undefined {
  if (!isObject(x)) return undefined;
  const iv = fromBase64(x.iv);
  const data = fromBase64(x.data);
  return iv?.length === 12 && data && data.length >= 16 ? { iv: x.iv as string, data: x.data as string } : undefined;
}

/** The AES-GCM key of a passphrase; undefined where WebCrypto is missing or refuses. */
export async function deriveKey(passphrase: string, params: KeyParams): Promise<CryptoKey | undefined> {
  const c = subtle();
  const salt = fromBase64(params.salt);
  if (!c || !salt) return undefined;
  try {
    const material = await c.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
    return await c.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return undefined;
  }
}

/** Seals text with a key (a fresh nonce each time); undefined where WebCrypto refuses. */
export async function seal(key: CryptoKey, text: string): Promise<Sealed | undefined> {
  const c = subtle();
  if (!c) return undefined;
  try {
    const iv = random(12);
    const data = await c.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text));
    return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
  } catch {
    return undefined;
  }
}

/** The text sealed with this key; undefined for another key, or a sealed value that was changed. */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<string | undefined> {
  const c = subtle();
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  if (!c || !iv || !data) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await c.decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    return undefined;
  }
}

/** Whether a file's text is an encrypted file of this package (of any version): it needs a passphrase first. */
export function isSealedFile(text: unknown): boolean {
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS) return false;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{') || !start.includes(SEALED_FORMAT)) return false;
  try {
    const data: unknown = JSON.parse(start);
    return isObject(data) && data.format === SEALED_FORMAT;
  } catch {
    return false;
  }
}

/** An export file's text, sealed whole with a passphrase; undefined where WebCrypto is missing or refuses. */
export async function sealFile(text: string, passphrase: string, iterations = ITERATIONS): Promise<string | undefined> {
  const kdf = newKeyParams(iterations);
  const key = await deriveKey(passphrase, kdf);
  const sealed = key && (await seal(key, text));
  if (!sealed) return undefined;
  return JSON.stringify({ format: SEALED_FORMAT, version: SEALED_VERSION, kdf, ...sealed }, null, 2) + '\n';
}

/** The file sealed in an encrypted file, or why it cannot be opened with this passphrase. */
export async function openFile(text: unknown, passphrase: string): Promise<{ ok: true; text: string } | { ok: false; issue: SealedFileIssue }> {
  const bad = (issue: SealedFileIssue) => ({ ok: false as const, issue });
  if (typeof text !== 'string' || !text.trim()) return bad({ code: 'empty' });
  if (text.length > MAX_FILE_CHARS) return bad({ code: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return bad({ code: 'not-json' });
  }
  if (!isObject(data) || data.format !== SEALED_FORMAT) return bad({ code: 'foreign' });
  if (data.version !== SEALED_VERSION) return bad({ code: 'version', ...(data.version === undefined ? {} : { value: shown(data.version) }) });
  const kdf = readKeyParams(data.kdf);
  const sealed = readSealed(data);
  if (!kdf || !sealed) return bad({ code: 'damaged' });
  const key = await deriveKey(passphrase, kdf);
  if (!key) return bad({ code: 'damaged' });
  const opened = await unseal(key, sealed);
  return opened === undefined ? bad({ code: 'passphrase' }) : { ok: true, text: opened };
}

/** The shortest passphrase accepted for a new lock or file (characters). */
export const MIN_PASSPHRASE = 8;

/** Why a file cannot be sealed: the passphrase too short, typed differently twice, or no WebCrypto here. */
export type SealProblem = 'too-short' | 'not-same' | 'crypto';

/** What is wrong with a new passphrase typed twice, or undefined. */
export function newPassphraseProblem(passphrase: string, again: string): Exclude<SealProblem, 'crypto'> | undefined {
  if ([...passphrase].length < MIN_PASSPHRASE) return 'too-short';
  return passphrase === again ? undefined : 'not-same';
}

/** An export file's text sealed with a new passphrase typed twice (the export's encrypt option), or why it cannot be. */
export async function sealWithNewPassphrase(
  text: string,
  passphrase: string,
  again: string,
): Promise<{ ok: true; text: string } | { ok: false; problem: SealProblem }> {
  const problem = newPassphraseProblem(passphrase, again);
  if (problem) return { ok: false, problem };
  const sealed = await sealFile(text, passphrase);
  return sealed === undefined ? { ok: false, problem: 'crypto' } : { ok: true, text: sealed };
}
