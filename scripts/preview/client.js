// Preview only (scripts/preview.mjs puts it in the pages it serves): reloads the page when the
// reports have been built again (the server names each build in a Server-Sent Event), keeping
// its address, and so its filters, and its scroll position.
(() => {
  const build = document.currentScript.dataset.build;
  const PLACE = 'report-viewer-preview-place';
  // The page of problems keeps no place: the report's, saved before it, waits for the fix.
  const problems = document.documentElement.hasAttribute('data-preview-problems');

  new EventSource('/__preview/events').addEventListener('build', (event) => {
    if (event.data === build) return;
    if (!problems) sessionStorage.setItem(PLACE, JSON.stringify({ href: location.href, x: scrollX, y: scrollY }));
    location.reload();
  });

  const place = JSON.parse(sessionStorage.getItem(PLACE) ?? 'null');
  if (problems || !place) return;
  sessionStorage.removeItem(PLACE);
  if (place.href !== location.href) return;
  // Back to the place once the app has drawn the view that far down (or after 5 s, as far as it can).
  const until = performance.now() + 5000;
  const restore = () => {
    const drawn = document.querySelector('#app:not(.prerendered) main#main');
    const tall = document.documentElement.scrollHeight >= place.y + innerHeight;
    if ((drawn && tall) || performance.now() > until) scrollTo(place.x, place.y);
    else requestAnimationFrame(restore);
  };
  restore();
})();
