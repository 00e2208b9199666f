/*
 * Quick exit ("Lämna sidan snabbt"), enhancing the plain links marked data-quick-exit:
 * - on activation, cover the page at once with a blank overlay and go to the neutral site,
 *   replacing this page in the history so that Back does not return to it;
 * - pressing Shift three times within 5 seconds does the same, from anywhere on the page.
 * Without JavaScript the links still lead to the neutral site.
 */
(function () {
  'use strict'
  var link = document.querySelector('a[data-quick-exit]')
  if (!link) return
  var destination = link.getAttribute('href')

  function exit(event) {
    if (event) event.preventDefault()
    var overlay = document.createElement('div')
    overlay.className = 'quick-exit-overlay'
    overlay.setAttribute('aria-hidden', 'true')
    document.body.appendChild(overlay)
    document.title = '\u200b'
    window.location.replace(destination)
  }

  var links = document.querySelectorAll('a[data-quick-exit]')
  for (var i = 0; i < links.length; i++) links[i].addEventListener('click', exit)

  var presses = []
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      presses = []
      return
    }
    var now = Date.now()
    presses = presses.filter(function (t) { return now - t < 5000 })
    presses.push(now)
    if (presses.length >= 3) exit()
  })
})()
