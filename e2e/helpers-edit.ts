// What the editor's specs share: its forms and toolbar by their names, and choosing in an id picker.
import type { Locator, Page } from '@playwright/test';

export const form = (page: Page, name: string) => page.getByRole('form', { name });
export const toolbar = (page: Page) => page.getByRole('region', { name: 'Editing' });

/** Picks an option in a combobox by typing part of its title. */
export async function pick(page: Page, field: Locator, text: string) {
  await field.click();
  await field.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click();
}
