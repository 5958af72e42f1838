// The editor's parts, loaded together the first time edit mode opens (readers never load them).
export { default as EditToolbar } from './EditToolbar.svelte';
export { default as EditProblems } from './EditProblems.svelte';
export { default as EditPanel } from './EditPanel.svelte';
export { default as EditEmpty } from './EditEmpty.svelte';
