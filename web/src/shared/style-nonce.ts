/**
 * The pages are served with a Content-Security-Policy whose `style-src` allows only `'self'` and
 * a per-response nonce. Monaco (GraphiQL's editor) adds its theme and decorations as <style>
 * elements at run time and has no nonce option, so every <style> created through
 * `document.createElement` gets the page's nonce, read from <meta name="csp-nonce">. Imported
 * first, before any module that may create a style element.
 */
const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
const nonce = meta?.content ?? '';
meta?.remove();

if (nonce && !nonce.startsWith('__')) {
  const createElement = document.createElement.bind(document) as (tag: string, options?: ElementCreationOptions) => HTMLElement;
  document.createElement = ((tag: string, options?: ElementCreationOptions) => {
    const element = createElement(tag, options);
    if (tag.toLowerCase() === 'style') element.nonce = nonce;
    return element;
  }) as typeof document.createElement;
}

export {};
