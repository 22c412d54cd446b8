// Trunk post-build hook for release builds: first the pre-rendered first screen, then the
// Content-Security-Policy (it hashes the inline scripts, the pre-render's included), then the
// service worker, whose cache name is made from the final files.
// Debug builds are left alone: `trunk serve` injects its own reload script, and a worker
// would cache what is being edited.
import { prerender } from './prerender.mjs';
import { addContentSecurityPolicy } from './csp.mjs';
import { writeServiceWorker } from './precache.mjs';

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  const { bytes } = await prerender(dir);
  console.log(`pre-rendered first screen: ${bytes} bytes of HTML`);
  addContentSecurityPolicy(dir);
  const { build, files } = writeServiceWorker(dir);
  console.log(`service worker: build ${build}, ${files.length} files precached`);
}
