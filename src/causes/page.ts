/** A cause's page as published (docs/rules) and as `explain <id>` prints it: the id before the folder's heading. */
export function publishedPage(id: string, source: string): string {
  return source.replace(/^# /, `# ${id}: `);
}

/** Where the page of a cause lives in the repository: English at docs/rules/<id>.md, others under docs/rules/<lang>/. */
export function pagePath(id: string, lang: string): string {
  return lang === 'en' ? `docs/rules/${id}.md` : `docs/rules/${lang}/${id}.md`;
}
