// The time to import a year of running on this machine, and how long the page went without
// answering meanwhile: 400 FIT files (one a run, a record a second, as watches write them)
// dropped at once, then Strava's bulk export of the same year (its activities.csv and every
// run as a gzipped FIT, about 60 MB). It measures and prints; it never fails on a figure.
// Run through scripts/bench.sh, after the release build:
//   node bench/import_year.mjs dist
import { argv } from 'node:process';
import { mkdtempSync, writeFileSync, readFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { Encoder, Profile } from '@garmin/fitsdk';
import { stravaCsv, zip } from '../tests/fixtures/activities/make.mjs';
import { serve } from '../scripts/static_server.mjs';
import { launch } from '../scripts/chromium.mjs';

const [dist = 'dist'] = argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 400);
const today = new Date();
const DAY = 86_400_000;

/** A year of invented runs: about eight a week, 5 to 21 km. */
const year = Array.from({ length: RUNS }, (_, i) => ({
  ago: Math.floor((i * 365) / RUNS), km: 5 + ((i * 7) % 17), sport: 'run', ascent: 30 + (i % 90), cadence: 164 + (i % 14),
}));

/** A FIT file as a watch writes it: file id, a record every second (position, distance,
 *  altitude, heart rate, cadence, speed), a lap, a session. */
function watchFit(run) {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - run.ago * DAY + 7 * 3600_000);
  const seconds = Math.round(run.km * 330);
  const encoder = new Encoder();
  encoder.onMesg(Profile.MesgNum.FILE_ID, { manufacturer: 'development', product: 1, timeCreated: start, type: 'activity' });
  for (let s = 0; s < seconds; s += 1) {
    encoder.onMesg(Profile.MesgNum.RECORD, {
      timestamp: new Date(start.getTime() + s * 1000),
      positionLat: Math.round((51.5 + s * 0.00003) * 11930464.7), positionLong: Math.round((-0.12 + Math.sin(s / 300) * 0.01) * 11930464.7),
      distance: (run.km * 1000 * s) / seconds, altitude: 20 + 10 * Math.sin(s / 200), heartRate: 130 + (s % 25), cadence: 84 + (s % 5), speed: 3 + (s % 7) / 10,
    });
  }
  const end = new Date(start.getTime() + seconds * 1000);
  const summary = {
    timestamp: end, startTime: start, totalDistance: run.km * 1000, totalElapsedTime: seconds, totalAscent: run.ascent,
    sport: 'running', subSport: 'street', avgCadence: Math.floor(run.cadence / 2), avgFractionalCadence: (run.cadence / 2) % 1,
  };
  encoder.onMesg(Profile.MesgNum.LAP, { ...summary, messageIndex: 0 });
  encoder.onMesg(Profile.MesgNum.SESSION, { ...summary, messageIndex: 0, firstLapIndex: 0, numLaps: 1 });
  encoder.onMesg(Profile.MesgNum.ACTIVITY, { timestamp: end, numSessions: 1, type: 'manual', event: 'activity', eventType: 'stop' });
  return Buffer.from(encoder.close());
}

console.log(`==> writing a year of runs: ${RUNS} FIT files and Strava's export of them`);
const folder = mkdtempSync(join(tmpdir(), 'knee-import-'));
const written = Date.now();
const fits = year.map((run, i) => {
  const path = join(folder, `run-${i}.fit`);
  writeFileSync(path, watchFit(run));
  return path;
});
const fitBytes = fits.reduce((sum, path) => sum + statSync(path).size, 0);
const zipPath = join(folder, 'export_12345.zip');
// Strava's export also holds the runner's photos (media/), which the import never opens:
// 80 pictures' worth of incompressible bytes bring it to about the 60 MB of a real year.
writeFileSync(zipPath, zip([
  { name: 'activities.csv', data: stravaCsv(year, today) },
  ...fits.map((path, i) => ({ name: `activities/${1000 + i}.fit.gz`, data: gzipSync(readFileSync(path)) })),
  ...Array.from({ length: 80 }, (_, i) => ({ name: `media/${i}.jpg`, data: randomBytes(400_000) })),
]));
console.log(`${RUNS} FIT files, ${(fitBytes / 1e6).toFixed(1)} MB; the zip ${(statSync(zipPath).size / 1e6).toFixed(1)} MB (written in ${((Date.now() - written) / 1000).toFixed(0)} s)`);

const site = await serve(dist);
const browser = await launch();

/** Picks `paths` on the check and times the preview, with the longest the page went
 *  without a frame meanwhile (a heartbeat of requestAnimationFrame) and the long tasks (start
 *  after the pick, duration, in ms). A first small import brings the whole app beforehand, so
 *  the figures are the import's alone. */
async function importTime(label, paths) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${site.url}#/check`);
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.getElementById('prerendered'));
  await page.setInputFiles('[data-testid=import-activities]', [paths[0]]);
  await page.waitForSelector('[data-testid=activities-preview]');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.evaluate(() => {
    window.__gap = 0;
    window.__long = [];
    document.addEventListener('change', () => { window.__picked = performance.now(); }, true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__long.push([Math.round(entry.startTime - (window.__picked ?? 0)), Math.round(entry.duration)]);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const beat = (now) => { if (window.__picked) window.__gap = Math.max(window.__gap, now - last); last = now; requestAnimationFrame(beat); };
    requestAnimationFrame(beat);
  });
  const started = Date.now();
  await page.setInputFiles('[data-testid=import-activities]', paths);
  await page.waitForSelector('[data-testid=activities-preview]', { timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const gap = await page.evaluate(() => window.__gap);
  const long = await page.evaluate(() => JSON.stringify(window.__long));
  const shown = await page.$eval('[data-testid=activities-preview]', (element) => ({ ...element.dataset }));
  console.log(`${label}: preview after ${seconds.toFixed(1)} s (picking included); longest frame gap ${gap.toFixed(0)} ms; long tasks ${long}; this week ${shown.week} km in ${shown.runs} runs, cadence ${shown.cadence}`);
  await context.close();
}

await importTime(`${RUNS} FIT files`, fits);
await importTime('Strava export zip', [zipPath]);
await browser.close();
await site.close();
rmSync(folder, { recursive: true, force: true });
