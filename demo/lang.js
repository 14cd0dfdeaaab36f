// Runs before the page is drawn (a classic script in <head>, not deferred): the language of ?lang=en is set before
// the first paint, so the page does not first appear in Danish and then reflow into English.
if (new URLSearchParams(location.search).get('lang') === 'en') document.documentElement.lang = 'en';
