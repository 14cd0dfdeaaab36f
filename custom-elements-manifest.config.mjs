// Generates dist/custom-elements.json from the JSDoc of the element classes (@summary, @csspart, @event, …), and
// describes the package as shipped: each module's path is its built file in dist/, modules the package does not ship
// are left out, and only the lg- tags are definitions.
import { existsSync } from 'node:fs';

/** components/x/y.ts (or /components/x/y) → dist/components/x/y.js */
const shipped = (path) => `dist/${path.replace(/^\//, '').replace(/\.ts$/, '')}.js`;

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts', 'components/mount.ts', 'components/autoload.ts', 'components/react/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new LgOpenEvent(…))` and lists the guess beside the
      // documented @event: an entry without a name, or named after the event's constructor argument ("detail",
      // "action"). Every event of ours is documented with @event, so only those are kept. Likewise it takes a Lit
      // element's internal state for attributes; every attribute of ours is documented, so only those are kept.
      name: 'documented-events-and-attributes-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => attribute.description);
          }
      },
    },
    {
      name: 'paths-as-shipped',
      packageLinkPhase({ customElementsManifest }) {
        const rewrite = (ref) => {
          if (/^\/?(components|content)\//.test(ref?.module ?? '')) ref.module = shipped(ref.module);
        };
        customElementsManifest.modules = customElementsManifest.modules.filter((mod) => existsSync(shipped(mod.path)));
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || /^lg-[a-z-]+$/.test(e.name));
          for (const e of mod.exports) rewrite(e.declaration);
          for (const declaration of mod.declarations ?? []) {
            rewrite(declaration.superclass);
            for (const list of [declaration.members, declaration.attributes, declaration.events, declaration.cssParts, declaration.cssProperties])
              for (const item of list ?? []) rewrite(item.inheritedFrom);
            for (const member of declaration.members ?? []) for (const ref of member.type?.references ?? []) rewrite(ref);
          }
        }
      },
    },
  ],
};
