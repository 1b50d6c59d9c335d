import type { CheckReport, Report } from '../report/model.js';

/** Loads only the renderer a format needs (yaml and cli-table3 stay unloaded otherwise). */

export type ReportFormat = 'table' | 'json' | 'yaml' | 'junit' | 'markdown' | 'github';

export async function renderReport(source: Report, format: Exclude<ReportFormat, 'junit'>, color: boolean): Promise<string> {
  const report = (await import('../report/model.js')).renderedReport(source);
  switch (format) {
    case 'table':
      return (await import('../report/text.js')).renderTextReport(report, { color });
    case 'json':
      return (await import('../report/json.js')).renderReportJson(report);
    case 'yaml':
      return (await import('../report/yaml.js')).renderReportYaml(report);
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(report);
    case 'github':
      return (await import('../report/github.js')).renderGithub(report);
  }
}

export async function renderCheck(source: CheckReport, format: ReportFormat, color: boolean): Promise<string> {
  const report = (await import('../report/model.js')).renderedReport(source);
  switch (format) {
    case 'table':
      return (await import('../report/text.js')).renderCheckText(report, { color });
    case 'junit':
      return (await import('../report/junit.js')).renderJunit(report);
    default:
      return renderReport(source, format, color);
  }
}

/** json or yaml of any plain value. */
export async function renderData(value: unknown, format: 'json' | 'yaml'): Promise<string> {
  if (format === 'json') return (await import('../report/json.js')).renderJson(value);
  return (await import('../report/yaml.js')).renderYaml(value);
}
