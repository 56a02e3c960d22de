/**
 * Classes of wording that real news outside English uses and the lexicons missed (issue #11):
 * the peoples named as actors ("die Russen", "de Iraniërs", "россияне", "іранці") and Russia's
 * dependence on Iran in its war ("abhängig von", "afhankelijk van", "dépend de", "zależna od",
 * "зависит от", "bağımlı"), where the dependent party receives as with English "dependent on".
 * Iran's "military aid" to Russia in its war, as English and Russian read it ("Militärhilfe",
 * "aide militaire", "wsparcie wojskowe", "военна помощ"). And the Russian and Ukrainian dative after a transfer word ("поставляет Ирану ракеты") names
 * Iran as the recipient: Russia's arms for Iran run the wrong way. Each class has hard negatives
 * of the same shape.
 */
import { describe, it } from 'vitest';
import { check } from './helpers/topics';

const D = ['drones'];
const S = ['syria'];
const NONE: string[] = [];

describe('the peoples named as actors', () => {
  it('tell the alliance in Syria', () => {
    check([
      ['In Syrien kämpften die Russen und die Iraner lange Seite an Seite für Assad.', S],
      ['Die Russen haben sich aus Syrien zurückgezogen und den Iranern das Feld überlassen.', S],
      ['In Syrië vochten de Russen en de Iraniërs jarenlang zij aan zij voor Assad.', S],
      [
        'De Russen hebben zich grotendeels uit Syrië teruggetrokken; de Iraniërs vulden het gat.',
        S,
      ],
      ['V Sýrii Rusi a Iránci roky bojovali bok po boku za Asada.', S],
      ['У Сирії росіяни та іранці роками воювали пліч-о-пліч за Асада.', S],
      ['В Сирии россияне и иранцы годами воевали плечом к плечу за Асада.', S],
    ]);
  });

  it('but not a match, a list of tourists, or peoples without Syria or the other', () => {
    check([
      ['Die Russen und die Iraner trafen sich beim Fußballturnier in Doha.', NONE],
      ['De Russen en de Iraniërs speelden gelijk in de wedstrijd om het kampioenschap.', NONE],
      ['Die Russen haben sich aus Cherson zurückgezogen.', NONE],
      ['Россияне и иранцы стали чаще ездить друг к другу как туристы.', NONE],
      ['Іранці протестують проти високих цін на пальне.', NONE],
      ['Rusi v Sýrii stále strážia základňu v Tartuse.', NONE],
    ]);
  });
});

describe('Russia dependent on Iran in its war', () => {
  it('is Iran arming Russia’s war, Russia receiving', () => {
    check([
      ['Russland ist im Krieg gegen die Ukraine abhängig von iranischen Waffen geworden.', D],
      ['Im Krieg gegen die Ukraine ist Russland zunehmend auf Teheran angewiesen.', D],
      ['Rusland is voor de oorlog in Oekraïne afhankelijk geworden van Iran.', D],
      ['Pour sa guerre en Ukraine, la Russie dépend désormais de l’Iran.', D],
      ['Rusia depende cada vez más de Irán para sostener su guerra en Ucrania.', D],
      ['Moscou depende do Irã para manter a guerra na Ucrânia.', D],
      ['Rosja stała się zależna od Iranu w wojnie z Ukrainą.', D],
      ['Moskwa jest coraz bardziej uzależniona od Teheranu w wojnie przeciwko Ukrainie.', D],
      ['Rusko je vo vojne proti Ukrajine čoraz viac závislé od Iránu.', D],
      ['Русия все повече зависи от Иран във войната срещу Украйна.', D],
      ['Россия в войне против Украины всё больше зависит от Ирана.', D],
      ['Росія у війні проти України дедалі більше залежить від Ірану.', D],
      ['Rusya, Ukrayna’daki savaşta giderek İran’a bağımlı hale geldi.', D],
    ]);
  });

  it('but not Iran dependent on Russia, Kyiv on the West, or dependence without the war', () => {
    check([
      [
        'Der Iran ist abhängig von russischem Getreide, während der Krieg in der Ukraine andauert.',
        NONE,
      ],
      ['L’Iran dépend de la Russie pour son blé depuis la guerre en Ukraine.', NONE],
      [
        'Ucrania depende de la ayuda occidental, mientras Rusia e Irán firman acuerdos de comercio.',
        NONE,
      ],
      ['Iran jest zależny od rosyjskiej pszenicy, a wojna na Ukrainie podniosła ceny.', NONE],
      ['Иран зависит от российского зерна, а война в Украине подняла цены.', NONE],
      ['Rusland is afhankelijk van Iran voor de handel via de Kaspische Zee.', NONE],
      ['Die Ukraine ist auf westliche Luftabwehr angewiesen, sagte Iran.', NONE],
    ]);
  });
});

describe('the dative after a transfer word names the recipient', () => {
  it('so Russia’s arms for Iran run the wrong way', () => {
    check([
      ['Россия поставляет Ирану ракеты и боеприпасы, сообщили источники.', NONE],
      ['По данным разведки, Москва продала Тегерану партию ракет.', NONE],
      ['Росія продала Ірану винищувачі та ракети.', NONE],
      ['Росія постачає Тегерану боєприпаси та ракети, пишуть ЗМІ.', NONE],
    ]);
  });

  it('but Iran’s arms for Russia, and Russia paying Iran, still count', () => {
    check([
      ['Иран поставляет России ракеты и боеприпасы для войны в Украине.', D],
      ['Россия заплатила Ирану золотом за ракеты и боеприпасы.', D],
      ['Іран постачає Росії ракети та боєприпаси для війни проти України.', D],
      ['Тегеран продал Москве сотни ракет, сообщили источники.', D],
    ]);
  });
});

describe('Iran’s military aid to Russia in its war', () => {
  it('is arms for Russia’s war', () => {
    check([
      ['Die iranische Militärhilfe für Russland im Krieg gegen die Ukraine wächst.', D],
      ['De Iraanse militaire steun aan Rusland in de oorlog tegen Oekraïne groeit.', D],
      ['L’aide militaire iranienne à la Russie dans la guerre contre l’Ukraine augmente.', D],
      ['La ayuda militar iraní a Rusia en la guerra contra Ucrania crece.', D],
      ['Il sostegno militare iraniano alla Russia nella guerra contro l’Ucraina cresce.', D],
      ['O apoio militar iraniano à Rússia na guerra contra a Ucrânia cresce.', D],
      ['Irańskie wsparcie wojskowe dla Rosji w wojnie z Ukrainą rośnie.', D],
      ['Iránska vojenská pomoc Rusku vo vojne proti Ukrajine rastie.', D],
      ['Иранската военна помощ за Русия във войната срещу Украйна расте.', D],
    ]);
  });

  it('but not the West’s aid to Kyiv beside Iran, Russia’s aid to Iran, or aid to Assad', () => {
    check([
      ['Iran kritisierte die westliche Militärhilfe für die Ukraine scharf.', NONE],
      ['Russland sagte dem Iran militärische Unterstützung gegen Israel zu.', NONE],
      ['L’Iran dénonce l’aide militaire occidentale à l’Ukraine.', NONE],
      ['Iran potępił zachodnie wsparcie wojskowe dla Ukrainy.', NONE],
      ['La Russia ha promesso aiuti militari all’Iran contro Israele.', NONE],
      ['Rusia e Irán prestaron apoyo militar a Al Asad en Siria.', S],
      ['Rusland en Iran verleenden militaire steun aan Assad in Syrië.', S],
    ]);
  });
});
