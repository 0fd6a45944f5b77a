// The page the live preview shows while the reports are broken: every problem, as the checker
// prints them (`FILE:LINE:COL: what is wrong`), with the preview's tags so it reloads into the
// report once they are fixed.

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page listing `problems` (lines), with `tags` (the preview's script and style) in its head. */
export function problemsPage(problems, tags) {
  const items = problems.map((line) => {
    const located = /^(.+?:\d+:\d+): ([\s\S]*)$/.exec(line);
    return located
      ? `<li><code class="where">${escape(located[1])}</code>: ${escape(located[2])}</li>`
      : `<li>${escape(line)}</li>`;
  });
  return `<!doctype html>
<html lang="en" data-preview-problems>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Problems in the reports — preview</title>
<link rel="icon" href="data:,">
${tags}
</head>
<body>
<main class="preview-problems">
<h1>The reports have problems</h1>
<p>Nothing can be shown until they are fixed. Save the file and this page turns back into the report by itself.</p>
<ul class="problems">
${items.join('\n')}
</ul>
</main>
</body>
</html>
`;
}
