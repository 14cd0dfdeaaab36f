// Generates dist/custom-elements.json from the JSDoc of the element classes (@summary, @csspart, @event, …).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new LgOpenEvent(…))` and lists the guess beside the
      // documented @event: an entry without a name, or named after the event's constructor argument ("detail",
      // "action"). Every event of ours is documented with @event, so only those are kept.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
      },
    },
  ],
};
