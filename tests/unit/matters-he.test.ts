/** Hebrew matter cues on news sentences (everyday wording, and words that must not count). */
import { D, S, describeMatterCues, type FirstCase, type NotCase } from './matter-cue-cases';

const FIRST: readonly FirstCase[] = [
  [S, 'איראן ורוסיה נחלצו לעזרת משטר אסד כשעמד על סף קריסה.', 'S-JOINT-ASSAD'],
  [S, 'אלפי לוחמים איראנים ואנשי מיליציות שיעיות פונו מסוריה.', 'S-IRAN-FORCES'],
  [S, 'רוסיה ואיראן הפכו ליריבות בסוריה ומתחרות על השפעה.', 'S-FRICTION'],
  [D, 'טהרן הכחישה שוב כי סיפקה רחפנים לרוסיה.', 'D-DENIAL'],
  [D, 'רוסיה תקפה את תחנות הכוח באוקראינה באמצעות רחפני שאהד.', 'D-STRIKES'],
  [D, 'ההגנה האווירית של אוקראינה יירטה 30 רחפנים במהלך הלילה.', 'D-UKR-DEFENCE'],
  [D, 'מדריכים איראנים מאמנים חיילים רוסים בחצי האי קרים.', 'D-TRAINING'],
  [S, 'רוסיה הוציאה כוחות מסוריה ואיראן מילאה את הוואקום.', 'S-DRAWDOWN-2022'],
  [S, 'ישראל תקפה מטרות איראניות בסוריה ורוסיה העלימה עין.', 'S-ISRAEL-STRIKES'],
  [D, 'רוסיה שילמה לאיראן במזומן ובזהב עבור הרחפנים.', 'D-PAYMENT'],
  [D, 'רוסיה מייצרת את הרחפנים האיראניים במפעל באלבוגה שבטטרסטן.', 'D-ALABUGA'],
  [D, 'ארצות הברית הטילה סנקציות חדשות על חברות איראניות המייצרות רחפנים.', 'D-SANCTIONS'],
];
const NOT: readonly NotCase[] = [
  [S, 'הצלב האדום עזר לפליטים בסוריה.', 'S-JOINT-ASSAD'],
  [S, 'מטוסי קרב רוסיים הפציצו את אידליב.', 'S-IRAN-FORCES'],
  [D, 'אוקראינה הודיעה על פינוי תושבים מהעיר.', 'D-UKR-DEFENCE'],
];
describeMatterCues('Hebrew', FIRST, NOT);
