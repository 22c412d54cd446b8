// Trunk post-build hook. Every build gets the whole app beside the check (scripts/whole_app.mjs).
// Release builds then get their JS and CSS minified, the pre-rendered first screen, the
// Content-Security-Policy (it hashes the inline scripts, the pre-render's included), then
// the service worker, whose cache name is made from the final files. Debug builds get nothing more: `trunk serve`
// injects its own reload script, and a worker would cache what is being edited.
import { buildWholeApp } from './whole_app.mjs';
import { minify } from './minify.mjs';
import { prerender } from './prerender.mjs';
import { addContentSecurityPolicy } from './csp.mjs';
import { writeServiceWorker } from './precache.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
const whole = buildWholeApp(dir, release);
console.log(`whole app: ${whole.script}, ${whole.module}, ${whole.style}`);
if (release) {
  const { saved } = minify(dir);
  console.log(`minified JS and CSS: ${saved} bytes fewer`);
  const { bytes } = await prerender(dir);
  console.log(`pre-rendered first screen: ${bytes} bytes of HTML`);
  addContentSecurityPolicy(dir);
  const { build, files } = writeServiceWorker(dir);
  console.log(`service worker: build ${build}, ${files.length} files precached`);
}
