// Builds the section tree: top-level sections from section headings, and
// sub-sections nested by level inside each section body.

import type { Range } from '../types';
import type { Heading, Section, SubSection } from './report';
import type { SectionHeading } from './headings';

export function buildSections(headings: SectionHeading[], subs: Heading[], textEnd: number): Section[] {
  const sections: Section[] = headings.map((h, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].range.start : textEnd;
    return {
      id: h.section,
      heading: h,
      range: { start: h.range.start, end },
      body: { start: h.range.end, end },
      variant: h.variant,
      children: [],
    };
  });
  // Both lists are sorted by position: one sweep hands each section its sub-headings.
  let k = 0;
  for (const s of sections) {
    while (k < subs.length && subs[k].range.start < s.body.start) k++;
    const mine: Heading[] = [];
    while (k < subs.length && subs[k].range.start < s.body.end) mine.push(subs[k++]);
    s.children = nest(mine, s.body);
  }
  return sections;
}

function nest(heads: Heading[], within: Range): SubSection[] {
  const roots: SubSection[] = [];
  const stack: SubSection[] = [];
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i];
    let end = within.end;
    for (let j = i + 1; j < heads.length; j++) {
      if (heads[j].level <= h.level) {
        end = heads[j].range.start;
        break;
      }
    }
    const node: SubSection = { heading: h, range: { start: h.range.start, end }, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= h.level) stack.pop();
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}
