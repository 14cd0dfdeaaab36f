/**
 * The declarations of build/sharepoint/mount.js, the elements' bundle that this web part calls (copied here by the
 * root project's scripts/sharepoint.mjs). They say what components/mount.ts exports; a type test in the root project
 * fails when the two differ.
 */
export interface MountTheme {
  text?: string;
  background?: string;
  surface?: string;
  border?: string;
  focus?: string;
  dark?: boolean;
}

export interface MountProperties {
  element?: string;
  area?: string;
  level?: string;
  language?: string;
  pageLanguage?: string;
  headingLevel?: number;
  theme?: MountTheme;
}

export interface Mounted {
  update(properties: MountProperties): void;
  unmount(): void;
}

export declare const MOUNT_CHOICES: {
  readonly elements: readonly string[];
  readonly areas: readonly string[];
  readonly levels: readonly string[];
};

export interface SharePointTheme {
  isInverted?: boolean;
  semanticColors?: { bodyText?: string; bodyBackground?: string; bodyDivider?: string; link?: string };
}

export declare function sharePointTheme(theme: SharePointTheme | undefined): MountTheme | undefined;

export declare function mount(container: HTMLElement, properties?: MountProperties): Mounted;

/** The words the chosen element shows, as plain text, for the host's search (the web part's `searchText`). */
export declare function searchableText(properties: MountProperties): Promise<string>;
