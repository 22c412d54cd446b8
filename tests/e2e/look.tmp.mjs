import { test } from 'node:test';
import { withBuiltSite, openCheck, PHONE } from './support.mjs';
const app = withBuiltSite();
const STEADY = 'v=1&units=km&week=30&prev=30,29,31,30&longest=10&longest30=11&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0';
test('look', async () => {
  for (const [name, q] of [['locking-pain6', STEADY.replace('pain=0','pain=6') + '&flags=swelling&added=hills']]) {
    const { context, page } = await openCheck(app, q, PHONE);
    await page.addStyleTag({ content: '.score-peek{display:none!important}' });
    const el = await page.$('.result');
    await el.screenshot({ path: `artifacts/look-${name}.png` });
    console.log(name, (await page.innerText('.result')));
    await context.close();
  }
});
