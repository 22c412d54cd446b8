// Measures input-to-updated-result on the built app: for each keystroke-like input, the
// time from the input event to the score's text changing in the DOM. Prints figures; the
// target is one frame (16 ms). Run through scripts/bench.sh.
import { serve, launch, openPage, appReady, DIST, PHONE } from '../e2e/support.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const site = await serve(DIST);
const browser = await launch();
const { page, errors } = await openPage(browser, PHONE);
page.on('crash', () => console.error('page crashed', errors));
await page.goto(`${site.url}#/check?v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&strength=1`);
await appReady(page);
await page.waitForSelector('[data-testid=risk-score]');

const timings = await page.evaluate(async (rounds) => {
  const input = document.querySelector('#week');
  const score = document.querySelector('[data-testid=risk-score]');
  const results = [];
  for (let i = 0; i < rounds; i += 1) {
    const value = String(i % 2 === 1 ? 30 : 60 + (i % 40));
    const before = score.textContent;
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (score.textContent !== before) { observer.disconnect(); resolve(); }
      });
      observer.observe(score, { childList: true, characterData: true, subtree: true });
      setTimeout(() => { observer.disconnect(); resolve(); }, 1000);
    });
    performance.mark('input-start');
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await changed;
    performance.mark('result-shown');
    results.push(performance.measure('input-to-result', 'input-start', 'result-shown').duration);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return results;
}, ROUNDS);

timings.sort((a, b) => a - b);
const at = (q) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
console.log(`input to updated result over ${ROUNDS} inputs: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${timings.at(-1).toFixed(2)} ms (target: under 16 ms)`);
await browser.close();
await site.close();
