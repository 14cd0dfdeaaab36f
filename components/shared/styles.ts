import { css } from 'lit';

/**
 * Design tokens and the reset every element shares.
 *
 * Page-level tokens (`--lg-*`) are read into private variables (`--_*`) on :host, so a value set anywhere
 * up the page (e.g. on :root) wins over the defaults, in light and dark alike.
 *
 * Contrast (WCAG 2.1, checked with the relative-luminance formula), text colours against background / surface:
 *   light  bg #ffffff, surface #f4f5f7:
 *     text #1c1f23 16.5 / 15.2   border #767b85 4.3 / 3.9   focus & links #1a5fb4 6.3 / 5.8
 *     faglighed #1d5794 7.4 / 6.8   innovation #0b6b5c 6.4 / 5.9   mening #8a356f 7.5 / 6.8   drift #9a4510 6.5 / 6.0
 *   dark (on pages that allow it, see below)   bg #15181c, surface #1f242a:
 *     text #e9ebee 14.9 / 13.1   border #8a919c 5.6 / 4.9   focus & links #8ab4f8 8.5 / 7.4
 *     faglighed #8dbaf0 8.8 / 7.8   innovation #5fcab2 9.0 / 7.9   mening #e3a6d2 9.0 / 7.9   drift #efa66b 8.8 / 7.7
 * So every area colour passes AA for normal text (4.5:1) as well as the 3:1 needed for borders and markers.
 * The area colour is always an accent beside the area's title, never the only way to tell areas apart.
 */
export const base = css`
  :host {
    --_font: var(--lg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--lg-color-text, #1c1f23);
    --_bg: var(--lg-color-background, #fff);
    --_surface: var(--lg-color-surface, #f4f5f7);
    --_border: var(--lg-color-border, #767b85);
    --_focus: var(--lg-color-focus, #1a5fb4);
    --_faglighed: var(--lg-color-faglighed, #1d5794);
    --_innovation: var(--lg-color-innovation, #0b6b5c);
    --_mening: var(--lg-color-mening, #8a356f);
    --_drift: var(--lg-color-drift, #9a4510);
    --_radius: var(--lg-radius, 0.5rem);
    --_space: var(--lg-space, 1rem);
    /* The type scale, in em of the element's own body size: max(1rem, 16px), or --lg-font-size. So the text grows
       with the page's root size (a site's "larger text" button, the reader's default size) but never shrinks below
       16 px when an intranet page sets "html { font-size: 62.5% }" or "* { font-size: 12px }" (smallest step 14 px).
       The spacing steps below --lg-space are in controls.ts (only the elements with forms use them). */
    --_type-small: 0.875em;
    --_type-body: 1em;
    --_type-h4: 1.125em;
    --_type-h3: 1.25em;
    --_type-h2: 1.5em;
    --_type-h1: 1.75em;
    display: block;
    /* The element's own body size: the page sets it with --lg-font-size, not with a rule on the tag. (Inside a
       shadow root an !important declaration wins over the page's, so "* { font-size: 12px }" cannot reach it.) */
    font-size: var(--lg-font-size, max(1rem, 16px)) !important;
  }
  /* Dark where the page allows it: on a page that declares "color-scheme: light dark", a reader who prefers dark
     gets the dark palette; a page that declares nothing stays light, so the element never turns into a dark box
     on a light intranet page. Browsers without light-dark() keep the light palette. */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--lg-color-text, light-dark(#1c1f23, #e9ebee));
      --_bg: var(--lg-color-background, light-dark(#fff, #15181c));
      --_surface: var(--lg-color-surface, light-dark(#f4f5f7, #1f242a));
      --_border: var(--lg-color-border, light-dark(#767b85, #8a919c));
      --_focus: var(--lg-color-focus, light-dark(#1a5fb4, #8ab4f8));
      --_faglighed: var(--lg-color-faglighed, light-dark(#1d5794, #8dbaf0));
      --_innovation: var(--lg-color-innovation, light-dark(#0b6b5c, #5fcab2));
      --_mening: var(--lg-color-mening, light-dark(#8a356f, #e3a6d2));
      --_drift: var(--lg-color-drift, light-dark(#9a4510, #efa66b));
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_faglighed: CanvasText;
      --_innovation: CanvasText;
      --_mening: CanvasText;
      --_drift: CanvasText;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* The host page may style the host element itself (e.g. "* { line-height: 1 }"); the top-level
     elements inside the shadow root set everything that inherits, so such rules cannot reach further. */
  :host,
  :host > * {
    font: 400 1em / 1.5 var(--_font); /* 1em: the host's own size, set above */
    color: var(--_text);
    background: var(--_bg);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    list-style: disc;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure, blockquote {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: var(--_type-h4);
    line-height: 1.3;
    font-weight: 700;
  }
  p, li, dd, dt, figcaption, blockquote {
    max-width: 66ch;
  }
  ul {
    padding-inline-start: 1.5rem;
  }
  li + li {
    margin-top: 0.25rem;
  }
  a {
    color: var(--_focus);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .faglighed { --_c: var(--_faglighed); }
  .innovation { --_c: var(--_innovation); }
  .mening { --_c: var(--_mening); }
  .drift { --_c: var(--_drift); }
  .notice {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
  }
  /* the phrase a search result opened (lg-framework's show(id, match)) */
  ::highlight(lg-match) {
    background-color: var(--lg-color-mark, #ffe27a);
    color: #000;
  }
  /* "Unofficial translation …": beside every English text of the framework */
  .translation-note {
    margin: 0.5rem 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--_focus);
    font-size: var(--_type-small);
    max-width: 66ch;
  }
`;
