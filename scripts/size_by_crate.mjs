// Sums twiggy's shallow sizes (CSV on stdin) by the crate a function's name starts with,
// so the profile reads as "yew 97 KB, our components 112 KB", not 4,000 rows.
import { stdin } from 'node:process';

let text = '';
for await (const chunk of stdin) text += chunk;
const rows = text.trim().split('\n').slice(1);
const totals = new Map();
let all = 0;
for (const row of rows) {
  const match = row.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
  if (!match) continue;
  const name = (match[1] ?? match[2]).replaceAll('""', '"');
  const bytes = Number(match[3]);
  if (name.includes('subsection') || name.startsWith('custom section')) continue;
  all += bytes;
  totals.set(groupOf(name), (totals.get(groupOf(name)) ?? 0) + bytes);
}

// The crate is the first path in the name: `<f64 as core::fmt::Display>::fmt` is core's,
// `<yew::...::CompStateInner<COMP> as ...>::view` is yew's (our components' bodies are
// inlined there, so yew's share includes the views).
function groupOf(name) {
  if (name.startsWith('data segment') || name.startsWith('data[')) return 'static data (strings, tables)';
  if (/^(code|type|import|export|table|elem|global)\b/.test(name)) return 'wasm sections';
  const crate = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!crate) return name.startsWith('func[') ? 'unnamed functions' : 'other';
  if (crate[1] === 'knee_check') {
    const module = name.match(/knee_check::([a-z_]+)/);
    return `knee_check::${module[1]}`;
  }
  return crate[1];
}

const sorted = [...totals].sort((a, b) => b[1] - a[1]);
console.log(`${(all / 1024).toFixed(1).padStart(8)} KB  shipped code and data (names not counted)`);
for (const [group, bytes] of sorted.slice(0, 30)) {
  console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${((100 * bytes) / all).toFixed(1).padStart(5)}%  ${group}`);
}
