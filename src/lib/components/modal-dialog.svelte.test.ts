// @vitest-environment happy-dom
// A modal dialog makes what it holds only while open (closed, it costs the page's start nothing),
// and in time for opening to focus it.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import ModalDialog from './ModalDialog.svelte';

afterEach(cleanup);

describe('ModalDialog', () => {
  it('holds its content only while open, and has it in place when it opens', async () => {
    let made = 0;
    const children = createRawSnippet(() => ({
      render: () => '<label>Link <input id="inside" /></label>',
      setup: () => void made++,
    }));
    const { container, getByRole } = render(ModalDialog, { props: { id: 'share', title: 'Share this view', opener: 'Share', children } });
    const dialog = container.querySelector('dialog')!;
    expect(container.querySelector('#inside')).toBeNull();
    expect(made).toBe(0);
    let inPlaceWhenOpened = false;
    dialog.showModal = function (this: HTMLDialogElement) {
      inPlaceWhenOpened = this.querySelector('#inside') !== null;
      this.setAttribute('open', '');
    };
    getByRole('button', { name: 'Share' }).click();
    expect(inPlaceWhenOpened).toBe(true);
    expect(made).toBe(1);
    dialog.removeAttribute('open');
    dialog.dispatchEvent(new Event('close'));
    await Promise.resolve();
    expect(container.querySelector('#inside')).toBeNull();
  });
});
