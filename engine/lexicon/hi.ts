/**
 * Hindi lexicon. Postpositions are separate words (ईरान ने, रूस को), so no prefixes; `suffixes`
 * strips one plural, oblique or verb ending ("ड्रोनों" -> "ड्रोन", "भेजे" / "भेजने" -> "भेज"), or
 * the danda a sentence's last word carries ("हथियार।"). "शहीद" (martyr) is never read as Shahed.
 */
import {
  ADJ,
  ASTANA,
  CIVIL,
  DRONE,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  SOLEIMANI,
  STRONG,
  SYRIA,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Hindi lexicon. */
export const HI: Lexicon = {
  lang: 'hi',
  suffixes: '।>;ों>;ें>;ियों>ी;ा>;े>;ी>;ने>;ना>;ता>;ते>;ती>;ीं>',
  terms: [
    // Its commanders and ministers by name: Hajizadeh, Zarif, Araghchi, Pezeshkian.
    [
      IRAN,
      'ईरान;तेहरान;आईआरजीसी;रिवोल्यूशनरी गार्ड;खामेनेई;' +
        'हाजीज़ादेह|हाजीजादेह;ज़रीफ़|जरीफ;अराघची|अराकची;पेज़ेशकियान|पेजेशकियान',
    ],
    [IRAN | SOLEIMANI, 'सुलेमानी'],
    [IRAN | ADJ, 'ईरानी'],
    // And Russia's: Lavrov, Shoigu, Surovikin, Gerasimov, Peskov.
    [RUSSIA, 'रूस;मॉस्को|मास्को;पुतिन;क्रेमलिन;तातारस्तान;लावरोव;शोइगु|शोईगु;सुरोविकिन;गेरासिमोव;पेसकोव|पेस्कोव'],
    [STRONG | RUSSIA, 'अलाबुगा'],
    [STRONG | DRONE, 'जेरान|गेरान|गेरैन'],
    [RUSSIA | ADJ, 'रूसी'],
    [DRONE, 'ड्रोन'],
    // Also given names (Shahid): alone, a drone only beside Russia or Ukraine.
    [MODEL, 'शाहेद|शाहिद;मोहाजिर'],
    [WEAPON, 'हथियार;मिसाइल'],
    [TRANSFER, 'आपूर्ति;भेज;बेच;खरीद;उत्पादन;प्रशिक्षण'],
    // देना (give): its root is too short for a stem, and दिया/दिए/दी are suppletive.
    [TRANSFER | GIVE, 'सौंप;मुहैया;देना|देने|देगा|देगी|देंगे|देता|देते|देती|दिया|दिए|दी|दीं;दे रहा|दे रहे|दे रही'],
    // Shields: देना as a light verb ("कर दिया", "चेतावनी दी") gives nothing.
    [
      0,
      'कर दिया|कर दी|कर दिए|कर दे|कर देगा|कर देंगे|कर देने;जवाब दिया|जवाब देगा|जवाब देने;' +
        'चेतावनी दी|बयान दिया|धमकी दी|जानकारी दी|आदेश दिया|जोर दिया;' +
        'भाषण दिया|ध्यान दिया|सुझाव दिया',
    ],
    [HELP, 'सहयोग;मदद;प्रतिबंध;इनकार'],
    [SYRIA, 'सीरिया;हिज़्बुल्लाह|हिजबुल्लाह|हिज्बुल्लाह'],
    [ASTANA, 'अस्ताना'],
    [SYRIA | ADJ, 'सीरियाई'],
    [SYRIA | SYRIA_WAR, 'असद;दमिश्क;अलेप्पो'],
    [UKRAINE, 'यूक्रेन;कीव;ज़ेलेंस्की|जेलेंस्की;खार्किव;ओडेसा;क्रीमिया;क्लिचको;कुलेबा'],
    [UKRAINE | ADJ, 'यूक्रेनी'],
    [THEATRE, 'इजराइल|इसराइल|इजरायल;हूती;सूडान'],
    [LEISURE, 'फुटबॉल;कुश्ती;भूकंप'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [HELP, 'हासिल'],
    [DRONE, 'मानवरहित'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'डिज़ाइन|डिजाइन'],
    [GOODS, 'विमान'],
    [CIVIL, 'व्यापार;यात्री'],
  ],
};
