// The vite settings of the single-file bundle, shared by the build and the size report.
export const cdnBuildOptions = (root) => ({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    target: 'es2021',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    lib: { entry: 'components/define.ts', formats: ['es'], fileName: () => 'ledelsesgrundlag.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
