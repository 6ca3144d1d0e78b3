// In-page timing shared by every contender: time from an action until a condition holds in the
// DOM, including the style and layout work it causes (a forced layout at the end), not the paint.
export function until(condition, action, timeout = 10_000) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let done = false;
    const check = () => {
      if (done || !condition()) return;
      done = true;
      document.body.getBoundingClientRect(); // force style + layout
      const ms = performance.now() - t0;
      observer.disconnect();
      resolve(ms);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    // An action may return a shadow root to watch as well (mutations inside it are not seen from the document).
    const extra = action();
    if (extra) observer.observe(extra, { subtree: true, childList: true, characterData: true, attributes: true });
    queueMicrotask(check);
    // A safety net: poll every frame too.
    const poll = () => {
      check();
      if (!done) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    setTimeout(() => !done && reject(new Error('timed out')), timeout);
  });
}

/** The fees of this page's size (`?n=`, default 10,000): ours with the model's standard, the others pre-formatted. */
export async function loadFees() {
  const n = new URLSearchParams(location.search).get('n') ?? '10000';
  return (await fetch(`/bench/.cache/fees-${n}${location.pathname.includes('gongkai') ? '' : '-flat'}.json`)).json();
}

/**
 * One scale run, the same for every contender: from creating the table, the first rows; then "all
 * rows in, searchable" (a search for the last fee, issued as soon as the contender has every row,
 * shows it); the longest main-thread task after the first rows until then (Long Tasks API, tasks over
 * 50 ms); and each keystroke of `keys`, typed and measured synchronously (one task each). `create()` makes
 * the table, `all()` says every row is in, `search(q)` types a query, `rows()` lists the rendered rows.
 */
export async function scaleRun({ create, all, search, rows }, lastName, keys) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const first = await until(() => rows().length > 0, create, 600_000);
  const firstAt = t0 + first;
  await until(all, () => undefined, 600_000);
  const allIn = performance.now() - t0;
  // Searches are typed from a task of the page's own: the Long Tasks API does not see work done
  // inside the benchmark's Runtime.evaluate.
  const typeInTask = (q) => () => void setTimeout(() => search(q));
  await until(() => [...rows()].some((r) => r.textContent.includes(lastName)), typeInTask(lastName), 600_000);
  const searchable = performance.now() - t0;
  // Tasks still queued (an index built in idle time) count too: wait for a quiet second.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await new Promise((resolve) => setTimeout(resolve, 100));
  tasks.push(...observer.takeRecords()); // entries not yet delivered to the callback
  observer.disconnect();
  // Each keystroke is typed and measured synchronously: its time is the length of its task.
  const keystrokes = [];
  for (const q of keys)
    keystrokes.push(
      await until(
        () => rows().length > 0 && [...rows()].every((r) => r.textContent.includes(q)),
        () => search(q),
        600_000,
      ),
    );
  // While the list loads: after the first rows, the search for the last fee included.
  const loading = tasks.filter((t) => t.startTime >= firstAt);
  return {
    first,
    allIn,
    searchable,
    longestTask: Math.max(0, ...loading.map((t) => t.duration)),
    longTasks: loading.length,
    keystrokes,
  };
}
