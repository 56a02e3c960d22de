/**
 * Outside English (issue #11, fourteenth pass): a summit of Russia, Iran and Turkey on Syria is
 * the Astana format wherever it meets, as English reads it ("a summit on Syria", "the three
 * presidents", "the guarantor states" in Hindi, Turkish, Bulgarian, Slovak and Polish), while
 * Putin's own July 2022 trip to Tehran stays that visit. And Indonesian "negara" (a state, a
 * country: "negara itu", "kedua negara") is a word of its own, not Spanish "negar" (deny) read
 * through Spanish endings: it brings no denial in. Sentences written for this test.
 */
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'a summit of the three on Syria is the Astana format',
  [
    [S, 'तेहरान में सीरिया पर शिखर सम्मेलन में रूहानी ने पुतिन और एर्दोगन की मेज़बानी की।', 'S-ASTANA'],
    [S, 'तीनों राष्ट्रपतियों ने अंकारा में सीरिया संकट के समाधान पर चर्चा की।', 'S-ASTANA'],
    [S, "Tahran'daki Suriye zirvesinde Ruhani, Putin ve Erdoğan'ı ağırladı.", 'S-ASTANA'],
    [S, "Üç cumhurbaşkanı Ankara'da Suriye'deki çözüm sürecini görüştü.", 'S-ASTANA'],
    [S, 'На срещата на върха за Сирия в Техеран Рохани посрещна Путин и Ердоган.', 'S-ASTANA'],
    [S, 'Na samite o Sýrii v Teheráne Rúhání privítal Putina a Erdogana.', 'S-ASTANA'],
    [S, 'Traja prezidenti rokovali v Ankare o urovnaní v Sýrii.', 'S-ASTANA'],
    [S, 'Na szczycie w sprawie Syrii w Teheranie Rowhani gościł Putina i Erdoğana.', 'S-ASTANA'],
    [S, 'Trzej prezydenci rozmawiali w Ankarze o uregulowaniu sytuacji w Syrii.', 'S-ASTANA'],
  ],
  [
    // Putin's own 2022 trip to Tehran stays that visit.
    [S, 'पुतिन ने जुलाई 2022 में तेहरान का दौरा किया और रईसी तथा एर्दोगन से मिले।', 'S-ASTANA'],
    [S, "Putin Temmuz 2022'de Tahran'ı ziyaret ederek Reisi ve Erdoğan ile görüştü.", 'S-ASTANA'],
    [S, 'Путин посети Техеран през юли 2022 г. и се срещна с Раиси и Ердоган.', 'S-ASTANA'],
    [S, 'Putin navštívil Teherán v júli 2022 a stretol sa s Raísím a Erdoganom.', 'S-ASTANA'],
    [
      S,
      'Putin odwiedził Teheran w lipcu 2022 roku i spotkał się z Raisim i Erdoğanem.',
      'S-ASTANA',
    ],
    // Three leaders on gas prices are no summit on Syria.
    [S, 'Üç cumhurbaşkanı doğal gaz fiyatlarını görüştü.', 'S-ASTANA'],
  ],
);

describeMatterCues(
  'Indonesian "negara" (a state) denies nothing',
  [
    [D, 'Iran membantah tuduhan bahwa negara itu memasok drone kepada Rusia.', 'D-DENIAL'],
    [D, 'Teheran menyangkal telah mengirim rudal ke Moskow.', 'D-DENIAL'],
  ],
  [
    [
      D,
      'Pejabat Iran mengatakan bahwa negara itu berjanji memasok rudal kepada Moskow, selain drone.',
      'D-DENIAL',
    ],
    [D, 'Pejabat kedua negara membahas pasokan drone Iran untuk Rusia di Moskow.', 'D-DENIAL'],
    [
      D,
      'Rusia menjadi negara pertama yang memakai drone Shahed buatan Iran secara massal.',
      'D-DENIAL',
    ],
    [S, 'Iran dan Rusia, dua negara pendukung Assad, bertemu di Damaskus.', 'D-DENIAL'],
  ],
);

describeMatterCues(
  'Persian compounds joined by the half-space name what they name with a space',
  [
    [S, 'اختلاف‌نظرهای روسیه و ایران در سوریه هر روز بیشتر می‌شود.', 'S-FRICTION'],
    [S, 'اختلاف‌نظر تهران و مسکو بر سر آینده سوریه آشکار شد.', 'S-FRICTION'],
  ],
  [[S, 'اتفاق‌نظر تهران و مسکو درباره حمایت از اسد کامل است.', 'S-FRICTION']],
);

describeMatterCues(
  'Hindi: where a drone was made, and "making a plan", are no production in Russia',
  [
    [
      D,
      'जेलेंस्की ने कहा कि रूस ईरान निर्मित ड्रोन के साथ लंबे समय तक हमले की योजना बना रहा है और ड्रोन मार गिराए गए।',
      'D-UKR-DEFENCE',
    ],
    [D, 'रूस अलाबुगा के कारखाने में ईरानी डिज़ाइन के ड्रोन का उत्पादन कर रहा है।', 'D-ALABUGA'],
  ],
  [
    [D, 'रूस ईरान निर्मित ड्रोन से हमलों की योजना बना रहा है।', 'D-ALABUGA'],
    [D, 'यूक्रेन पर ईरानी निर्मित ड्रोन से हमले की योजना बनाई गई।', 'D-ALABUGA'],
  ],
);

describeMatterCues(
  'Turkish: the regime’s end told as done is Assad’s fall',
  [
    [
      S,
      "Muhaliflerin Şam'a girmesiyle 53 yıllık rejim son buldu; Rusya ve İran Esad'ı kurtaramadı.",
      'S-FALL-2024',
    ],
    [
      S,
      "Muhalifler Şam'a girince Esad ülkeden ayrıldı; Rusya ve İran onu bırakmıştı.",
      'S-FALL-2024',
    ],
  ],
  [
    [
      S,
      "Rusya ve İran, Esad'ın ülkeden ayrılmasını engellemek için destek verdi.",
      'S-DRAWDOWN-2022',
    ],
  ],
);
