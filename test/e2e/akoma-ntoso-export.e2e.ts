import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CASE, openBundledCase, typeInPart } from './helpers/app';
import { appLauncher } from './helpers/browser';

const app = appLauncher();
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const xsd = path.resolve(repoRoot, '../shared/schemas/akomantoso30.xsd');

describe('exporting the act as Akoma Ntoso XML', () => {
  it('saves the act on screen as a judgment with its operative part in <decision>', async () => {
    const { page } = await app.launch();
    await openBundledCase(page);
    await typeInPart(page, 3, ' Взыскать с Ахметова Е.С. 2 200 000 тенге & расходы.');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Экспорт в Akoma Ntoso XML' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${BUNDLED_CASE.caseId}.akn.xml`);
    const xml = await readFile(await file.path(), 'utf8');
    expect(xml).toContain('<judgment name="civil-decision">');
    expect(xml).toMatch(
      /<decision>[\s\S]*Взыскать с Ахметова Е\.С\. 2 200 000 тенге &amp; расходы\.[\s\S]*<\/decision>/,
    );
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining('.akn.xml'));

    // The schema comes with ../shared, which CI always has beside the repository.
    expect(existsSync(xsd), `${xsd} is missing`).toBe(true);
    const check = spawnSync('xmllint', ['--schema', xsd, '--noout', await file.path()], { encoding: 'utf8' });
    expect(check.stderr).toContain('validates');

    // Every export leaves a version in the history.
    await page.getByRole('button', { name: 'История', exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByRole('dialog', { name: 'История версий' })
          .getByRole('button', { name: /Выгружено в файл/ })
          .count(),
      )
      .toBe(1);
  });
});
