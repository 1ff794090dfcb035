// Reading a DevTools protocol CPU profile (Profiler.stop): time per function, of its own and
// in all, for the profiling scripts (profile-views.mjs, profile-steps.mjs).

export const ms = (us) => (us / 1000).toFixed(1).padStart(7);

/** Time of its own and in all, per function name, of a DevTools protocol CPU profile. */
export function byFunction(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const sampled = new Map();
  profile.samples.forEach((id, k) => sampled.set(id, (sampled.get(id) || 0) + (profile.timeDeltas[k] || 0)));
  const own = new Map();
  const inAll = new Map();
  let busy = 0;
  for (const [id, us] of sampled) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const name = functionName || `(anonymous ${url.split('/').pop()}:${lineNumber})`;
    if (name === '(idle)' || name === '(program)') continue;
    own.set(name, (own.get(name) || 0) + us);
    busy += us;
    const seen = new Set();
    for (let at = id; at; at = parent.get(at)) {
      const outer = nodes.get(at).callFrame.functionName;
      if (outer && !seen.has(outer)) {
        seen.add(outer);
        inAll.set(outer, (inAll.get(outer) || 0) + us);
      }
    }
  }
  return { busy, own, inAll };
}

export const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

/** Prints a profile: the busy time, then the functions with the most time of their own and in all. */
export function report(label, profile, own = 15, inAll = 25) {
  const found = byFunction(profile);
  console.log(`${label}: ${ms(found.busy).trim()} ms busy in JavaScript and wasm`);
  console.log('  own time');
  for (const [name, us] of top(found.own, own)) console.log(`  ${ms(us)}  ${name.slice(0, 140)}`);
  console.log('  in all');
  for (const [name, us] of top(found.inAll, inAll)) console.log(`  ${ms(us)}  ${name.slice(0, 140)}`);
}
