/** The city's time zone: Malmö's wall clock, for opening hours, events and dates on the pages. */
export const cityTimeZone = 'Europe/Stockholm'
