/**
 * The rules the tests themselves keep (see the README's "Tests"): no dependence on the calendar year
 * except through the site's clock, no test reading the clock while another moves it, and no fixed
 * sleep standing in for a condition.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import config from '../e2e/playwright.config'

const root = path.resolve(import.meta.dirname, '../..')
const files = (dir: string, pattern: RegExp) =>
  fs.readdirSync(path.join(root, dir)).filter((f) => pattern.test(f)).map((f) => ({ name: f, text: fs.readFileSync(path.join(root, dir, f), 'utf8') }))
const specs = files('tests/e2e', /\.spec\.ts$/)

/** Which project runs which spec file, as Playwright itself resolves testMatch and testIgnore. */
function filesByProject(): Map<string, Set<string>> {
  const out = execFileSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'tests/e2e/playwright.config.ts', '--list', '--reporter=json'], { cwd: root, encoding: 'utf8' })
  type Suite = { file: string; specs?: { tests: { projectName: string }[] }[]; suites?: Suite[] }
  const map = new Map<string, Set<string>>()
  const walk = (s: Suite) => {
    for (const spec of s.specs ?? []) for (const t of spec.tests) map.set(t.projectName, (map.get(t.projectName) ?? new Set()).add(s.file))
    for (const child of s.suites ?? []) walk(child)
  }
  for (const s of (JSON.parse(out) as { suites: Suite[] }).suites) walk(s)
  return map
}

describe('the tests’ own rules', () => {
  it('browser tests name no calendar year unless they set the site’s clock themselves', () => {
    // The demo campaigns follow the year the seed ran in: a named year fails when the year turns.
    const year = /['"`=/ ({]20[2-9]\d(['"`\-/ ,)}]|$)/m
    const naming = specs.filter((f) => year.test(f.text)).map((f) => f.name)
    expect(naming.filter((name) => !name.endsWith('.clock.spec.ts'))).toEqual([])
  })

  // Asks Playwright itself which project runs which file: a few seconds on a busy machine.
  it('only *.clock.spec.ts files move the clock, and they run alone, on one worker', { timeout: 60_000 }, () => {
    // The run's clock file: its server reads it. (multiInstance.spec.ts gives the servers it starts a
    // clock file of their own, which no other test's server reads.)
    const moving = specs.filter((f) => /setClock\(|process\.env\.TEST_CLOCK_FILE/.test(f.text)).map((f) => f.name)
    expect(moving.length).toBeGreaterThan(0)
    const byProject = filesByProject()
    const owners = [...byProject].filter(([, names]) => moving.some((m) => names.has(m))).map(([project]) => project)
    expect(owners).toEqual(['clock'])
    expect([...byProject.get('clock')!].sort()).toEqual([...moving].sort())
    const projects = config.projects!
    expect(projects.find((p) => p.name === 'clock')!.workers).toBe(1)
    // Every other project finishes before it starts or starts after it ends.
    const deps = (name: string): Set<string> => {
      const direct = projects.find((p) => p.name === name)?.dependencies ?? []
      return new Set(direct.flatMap((d) => [d, ...deps(d)]))
    }
    for (const p of projects) if (p.name !== 'clock') expect(deps('clock').has(p.name!) || deps(p.name!).has('clock'), p.name).toBe(true)
  })

  it('no test sleeps a fixed time: it polls for the condition, after proving the positive path', () => {
    const self = path.basename(import.meta.filename)
    const all = [...specs, ...files('tests/integration', /\.test\.ts$/), ...files('tests/unit', /\.test\.ts$/).filter((f) => f.name !== self)]
    const sleeping = all.filter((f) => /waitForTimeout\(|(?<![\w.])setTimeout\(/.test(f.text)).map((f) => f.name)
    expect(sleeping).toEqual([])
  })
})
