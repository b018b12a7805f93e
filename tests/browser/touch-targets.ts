// Controls shorter than a finger needs (WCAG 2.5.5 asks for 44 px), described for the failure message.
import type { TestPage } from './playwright-helper.ts';

export function smallTouchTargets(
  page: TestPage,
  selectors: readonly string[],
  minPx: number,
): Promise<string[]> {
  return page.evaluate(
    ([selector, min]) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.getClientRects().length > 0)
        .filter((element) => element.getBoundingClientRect().height < min - 0.5)
        .map(
          (element) =>
            `${element.tagName} "${element.innerText.slice(0, 30)}" ${element.getBoundingClientRect().height}px`,
        ),
    [selectors.join(','), minPx] as const,
  );
}
