/**
 * Obvious robots by their User-Agent: crawlers, link previews, monitors, scripts and headless
 * browsers. Checked in memory for the one request and then forgotten; nothing about them is kept.
 */
const robot = /bot\b|bot\/|crawl|spider|slurp|archiver|preview|facebookexternalhit|embedly|headless|phantom|lighthouse|pagespeed|monitor|uptime|pingdom|curl|wget|python|java\/|go-http|okhttp|node-fetch|undici|axios|libwww|httpclient|scrapy/i

export function isRobot(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.length < 10 || robot.test(userAgent)
}
