/** The small gates of the campaigns feature, tried with odd and hostile inputs. */
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { canPlanCampaigns, staffOnly } from '@/campaigns/access'
import { hashToken, looksLikeToken, newToken } from '@/campaigns/calendarToken'
import { wheelSvg, type WheelData } from '@/campaigns/wheel/svg'
import { isTickAuthorized, tickSecret } from '@/jobs/secret'

const req = (user: unknown) => ({ req: { user } as unknown as PayloadRequest })

describe('who may plan and read campaigns', () => {
  it('lets communicators, editors and admins plan; nobody else', () => {
    for (const role of ['admin', 'editor', 'communicator']) expect(canPlanCampaigns(req({ id: 1, role }))).toBe(true)
    for (const user of [null, undefined, {}, { id: 1, role: 'translator' }, { id: 1, role: 'superadmin' }, { id: 1, role: ['admin'] }, { id: 1, role: 'Admin' }])
      expect(canPlanCampaigns(req(user))).toBe(false)
  })

  it('lets any staff role read the plan, never an anonymous or unknown user', () => {
    for (const role of ['admin', 'editor', 'translator', 'communicator']) expect(staffOnly(req({ id: 1, role }))).toBe(true)
    for (const user of [null, undefined, { id: 1 }, { id: 1, role: 'reader' }]) expect(staffOnly(req(user))).toBe(false)
  })
})

describe('calendar tokens and the tick secret', () => {
  it('makes unguessable tokens and stores only their hash', () => {
    const a = newToken()
    expect(looksLikeToken(a)).toBe(true)
    expect(a).not.toBe(newToken())
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(a)).not.toContain(a)
    for (const bad of ['', 'x'.repeat(42), 'x'.repeat(44), `${'x'.repeat(42)}%`, `${'x'.repeat(42)}'`, undefined, 42]) expect(looksLikeToken(bad)).toBe(false)
  })

  it('accepts only the exact bearer secret at the tick', () => {
    process.env.PAYLOAD_SECRET = 'test-secret'
    delete process.env.JOBS_SECRET
    const secret = tickSecret()
    expect(secret).not.toContain('test-secret')
    expect(isTickAuthorized(`Bearer ${secret}`)).toBe(true)
    for (const header of [null, undefined, '', secret, `Bearer ${secret} `, `bearer ${secret}`, `Bearer ${secret.slice(0, -1)}`, 'Bearer test-secret']) expect(isTickAuthorized(header)).toBe(false)
    process.env.JOBS_SECRET = 'worker'
    expect(isTickAuthorized('Bearer worker')).toBe(true)
    expect(isTickAuthorized(`Bearer ${secret}`)).toBe(false)
    delete process.env.JOBS_SECRET
  })
})

describe('the wheel as SVG', () => {
  it('escapes campaign titles and links, so a title cannot inject markup into the admin', () => {
    const data: WheelData = {
      year: 2026,
      title: 'Årshjul 2026',
      todayLabel: 'Idag',
      monthNames: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
      weekLabel: 'v.',
      rings: [{ value: 'general', label: 'Allmänt' }],
      arcs: [{ id: 1, title: '<script>alert(1)</script>"&', firstDay: '2026-03-01', lastDay: '2026-03-08', status: 'planned', statusLabel: 'Planerad', details: ['</text><image href=x onerror=alert(1)>'], href: '/admin/collections/campaigns/1"onmouseover="x', rings: ['general'] }],
      keyDates: [{ name: '<b>8 mars</b>', firstDay: '2026-03-08', lastDay: '2026-03-08' }],
      emptyMonths: { general: [1] },
      emptyLabel: () => 'Ingen kampanj',
      overlaps: [],
      overlapLabel: 'Överlapp',
      languageGaps: { 3: ['<i>x</i>'] },
      languageGapLabel: (_, langs) => langs.join(', '),
    }
    const svg = wheelSvg(data)
    expect(svg).not.toContain('<script>')
    expect(svg).not.toContain('<image')
    expect(svg).not.toContain('<b>')
    expect(svg).not.toContain('<i>')
    expect(svg).not.toContain('"onmouseover')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;')
    expect(svg.match(/<a class="wheel__arc"/g)).toHaveLength(1)
  })
})
