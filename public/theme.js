// Sets light or dark before the page is drawn, so it never flashes the wrong colours: the
// reader's remembered choice if any (see src/components/theme_toggle.rs), else the system's,
// followed as it changes.
(() => {
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const chosen = () => {
    try {
      return localStorage.getItem('report-viewer-theme');
    } catch {
      return null; // Storage may be blocked: the system decides.
    }
  };
  const apply = () => {
    const choice = chosen();
    root.dataset.theme = choice === 'light' || choice === 'dark' ? choice : system.matches ? 'dark' : 'light';
  };
  apply();
  system.addEventListener('change', apply);
})();
