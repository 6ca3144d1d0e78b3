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

export async function loadFees() {
  return (
    await fetch('/bench/.cache/' + (location.pathname.includes('gongkai') ? 'fees-10000.json' : 'fees-10000-flat.json'))
  ).json();
}
