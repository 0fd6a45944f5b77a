// Preview only (scripts/preview.mjs puts it in the pages it serves): "Copy as a finding" for a
// selection of the Report view's text. It copies a finding block to paste under `# Findings`,
// its passage the selection as the checker reads the report's text (white space normalised; a
// list item after its number, or its bullet, once it is quoted from its start), written so that
// Markdown reads it back word for word; or it says why the selection cannot be a passage.
(() => {
  const TEXT = '#app .narrative-text';
  const WORD_END = /[\p{L}\p{N}\p{M}]$/u;
  const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'preview-copy';
  button.textContent = 'Copy as a finding';
  button.hidden = true;
  const note = document.createElement('p');
  note.className = 'preview-copy-note';
  note.setAttribute('role', 'status');
  document.body.append(button, note);

  /** The pieces of an element's text: its text nodes and line breaks, the links back to findings (↩) left out. */
  function pieces(element) {
    const found = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && node.matches('.to-finding') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) found.push({ node, text: node.data });
      else if (node.localName === 'br') found.push({ node, text: '\n' });
    }
    return found;
  }

  /** The text's lines as the checker reads them: each heading and paragraph, and each list item with its marker. */
  function lines(text) {
    const out = [];
    for (const block of text.children) {
      if (block.localName === 'ol' || block.localName === 'ul') {
        const first = Number(block.getAttribute('start') ?? 1);
        [...block.children].forEach((item, i) => {
          const number = `${first + i}. `;
          const ordered = block.localName === 'ol';
          out.push({ marker: ordered ? number : '• ', markdown: ordered ? number : '- ', pieces: pieces(item) });
        });
      } else {
        out.push({ marker: '', markdown: '', pieces: pieces(block) });
      }
    }
    return out;
  }

  /** Of a piece, the part `range` covers, as [from, to] in its text, or null. */
  function covered(range, { node, text }) {
    if (!range.intersectsNode(node)) return null;
    if (node.nodeType !== Node.TEXT_NODE) return [0, text.length];
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : text.length;
    return from < to ? [from, to] : null;
  }

  const flat = (text) => text.split(/\s+/).filter(Boolean).join(' ');
  // Backslashes before what Markdown would read as markup: inline, and at a line's start a heading,
  // quote, list item, rule, underline or fence.
  const inline = (text) => text.replace(/[\\`*_[\]<>&]/g, '\\$&');
  const lineStart = (text) => text.replace(/^[#+\-=~]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');

  /** The selection as a passage: { passage, quote } (the `> ` lines), or { problem }. */
  function passage(selection) {
    const text = document.querySelector(TEXT);
    if (!text || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
      return { problem: 'Select words of the report’s text only: a passage is quoted from the text itself.' };
    }
    const all = lines(text);
    const chosen = [];
    for (const line of all) {
      const whole = line.pieces.map((piece) => piece.text).join('');
      let at = 0;
      let start = null;
      let end = null;
      for (const piece of line.pieces) {
        const part = covered(range, piece);
        if (part) {
          start ??= at + part[0];
          end = at + part[1];
        }
        at += piece.text.length;
      }
      if (start === null) continue;
      const from = start + (whole.slice(start, end).length - whole.slice(start, end).trimStart().length);
      const to = end - (whole.slice(start, end).length - whole.slice(start, end).trimEnd().length);
      if (from < to) chosen.push({ line, whole, from, to });
    }
    if (chosen.length === 0) return null;
    const first = chosen[0];
    const last = chosen.at(-1);
    if (WORD_END.test(first.whole.slice(0, first.from)) && WORD_START.test(first.whole.slice(first.from))) {
      return { problem: 'The selection starts inside a word: select whole words, so that the passage quotes them.' };
    }
    if (WORD_END.test(last.whole.slice(0, last.to)) && WORD_START.test(last.whole.slice(last.to))) {
      return { problem: 'The selection ends inside a word: select whole words, so that the passage quotes them.' };
    }
    // Each line as quoted: a list item with its marker when it is quoted from its start.
    const quoted = chosen.map(({ line, whole, from, to }) => {
      const words = flat(whole.slice(from, to));
      const marked = line.marker !== '' && whole.slice(0, from).trim() === '';
      return {
        item: marked,
        plain: marked ? line.marker + words : words,
        markdown: (marked ? line.markdown : '') + lineStart(inline(words)),
      };
    });
    const passage = quoted.map((line) => line.plain).join(' ');
    const report = all.map((line) => flat(line.marker + line.pieces.map((piece) => piece.text).join(''))).join(' ');
    if (!report.includes(passage)) {
      return { problem: 'The selection is not found word for word in the report’s text.' };
    }
    // A blank quote line where a list starts or ends, so Markdown reads the same lines.
    const quote = quoted.flatMap((line, i) => (i > 0 && line.item !== quoted[i - 1].item ? ['>', `> ${line.markdown}`] : [`> ${line.markdown}`]));
    return { passage, quote: quote.join('\n') };
  }

  const block = (quote) =>
    [
      '## HEADING {#finding-id}',
      '',
      '- Themes: THEME-ID, THEME-ID',
      '- Speaker: SPEAKER-ID',
      '- Kind: research | proposal | concern | consensus | observation',
      '',
      'SUMMARY: what the passage says, in plain words.',
      '',
      quote,
      '',
    ].join('\n');

  function say(text) {
    note.textContent = text;
    note.hidden = false;
    button.hidden = true;
    note.style.top = button.style.top;
    note.style.left = button.style.left;
  }

  // Shown under the end of a selection that takes in any of the report's text.
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const text = document.querySelector(TEXT);
    const touches = text && selection.rangeCount > 0 && !selection.isCollapsed && selection.getRangeAt(0).intersectsNode(text);
    note.hidden = true;
    button.hidden = !touches;
    if (!touches) return;
    const rects = selection.getRangeAt(0).getClientRects();
    const end = rects[rects.length - 1];
    if (!end) return;
    button.style.top = `${end.bottom + scrollY + 6}px`;
    button.style.left = `${Math.max(8, Math.min(end.right + scrollX - 140, document.documentElement.clientWidth - 180))}px`;
  });
  // The selection stays while the button is pressed.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    const found = passage(document.getSelection());
    if (!found) return;
    if (found.problem) return say(found.problem);
    try {
      await navigator.clipboard.writeText(block(found.quote));
      say('Copied: paste it under “# Findings”, then fill in the heading, id, themes, speaker, kind and summary.');
    } catch {
      say('The clipboard is not available to this page: copying was refused.');
    }
  });
})();
