import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * A QR code of `text`, drawn here as SVG (no service, no image request): dark modules as one path on a white
 * square with the quiet zone the standard asks for, so phones read it in light and dark mode alike. An image
 * with `label` as its text alternative.
 */
export function qrCode(text: string, label: string): TemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return html`<svg class="qr" part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges">
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
  </svg>`;
}
