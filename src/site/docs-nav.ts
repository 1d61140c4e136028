/** The documentation pages, in footer order. */
import { getCollection } from 'astro:content';

export async function footerDocs(): Promise<{ slug: string; title: string }[]> {
  const docs = await getCollection('docs');
  return docs
    .sort((a, b) => a.data.order - b.data.order)
    .map((doc) => ({ slug: doc.id, title: doc.data.title }));
}
