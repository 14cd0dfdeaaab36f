// Records Content Security Policy violations so the test can read them (no inline script is allowed here).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || ''} ${event.sourceFile || ''}:${event.lineNumber || ''}`);
});
