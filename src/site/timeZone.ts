/** The city's time zone: Malmö's wall clock, for opening hours, events and dates on the pages. */
export const cityTimeZone = 'Europe/Stockholm'

/**
 * The calendar of every date on the pages, in every language: the Gregorian one, as the city's own
 * dates are (Persian's default is the Solar Hijri calendar; the events' month filter is Gregorian).
 */
export const cityCalendar = 'gregory'
