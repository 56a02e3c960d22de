/**
 * The sentences of `tests/e2e/pages/stance-article.html` that the framing tests hover, one per
 * stance; both browsers' tests read them from here.
 */
export const STANCE_PAGE = '/stance-article.html';
export const DENIAL = "Iran's foreign ministry denied that Tehran had supplied any drones";
export const ATTRIBUTED = 'US officials said Iran had sent hundreds of Shahed-136 drones';
export const HEDGED = 'Iranian instructors were reportedly training Russian crews';
export const RIVALRY = 'Russia and Iran are competing with each other for influence';
