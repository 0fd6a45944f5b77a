// Starts loading the data the address needs, and watches the start of the viewer and takes over when it
// cannot start or later fails: a clear message and "Try again" (above the findings drawn at
// build time, if any), which reloads (fetching the files again) and, if that fails too, clears
// the offline copy of the site and reloads from the network. Never a blank page.
(() => {
  // What this address shows, from the list of data files in index.html (written at build time:
  // report::SiteFiles): the report it names, or the site's only one, else the library. The app
  // reads it (src/data.rs); the data it needs downloads from now on, while the app's own does.
  const loaded = [];
  // Parts of the page drawn at build time that only work with JavaScript show from now on.
  document.documentElement.dataset.js = '';
  // The words this script and public/offline.js say: the site's language's, written into the
  // page, then the reader's once its translation (`key=value` lines) is in.
  const words = {};
  window.reportViewerWords = words;
  const word = (key) => words[key] ?? key;
  const showLoading = () => document.documentElement.style.setProperty('--loading', JSON.stringify(word('boot.loading')));
  try {
    const files = JSON.parse(document.getElementById('site-files').textContent);
    Object.assign(words, files.words);
    showLoading();
    // The interface's language: the last one the address names that the site has (`lang=FR`
    // too), else the first of the browser's the site has, else the site's. The app reads the
    // translation (src/words.rs); English is in it.
    const languages = files.languages ?? [];
    const has = (code) => languages.some((language) => language.lang === code);
    const named = new URLSearchParams(location.search).getAll('lang').map((tag) => tag.trim().toLowerCase()).findLast(has);
    const preferred = (navigator.languages ?? [navigator.language]).map((tag) => String(tag).split('-')[0].toLowerCase()).find(has);
    const lang = named ?? preferred ?? files.lang;
    const translation = lang === 'en' && files.lang === 'en' ? null : languages.find((language) => language.lang === lang);
    const texts = translation
      ? fetch(translation.file)
          .then((response) => (response.ok ? response.text() : null))
          .catch(() => null)
      : Promise.resolve(null);
    texts.then((text) => {
      for (const line of (text ?? '').split('\n')) {
        const at = line.indexOf('=');
        const key = line.slice(0, at);
        if (at > 0 && (key.startsWith('boot.') || key.startsWith('offline.'))) words[key] = line.slice(at + 1);
      }
      showLoading();
    });
    // A report's own page, or a large library's page (for readers without JavaScript, or offline
    // the app's page standing in for them), opens as the report's or the library's address does,
    // which then is the address.
    const own = files.reports.find((report) => report.page && location.pathname.endsWith(`/${report.page}`));
    if (own) history.replaceState(history.state, '', `./?report=${encodeURIComponent(own.name)}${location.hash}`);
    else if (location.pathname.endsWith('/library.html')) history.replaceState(history.state, '', `./${location.hash}`);
    const asked = new URLSearchParams(location.search).getAll('report').pop()?.trim() || null;
    const alone = files.reports.length === 1;
    const chosen = alone ? files.reports[0] : files.reports.find((report) => report.name === asked);
    const path = chosen ? chosen.file : files.catalogue;
    const load = (file) =>
      fetch(file).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      });
    loaded.push(path);
    window.reportViewerData = {
      // The report's name when the site has several (it then leads every address), '' when it is
      // the only one; none for the library, with the name asked for that the site does not have.
      name: chosen ? (alone ? '' : chosen.name) : undefined,
      unknown: chosen ? undefined : (asked ?? undefined),
      version: files.version,
      built: files.built,
      lang,
      named: !!named,
      languages: languages.map(({ lang, name }) => ({ lang, name })),
      texts,
      // Every report's name and data file, for the library's search across them.
      reports: files.reports,
      path,
      bytes: load(path),
      // Fetches another data file (a long report's narrative, the library's reports).
      load,
    };
    // Met again by the app, which says what failed.
    window.reportViewerData.bytes.catch(() => {});
  } catch {
    // No list: the app says so.
  }

  const TRIES_KEY = 'report-viewer-start-failures';
  // Once the page has been parsed: what the app and the failure message draw into is there.
  const parsed = new Promise((done) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', done, { once: true }) : done()));
  const START_TIMEOUT_MS = 30000;
  let started = false;
  // The page drawn at build time shows the findings unfiltered: style.css keeps it out of sight
  // while an address that asks for more waits for the app.
  if (location.search.length > 1) document.documentElement.dataset.query = '';

  const failures = () => Number(sessionStorage.getItem(TRIES_KEY) || 0);

  // Fetches the page's own files again past the browser's HTTP cache, so a damaged copy there is
  // replaced before the reload.
  async function refetchFiles() {
    const paths = [...document.querySelectorAll('link[href], script[src]')].map((element) => element.getAttribute('href') || element.getAttribute('src'));
    const urls = [...paths, ...loaded]
      .map((path) => new URL(path, location.href))
      .filter((url) => url.origin === location.origin);
    await Promise.all(urls.map((url) => fetch(url, { cache: 'reload' }).catch(() => {})));
  }

  // Clears this site's offline copy, and only this site's: other sites on the same origin (every
  // project site of a GitHub Pages owner shares one) keep their workers and caches. The site's
  // scope is the page's folder (the page may be at `scope + 'index.html'`); its worker names its
  // caches `report-viewer SCOPE BUILD` (public/service-worker.js).
  async function clearOfflineCopy() {
    const scope = new URL('./', location.href).href;
    const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
    await Promise.all(registrations.filter((registration) => registration.scope === scope).map((registration) => registration.unregister()));
    const names = (await globalThis.caches?.keys?.()) ?? [];
    await Promise.all(names.filter((name) => name.startsWith(`report-viewer ${scope} `)).map((name) => caches.delete(name)));
  }

  function show(reason) {
    // Said once the page is parsed: it goes in the page's #app.
    if (document.readyState === 'loading') return parsed.then(() => show(reason));
    if (document.querySelector('.fatal')) return;
    const tries = failures();
    sessionStorage.setItem(TRIES_KEY, String(tries + 1));
    const main = document.createElement('main');
    main.className = 'fatal';
    main.setAttribute('role', 'alert');
    const heading = document.createElement('h1');
    heading.textContent = word('boot.failed');
    const text = document.createElement('p');
    text.textContent = `${reason} ${word(tries === 0 ? 'boot.usually-helps' : 'boot.damaged-copy')}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = word(tries === 0 ? 'boot.try-again' : 'boot.clear-and-try');
    button.addEventListener('click', async () => {
      button.disabled = true;
      if (tries > 0) await clearOfflineCopy().catch(() => {});
      await refetchFiles();
      location.reload();
    });
    main.append(heading, text, button);
    const root = document.getElementById('app') || document.body;
    // Above the page drawn at build time, which stays readable; else in place of the page.
    if (root.classList.contains('prerendered')) root.prepend(main);
    else root.replaceChildren(main);
  }

  // The language switcher's links (`a[data-lang]`, see report::html::language_switcher) open the
  // address as it is now, whatever the view and filters, in their language.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-lang]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const rest = location.search.slice(1).split('&').filter((pair) => pair && !pair.startsWith('lang='));
    location.assign(`?${[...rest, `lang=${link.dataset.lang}`].join('&')}${location.hash}`);
  });

  // The app the address needs, from the list in index.html (scripts/site-steps.mjs): the library's
  // for the library, the long report's for a report whose findings' words or narrative ship apart,
  // else the report's (which also says so when the page lists no data files).
  // It starts once the page is parsed, as a module script would: it draws into the page. On a site
  // of one app the page's head has already asked for its files, after the stylesheet; else they
  // are asked for then, so the stylesheet, which holds up the first paint, goes first.
  try {
    const apps = JSON.parse(document.getElementById('app-files').textContent);
    const data = window.reportViewerData;
    const opened = data?.reports.find((report) => report.file === data.path);
    const long = opened?.texts || opened?.narrative;
    const app = (data?.name === undefined && apps.library) || (long && apps.long) || apps.report;
    loaded.push(app.js, app.wasm);
    parsed
      .then(() => {
        if (!document.querySelector(`link[rel="preload"][href="${app.wasm}"]`)) {
          const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', type: 'application/wasm', href: app.wasm });
          preload.crossOrigin = 'anonymous';
          document.head.append(preload);
        }
        return import(app.js);
      })
      .then((module) => module.default({ module_or_path: app.wasm }))
      .then(
        () => {
          started = true;
          sessionStorage.removeItem(TRIES_KEY);
        },
        () => show(word('boot.files-failed')),
      );
  } catch {
    show(word('boot.files-failed'));
  }
  // The app reports data it cannot read, and panics, with this event (see src/fatal.rs).
  window.addEventListener('report-viewer-failed', (event) => show(event.detail));
  window.addEventListener('unhandledrejection', () => {
    if (!started) show(word('boot.files-failed'));
  });
  window.addEventListener(
    'error',
    (event) => {
      const failedFile = event.target instanceof HTMLScriptElement || event.target instanceof HTMLLinkElement;
      if (!started && (failedFile || event.error)) show(word('boot.files-failed'));
    },
    true,
  );
  setTimeout(() => {
    if (!started) show(word('boot.too-slow'));
  }, START_TIMEOUT_MS);
})();
