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

  // The words, in the reader's language: public/boot.js keeps them (`offline.` keys, a count's
  // forms joined by tabs, in CLDR's order), and the app marks the page's language.
  const language = () => document.documentElement?.lang || 'en';
  const word = (key) => window.reportViewerWords?.[key] ?? key;
  const escaped = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  /** `key`'s words with each `{name}` of `values` filled in (as HTML: the words escaped). */
  const fill = (text, values) => escaped(text).replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
  /** A count as the language writes it: "1,030", "1 030". */
  const grouped = (count) => count.toLocaleString(language());
  /** The form of `key` that `count` takes, filled in. */
  function counted(key, count, values) {
    const rules = new Intl.PluralRules(language());
    const order = ['one', 'few', 'many', 'other'].filter((form) => rules.resolvedOptions().pluralCategories.includes(form));
    const forms = word(key).split('\t');
    return fill(forms[order.indexOf(rules.select(count))] ?? forms.at(-1), { count: grouped(count), ...values });
  }

  /** A size as a reader weighs it: "340 KB", "1.2 MB" (tenths cut, not rounded). */
  function size(bytes) {
    const kb = Math.ceil(bytes / 1000);
    if (kb < 1000) return fill(word('offline.kb'), { count: grouped(kb) });
    const tenths = Math.floor(kb / 100) / 10;
    return fill(word('offline.mb'), { count: tenths.toLocaleString(language(), { minimumFractionDigits: 1 }) });
  }

  /**
   * The footer's word on offline use, as HTML: nothing until something is saved; on a site of one
   * report "Available offline"; else how many are saved or being saved, and on a metered
   * connection (unless the reader asked already) a button that saves the rest, with its size.
   */
  function note({ saved, total, bytes, metered }, asked) {
    if (total <= 1) return saved === 1 && total === 1 ? fill(word('offline.available'), {}) : '';
    const count = counted('offline.of-reports', total, { saved: grouped(saved) });
    if (saved === total) return fill(word('offline.all'), { count });
    if (!metered || asked) return fill(word('offline.saving'), { count });
    const rest = counted('offline.save-rest', total - saved, { size: size(bytes) });
    return `${fill(word('offline.all'), { count })} <button type="button" class="link-button" data-do="save-offline">${rest}</button>`;
  }
  // For the tests of these words (tests/build/offline-note.test.mjs).
  window.reportViewerOffline = { note, size };

  if (!navigator.serviceWorker) return;
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
    const button = `<button type="button" class="button" data-reload>${fill(word('offline.reload'), {})}</button>`;
    if (registration.waiting && workers.controller && banner) banner.innerHTML = `<p>${fill(word('offline.update'), { button })}</p>`;
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
    // No worker after all (a browser that blocks them answers with none).
    if (!registration) return;
    // Opened while the worker was activating, a page is not among those it claimed: ask it to.
    workers.ready.then((ready) => workers.controller || ready.active?.postMessage('claim'));
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
