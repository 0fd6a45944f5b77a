// Offline use and updates, in the page. Once the app has drawn the page (it says so with the
// `report-viewer-ready` event), this registers the service worker (sw.js), asks it to save the
// site's reports ('save-offline'; it saves only what costs nothing on a metered connection) and
// says in the footer's #offline-badge how many are saved, with a button that saves the rest on a
// metered connection. It checks for a new deployment when the network comes back, when the tab
// becomes visible and every 15 minutes, offers it in the page's .update-banner, and reloads into
// it when the reader asks (the address, and so the filters, stay as they are). Plain script:
// nothing of this needs the app's WebAssembly.
(() => {
  const UPDATE_CHECK_MS = 15 * 60 * 1000;
  const OFFER = '<p>A new version is available — <button type="button" class="button" data-reload>Reload</button></p>';

  /** A count as English prints it: "1,030". */
  const grouped = (count) => count.toLocaleString('en-GB');

  /** A size as a reader weighs it: "340 KB", "1.2 MB". */
  function size(bytes) {
    const kb = Math.ceil(bytes / 1000);
    return kb < 1000 ? `${kb} KB` : `${Math.floor(kb / 1000)}.${Math.floor((kb % 1000) / 100)} MB`;
  }

  /**
   * The footer's word on offline use, as HTML: nothing until something is saved; on a site of one
   * report "Available offline"; else how many are saved or being saved, and on a metered
   * connection (unless the reader asked already) a button that saves the rest, with its size.
   */
  function note({ saved, total, bytes, metered }, asked) {
    if (total <= 1) return saved === 1 && total === 1 ? 'Available offline' : '';
    const count = `${grouped(saved)} of ${grouped(total)} reports`;
    if (saved === total) return `Available offline: ${count}`;
    if (!metered || asked) return `Saving for offline: ${count}`;
    const rest = total - saved;
    const which = rest === 1 ? 'the other one' : `the other ${grouped(rest)}`;
    return `Available offline: ${count} <button type="button" class="link-button" data-do="save-offline">Save ${which} for offline (${size(bytes)})</button>`;
  }
  // For the tests of these words (tests/build/offline-note.test.mjs).
  window.reportViewerOffline = { note, size };

  if (!('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  let status = { saved: 0, total: 0, bytes: 0, metered: false };
  let asked = false;

  function show() {
    const badge = document.getElementById('offline-badge');
    if (!badge) return;
    const html = note(status, asked);
    badge.className = html ? 'offline-badge' : 'offline-badge hidden';
    badge.innerHTML = html;
  }

  /** Asks the active worker to save the reports it lacks: those free to save, or with `all` every one. */
  async function save(all) {
    const registration = await workers.ready;
    registration.active?.postMessage(all ? 'save-offline-all' : 'save-offline');
  }

  /** Offers the new version when one is installed and waiting while another controls the page. */
  function offerIfWaiting(registration) {
    const banner = document.querySelector('.update-banner');
    if (registration.waiting && workers.controller && banner) banner.innerHTML = OFFER;
  }

  /** Hands control to the waiting version and reloads into it once it has taken over. */
  async function reloadIntoUpdate() {
    let reloading = false;
    workers.addEventListener('controllerchange', () => {
      if (!reloading) location.reload();
      reloading = true;
    });
    const waiting = (await workers.getRegistration())?.waiting;
    if (waiting) waiting.postMessage('skip-waiting');
    else location.reload();
  }

  async function start() {
    let registration;
    try {
      registration = await workers.register('sw.js');
    } catch {
      return;
    }
    workers.addEventListener('message', (event) => {
      const { saved, total, bytes, metered } = event.data ?? {};
      if ([saved, total, bytes].every(Number.isFinite)) {
        status = { saved, total, bytes, metered: Boolean(metered) };
        show();
      }
    });
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', () => offerIfWaiting(registration));
    });
    // An unreachable server just means no news: offline is expected. A check also catches a
    // version that finished installing before anyone listened.
    const check = () =>
      registration
        .update()
        .catch(() => {})
        .then(() => offerIfWaiting(registration));
    setInterval(check, UPDATE_CHECK_MS);
    window.addEventListener('online', check);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
    offerIfWaiting(registration);
    await save(false);
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-reload]')) reloadIntoUpdate();
    else if (target?.closest('[data-do=save-offline]')) {
      asked = true;
      show();
      save(true);
    }
  });
  window.addEventListener('report-viewer-ready', start, { once: true });
})();
