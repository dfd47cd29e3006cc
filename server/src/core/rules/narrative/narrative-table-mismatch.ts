// narrative-table-mismatch: a count in the prose contradicts table 二, 三 or
// 四. Each family of statements has its own file: claim-requests.ts (table 三),
// claim-reviews.ts (table 四), claim-proactive.ts (table 二); claims.ts holds
// what they share, above all the guards that keep a count that may be a part
// silent. Only aligned tables and cells read with confidence are compared.

import type { Rule } from '../rule';
import { checkProactive } from './claim-proactive';
import { checkRequests } from './claim-requests';
import { checkReviews } from './claim-reviews';

export const rule: Rule = {
  meta: {
    id: 'narrative-table-mismatch',
    category: 'narrative',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '正文中的数字与统计表矛盾', en: 'A count in the prose contradicts the tables' },
  },
  check(ctx) {
    checkRequests(ctx);
    checkReviews(ctx);
    checkProactive(ctx);
  },
};
