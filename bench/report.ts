/** The bench's results as a table: figure, target, pass or fail. */
export interface Row {
  section: string
  name: string
  value: string
  target?: string
  pass?: boolean
}

export function table(rows: Row[]): string {
  const cells = rows.map((r) => [r.section, r.name, r.value, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL'])
  const header = ['', 'measure', 'figure', 'target', '']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]].length)))
  const line = (c: string[]) => c.map((x, i) => x + ' '.repeat(widths[i] - [...x].length)).join('  ').trimEnd()
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n')
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
