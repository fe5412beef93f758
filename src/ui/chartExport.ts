/** Download a chart's SVG as .svg or, drawn onto a canvas at twice the size, as .png. */
import { html } from 'lit';
import { download } from './download.js';

function svgText(host: HTMLElement): string | undefined {
  const svgEl = host.shadowRoot?.querySelector('svg');
  if (!svgEl) return undefined;
  const copy = svgEl.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(svgEl.viewBox.baseVal.width));
  copy.setAttribute('height', String(svgEl.viewBox.baseVal.height));
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  copy.setAttribute('font-size', '13');
  return new XMLSerializer().serializeToString(copy);
}

export function exportSvg(host: HTMLElement, name: string): void {
  const text = svgText(host);
  if (text) download(`${name}.svg`, new Blob([text], { type: 'image/svg+xml' }));
}

export async function exportPng(host: HTMLElement, name: string): Promise<void> {
  const text = svgText(host);
  if (!text) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(`${name}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function chartExportButtons(host: HTMLElement, name: string) {
  return html`<button type="button" @click=${() => exportSvg(host, name)} aria-label="Download ${name} chart as SVG">SVG</button>
    <button type="button" @click=${() => void exportPng(host, name)} aria-label="Download ${name} chart as PNG">PNG</button>`;
}
