/** Reading a Word file's text in the tests: WordprocessingML paragraphs (`w:p`) and their runs (`w:t`). */
export const wordText = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((t) =>
        t[1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      )
      .join(''),
  );
