/**
 * The address of a printable handout of a widget's view: the handout page (handout.html in the app build, or
 * wherever a site serves it) with the scene, drug, exposure and language in its hash. Every step is printed, so
 * no step. Shared by the app page's link and the widget's export menu.
 */

/** What a handout shows. */
export interface HandoutView {
  readonly scene?: string;
  readonly drug?: string;
  readonly exposure?: number;
  readonly lang?: string;
}

/** `page#scene=…&drug=…&exposure=…&lang=…`; exposure only with a drug, and no lang for English. */
export function handoutHref(view: HandoutView, page = 'handout.html'): string {
  const params = new URLSearchParams();
  if (view.scene) params.set('scene', view.scene);
  if (view.drug && view.drug !== 'none') {
    params.set('drug', view.drug);
    if (view.exposure !== undefined) params.set('exposure', String(view.exposure));
  }
  if (view.lang && view.lang !== 'en') params.set('lang', view.lang);
  return `${page.split('#')[0]}#${params.toString()}`;
}
