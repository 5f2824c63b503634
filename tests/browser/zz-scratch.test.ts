import { it } from 'vitest';
import { page } from 'vitest/browser';
import { mount, showStep } from './helpers';
it('shots', async () => {
  await page.viewport(1300, 1000);
  const explorer = await mount({}, 1280);
  for (const step of [2, 4, 6, 9, 11]) {
    await showStep(explorer, step);
    await page.screenshot({ path: `shots/w1280-${step}.png` });
  }
  await page.viewport(375, 740);
  const small = await mount({}, 375);
  for (const step of [1, 2, 4, 11]) {
    await showStep(small, step);
    await page.screenshot({ path: `shots/w375-${step}.png` });
  }
}, 120000);
