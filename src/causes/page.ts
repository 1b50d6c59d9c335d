/**
 * A cause's page as published (docs/rules, translations under docs/rules/<lang>/) and as `explain <id>`
 * prints it: the id before the folder's heading. Every page's source links as if it sat in
 * docs/rules/; a translation sits one folder deeper, so its links that leave docs/rules get one more "../".
 */
export function publishedPage(id: string, source: string, lang = 'en'): string {
  const page = source.replace(/^# /, `# ${id}: `);
  return lang === 'en' ? page : page.replace(/\]\(\.\.\//g, '](../../');
}

/** Where the page of a cause lives in the repository: English at docs/rules/<id>.md, others under docs/rules/<lang>/. */
export function pagePath(id: string, lang: string): string {
  return lang === 'en' ? `docs/rules/${id}.md` : `docs/rules/${lang}/${id}.md`;
}
