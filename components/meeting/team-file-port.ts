/**
 * Where the team's file lies. Where the browser can (the File System Access API: Chrome, Edge), the file is opened and
 * saved where it is — the team's SharePoint library synced by OneDrive, say — and the page keeps its handle for the
 * team, so that *Gem* writes the same file again (asking for permission again on a click where the browser wants
 * that). Elsewhere the file is uploaded (a file field) and downloaded. Never throws: a refused or failed write says so,
 * and the caller keeps everything on screen.
 */
import { openDatabase } from '../shared/database';
import { downloadText } from '../shared/download';

/** The part of a FileSystemFileHandle used here. */
interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

interface Pickers {
  showOpenFilePicker(options: object): Promise<FileHandle[]>;
  showSaveFilePicker(options: object): Promise<FileHandle>;
}

const TYPES = [{ description: 'Ledelsesgrundlag team', accept: { 'application/json': ['.json'] } }];

/** The handle kept for a team (IndexedDB `settings`, as `team-file:<team id>`), so that a reload still knows its file. */
async function keptHandle(teamId: string, handle?: FileHandle): Promise<FileHandle | undefined> {
  const conn = await openDatabase({ timeoutMs: 2000 });
  try {
    const id = `team-file:${teamId}`;
    if (handle) await conn.db?.put('settings', { id, handle } as { id: string });
    return ((await conn.db?.get('settings', id)) as { handle?: FileHandle } | undefined)?.handle;
  } catch {
    return undefined; // not kept (a handle that cannot be stored, storage refused): the page asks again next time
  } finally {
    conn.close();
  }
}

export type Written = { kind: 'saved' | 'downloaded'; name: string } | { kind: 'failed' } | { kind: 'cancelled' };

export class TeamFilePort {
  /** @internal Each team's file, where the browser gave a handle to it. */
  private readonly handles = new Map<string, FileHandle>();

  /** The browser opens and saves files where they lie. */
  get direct(): boolean {
    return typeof (globalThis as Partial<Pickers>).showOpenFilePicker === 'function' && typeof (globalThis as Partial<Pickers>).showSaveFilePicker === 'function';
  }

  /** Asks for a file (direct only): its text, name and handle; undefined when the person cancelled; null when it could not be read. */
  async pick(): Promise<{ text: string; name: string; handle: FileHandle } | undefined | null> {
    try {
      const [handle] = await (globalThis as unknown as Pickers).showOpenFilePicker({ types: TYPES, multiple: false });
      return { text: await (await handle.getFile()).text(), name: handle.name, handle };
    } catch (e) {
      return (e as { name?: string }).name === 'AbortError' ? undefined : null;
    }
  }

  /** The file `handle` is the team's `teamId` from now on. */
  remember(teamId: string, handle: FileHandle | undefined): void {
    if (!handle) return;
    this.handles.set(teamId, handle);
    void keptHandle(teamId, handle);
  }

  /** @internal The team's file: known in this page, or kept from an earlier visit (direct only). */
  private async handleOf(teamId: string): Promise<FileHandle | undefined> {
    const known = this.handles.get(teamId) ?? (this.direct ? await keptHandle(teamId) : undefined);
    if (known) this.handles.set(teamId, known);
    return known;
  }

  /**
   * Writes the team's file: where it lies (asked where it should go the first time), else as a download. `text` makes
   * the file's text from what the file holds now (another facilitator's save, to merge first; undefined for a
   * download or a new file), once the browser has given permission to it.
   */
  async write(teamId: string, text: (onDisk: string | undefined) => Promise<string>, suggestedName: string, root: ParentNode): Promise<Written> {
    let handle = await this.handleOf(teamId);
    try {
      if (!handle && this.direct) handle = await (globalThis as unknown as Pickers).showSaveFilePicker({ suggestedName, types: TYPES });
      if (!handle) {
        downloadText(root, suggestedName, await text(undefined), 'application/json');
        return { kind: 'downloaded', name: suggestedName };
      }
      if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted' && (await handle.requestPermission?.({ mode: 'readwrite' })) !== 'granted')
        return { kind: 'failed' };
      const onDisk = await (await handle.getFile()).text().catch(() => undefined);
      const content = await text(onDisk || undefined);
      const writable = await handle.createWritable();
      await writable.write(content);
      await writable.close();
      this.remember(teamId, handle);
      return { kind: 'saved', name: handle.name };
    } catch (e) {
      return (e as { name?: string }).name === 'AbortError' ? { kind: 'cancelled' } : { kind: 'failed' };
    }
  }
}
