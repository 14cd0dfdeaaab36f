// ?lang=en: the page (and so its elements) in English. A file, not inline, for the pages' strict CSP habits.
if (new URLSearchParams(location.search).get('lang') === 'en') document.documentElement.lang = 'en';
