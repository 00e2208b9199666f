/*
 * Reach without tracking: once the page has loaded, tell the site which page was read (its path,
 * nothing else). No cookie, no storage, no identifier; sent without credentials or referrer, and
 * never waited for: the quick exit leaves at once whether or not this request has finished.
 * Without JavaScript a <noscript> image does the same (src/components/PageFrame.tsx).
 */
(function () {
  'use strict'
  if (!window.fetch) return
  function send() {
    try {
      fetch('/api/reach/view?p=' + encodeURIComponent(location.pathname), {
        method: 'POST',
        keepalive: true,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      }).catch(function () {})
    } catch (e) {
      // Counting never matters more than reading.
    }
  }
  if (document.readyState === 'complete') setTimeout(send, 0)
  else window.addEventListener('load', function () { setTimeout(send, 0) })
})()
