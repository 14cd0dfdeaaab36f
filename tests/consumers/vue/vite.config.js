import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue leaves every lg- tag to the browser: they are custom elements.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lg-') } } })],
});
