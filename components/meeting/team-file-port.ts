/**
 * Where the team's file lies. Where the browser can (the File System Access API: Chrome, Edge), the file is opened and
 * saved where it is — the team's SharePoint library synced by OneDrive, say — and the page keeps its handle for the
 * team, so that *Gem* writes the same file again (asking for permission again on a click where the browser wants
 * that). Elsewhere the file is uploaded (a file field) and downloaded. Never throws: a refused or failed write says so,
 * and the caller keeps everything on screen.
 */
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
    if (handle) this.handles.set(teamId, handle);
  }

  /** The team's file as it is now, where the page has a handle to it (to merge before writing); else undefined. */
  async current(teamId: string): Promise<string | undefined> {
    try {
      return await (await this.handles.get(teamId)?.getFile())?.text();
    } catch {
      return undefined;
    }
  }

  /** Writes `text` to the team's file: where it lies (asking where it should go the first time), else as a download. */
  async write(teamId: string, text: string, suggestedName: string, root: ParentNode): Promise<Written> {
    let handle = this.handles.get(teamId);
    try {
      if (!handle && this.direct) handle = await (globalThis as unknown as Pickers).showSaveFilePicker({ suggestedName, types: TYPES });
      if (!handle) {
        downloadText(root, suggestedName, text, 'application/json');
        return { kind: 'downloaded', name: suggestedName };
      }
      if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted' && (await handle.requestPermission?.({ mode: 'readwrite' })) !== 'granted')
        return { kind: 'failed' };
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      this.handles.set(teamId, handle);
      return { kind: 'saved', name: handle.name };
    } catch (e) {
      return (e as { name?: string }).name === 'AbortError' ? { kind: 'cancelled' } : { kind: 'failed' };
    }
  }
}
