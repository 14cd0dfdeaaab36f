// Adds the bundle half a second after the page has loaded, like a CMS that injects scripts late.
addEventListener('load', () => {
  setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/ledelsesgrundlag.js';
    document.head.append(script);
  }, 500);
});
