/** A Markdown table cell under a "Status" or "Code" column. */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Finding } from './types';

function cellAt(c: Candidate): Finding | undefined {
  if (c.lang !== 'markdown') return undefined;
  const cell = /^\s*\|((?:[^|]*\|)*)\s*[`*]*$/.exec(c.left);
  if (!cell) return undefined;
  if (c.right.trim() && !/^[`*]*\s*(?:\||$)/.test(c.right)) return undefined;
  const column = (cell[1].match(/\|/g) ?? []).length;
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < 60; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (!/^\s*\|/.test(t)) return undefined;
    if (/^\s*\|?\s*:?-{3,}/.test(t)) {
      const header = contextLine(c.doc, l - 1).split('|').slice(1);
      return /status|code|状态|响应码/i.test(header[column] ?? '') ? {} : undefined;
    }
  }
  return undefined;
}

export const markdownTable: Evidence = {
  id: 'markdown-table',
  direction: 'slot',
  view: 'code',
  summary: 'a cell of a Markdown table under a Status or Code column',
  test: cellAt,
  fires: [
    { lang: 'markdown', text: '| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ | no such parcel |' },
    { lang: 'markdown', text: '| Case | Code |\n|---|---|\n| missing | `⟦404⟧` |' },
    { lang: 'markdown', text: '| HTTP status | When |\n| :--- | --- |\n| ⟦429⟧ | over quota |' },
    { lang: 'markdown', text: '| 状态码 | 含义 |\n| --- | --- |\n| ⟦503⟧ | 维护中 |' },
  ],
  silent: [
    { lang: 'markdown', text: '| Plan | Requests per minute |\n| --- | --- |\n| free | ⟦100⟧ |' },
    { lang: 'markdown', text: '| Size | Pixels |\n| --- | --- |\n| small | ⟦320⟧ |' },
    { lang: 'markdown', text: '| Version | Year |\n| --- | --- |\n| ⟦120⟧ | 2024 |' },
    { lang: 'markdown', text: 'We serve ⟦404⟧ pages | not tables' },
  ],
};
