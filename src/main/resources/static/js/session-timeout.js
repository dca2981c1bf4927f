// Warns a signed-in user two minutes before the idle limit ends their session, and lets them stay signed in.
// Without JavaScript the session still ends on the server, and the sign-in page says why.
(function () {
  'use strict';
  var seconds = parseInt(document.body.getAttribute('data-session-seconds'), 10);
  var dialog = document.getElementById('session-warning');
  if (!seconds || !dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var warnBefore = Math.min(120, Math.floor(seconds / 2));
  var time = document.getElementById('session-warning-time');
  var warnTimer, endTimer, countdown, endsAt;

  function signedOut() {
    window.location.href = '/sign-in?timeout';
  }

  function describe(left) {
    var minutes = Math.floor(left / 60);
    var rest = left % 60;
    var parts = [];
    if (minutes > 0) {
      parts.push(minutes + (minutes === 1 ? ' minute' : ' minutes'));
    }
    if (rest > 0 || minutes === 0) {
      parts.push(rest + (rest === 1 ? ' second' : ' seconds'));
    }
    return 'in ' + parts.join(' ');
  }

  function update() {
    // Whole quarter-minutes, so that a screen reader is not interrupted every second.
    var left = Math.max(0, Math.ceil((endsAt - Date.now()) / 15000) * 15);
    time.textContent = describe(left);
  }

  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    clearInterval(countdown);
    endsAt = Date.now() + seconds * 1000;
    warnTimer = setTimeout(warn, (seconds - warnBefore) * 1000);
    endTimer = setTimeout(signedOut, seconds * 1000);
  }

  function warn() {
    update();
    countdown = setInterval(update, 15000);
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function stay() {
    fetch('/session/keep-alive', {credentials: 'same-origin', redirect: 'manual'}).then(function (response) {
      if (response.status === 204) {
        clearInterval(countdown);
        dialog.close();
        start();
      } else {
        signedOut();
      }
    }, signedOut);
  }

  document.getElementById('stay-signed-in').addEventListener('click', stay);
  // Escape means "stay signed in", as in the GOV.UK timeout warning pattern.
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    stay();
  });
  // Lets the browser tests show the warning without waiting for it.
  window.vigilSessionWarning = warn;
  start();
}());
