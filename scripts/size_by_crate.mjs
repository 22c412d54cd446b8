// Sums twiggy's shallow sizes (CSV on stdin) twice: by the crate a function's name starts
// with ("yew 51 KB, core 21 KB"), and by the module of ours the function serves, found
// anywhere in its name. The build's v0 symbol names keep generic arguments, so
// `CompStateInner<knee_check::components::share_box::ShareBox>::view`, yew's copy of a
// component with our view inlined into it, counts under `components::share_box`.
import { stdin } from 'node:process';

let text = '';
for await (const chunk of stdin) text += chunk;
const rows = text.trim().split('\n').slice(1);
const byCrate = new Map();
const byModule = new Map();
let all = 0;
for (const row of rows) {
  const match = row.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
  if (!match) continue;
  const name = (match[1] ?? match[2]).replaceAll('""', '"');
  const bytes = Number(match[3]);
  if (name.includes('subsection') || name.startsWith('custom section')) continue;
  all += bytes;
  add(byCrate, crateOf(name), bytes);
  add(byModule, moduleOf(name), bytes);
}

function add(totals, group, bytes) {
  totals.set(group, (totals.get(group) ?? 0) + bytes);
}

function sectionOf(name) {
  if (name.startsWith('data segment') || name.startsWith('data[')) return 'static data (strings, tables)';
  if (/^(code|type|import|export|table|elem|global)\b/.test(name)) return 'wasm sections';
  return null;
}

// The first path in the name: `<f64 as core::fmt::Display>::fmt` is core's.
function crateOf(name) {
  const section = sectionOf(name);
  if (section) return section;
  // Methods of primitive types (`<str>::trim_end_matches::<char>`) are core's.
  if (/^<(str|char|bool|\[|&|[iuf](8|16|32|64|128|size))[>\]]?/.test(name) && !/ as /.test(name.split('>::')[0])) return 'core';
  const crate = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!crate) return name.startsWith('func[') ? 'unnamed functions' : 'other';
  if (crate[1] === 'knee_check') return `knee_check::${name.match(/knee_check(?:\[[0-9a-f]+\])?::([a-z_]+)/)[1]}`;
  return crate[1];
}

// The first module of ours named anywhere in it, two levels deep; else the crate.
function moduleOf(name) {
  const ours = name.match(/knee_check(?:\[[0-9a-f]+\])?::([a-z_]+(?:::[a-z_]+)?)/);
  return ours ? ours[1] : `(${crateOf(name)})`;
}

function print(title, totals, shown) {
  console.log(`==> ${title}`);
  console.log(`${(all / 1024).toFixed(1).padStart(8)} KB  shipped code and data (names not counted)`);
  for (const [group, bytes] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, shown)) {
    console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${((100 * bytes) / all).toFixed(1).padStart(5)}%  ${group}`);
  }
}

print('by crate (shallow bytes of functions named after it)', byCrate, 30);
print('by module of ours served (generic copies included; other crates in brackets)', byModule, 45);
