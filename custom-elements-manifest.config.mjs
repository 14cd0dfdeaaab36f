// Generates dist/custom-elements.json from the JSDoc of the element classes (@summary, @csspart, …).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
