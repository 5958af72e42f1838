// Svelte compiler options shared by Vite, svelte-check and eslint-plugin-svelte.
export default {
  // discloseVersion: no global registry of the Svelte version in the page (a few bytes, and nothing for a host page to read).
  compilerOptions: { runes: true, discloseVersion: false },
};
