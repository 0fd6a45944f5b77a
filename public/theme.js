// Applies the reader's remembered light or dark choice before the page is drawn, so it never
// flashes the wrong colours. Without a choice, the system's preference applies (see style.css).
try {
  const theme = localStorage.getItem('report-viewer-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage may be blocked; the system preference then applies.
}
