/**
 * French stance cues (see `../types.ts`). The conditional ("aurait livré", "se serait rendu")
 * is the French hedge; endings come from the French lexicon's rules.
 */
import { K, type StanceCues } from '../types';

export const FR_STANCE: StanceCues = {
  lang: 'fr',
  order: 'before',
  cues: [
    [0, 'non seulement|pas seulement|pas encore|pas de doute|sans doute'],
    [
      K.HEDGE,
      'aurait|auraient|serait|seraient|présumé|présumée|présumés|présumées|prétendument|' +
        'apparemment|probablement|possiblement|peut être|pourrait|pourraient|non confirmé|' +
        'non confirmée|non confirmés|non confirmées|non vérifié|non vérifiées|vraisemblablement|' +
        'soi disant|il semble|semble|semblent|supposé|supposée|présumément|selon des rumeurs|' +
        'rumeurs|on dit|on prête|pas clair|visiblement|selon toute vraisemblance|' +
        'selon toute apparence|selon toute probabilité|en apparence',
    ],
    // "no evidence": the text's hedge, a speaker's denial.
    [K.HEDGE | K.DENY_WORD, 'aucune preuve'],
    [
      K.SOURCE,
      'selon|d après|de source|aux dires de|rapporté par|cité par|pour les analystes|' +
        'pour les experts|pour les chercheurs|pour l analyste|pour l expert',
    ],
    [K.CITE, 'citant|citant des|se référant à'],
    [
      K.SAY,
      'déclaré|déclare|déclarent|dit|disent|affirmé|affirme|affirment|indiqué|indique|' +
        'indiquent|annoncé|annonce|assuré|assure|assurent|estimé|estime|estiment|expliqué|' +
        'explique|souligné|souligne|ajouté|ajoute|écrit|écrivent|rapporté|rapporte|rapportent|' +
        'accusé|accuse|accusent|averti|avertit|insisté|insiste|précisé|précise|révélé|révèle|' +
        'jugé|juge|soutient|soutiennent|prétend|prétendent|martelé|selon lui|selon elle|' +
        'a déclaré|a dit|a affirmé|a indiqué|a annoncé|a assuré|ont déclaré|ont affirmé|' +
        'ont indiqué|a accusé|ont accusé|a écrit|a rapporté|rapporté|condamné|condamne|condamnent|' +
        'dénoncé|dénonce|dénoncent',
    ],
    [K.SAY | K.ACT, 'a découvert|ont découvert|a constaté|ont constaté'],
    [
      K.SAY | K.PARTICIPLE,
      'affirmant|assurant|soulignant|ajoutant|insistant|déclarant|précisant|estimant',
    ],
    [K.ADMIT, 'reconnu|reconnaît|reconnait|admis|admet|confirmé|confirme|confirment'],
    [
      K.DENY,
      'dément|démentent|démentait|démenti|a démenti|ont démenti|nie|nient|nié|niait|a nié|' +
        'ont nié|réfute|réfuté|réfutent',
    ],
    [K.DENY_WEAK, 'rejette|rejeté|rejettent|rejetait|conteste|contesté|contestent|balayé|écarté'],
    [
      K.DENY_WORD,
      'infondées|infondé|infondés|infondée|sans fondement|fausses|faux|fausse|mensonges|' +
        'mensonge|fake news|absurdes|absurde|désinformation|calomnies|calomnie|fabriquées|' +
        'inventées|mensongères|propagande|aucun fondement|dénué de fondement|' +
        'dénuées de fondement|neutre|neutralité|aucune implication|aucun rôle|rien à voir|' +
        'pas besoin|aucun besoin|aucune information|politiquement motivées|' +
        'politiquement motivés|politiquement motivée|politiquement motivé|conjectures|' +
        'ne prouvent rien|ne prouve rien',
    ],
    // Set against Iran, a substitution denies; beside these it does not.
    [
      K.SUBST | K.STOP,
      'tous|toutes|entièrement|totalement|exclusivement|intégralement|nos propres|ses propres|leurs propres|pas iraniens|non iraniens',
    ],
    [
      K.SUBST,
      'désormais|maintenant|actuellement|sous licence|licence|alabouga|alabuga|ielabouga|elabouga',
    ],
    // The weapons are home-made: a denial of the matter, as a speaker says it.
    [
      K.DENY_WORD | K.SKIP,
      'de fabrication russe|de production russe|fabriqués en russie|produits en russie|fabriqués localement',
    ],
    [K.CALL, 'qualifié|qualifie|qualifient|qualifiant|traité de|dénoncé comme|se dit|se disent'],
    [
      K.CLAIM,
      'accusations|accusation|allégations|allégation|informations|affirmations|rapports|' +
        'informations de presse|rumeur|implication|participation|rôle',
    ],
    [K.CLAIM | K.NOUN, 'médias|presse'],
    [K.NEG, 'pas|jamais|aucun|aucune|ni|nullement|ne|n'],
    [
      K.ACT,
      'livré|livrée|livrés|livrait|livrer|livre|fourni|fournit|fournir|fournissait|envoyé|' +
        'envoyés|envoie|envoyer|vendu|vendus|vend|vendre|transféré|transférés|utilisé|utilise|' +
        'utiliser|utilisés|coordonné|coopéré|armé|reçu|reçus|acheté|achetés|exporté|aidé|' +
        'rendu|rencontré|participé|combattu|formé',
    ],
    // A verb that stops what follows: "n'a pas cessé d'utiliser" negates no matter.
    [K.NEG | K.SKIP, 'cessé|arrêté|cesse'],
    [K.EXPERT, 'analystes|experts|chercheurs'],
    [K.CONCESSIVE, 'malgré|bien que|quoique|même si|alors que|en dépit de|tandis que'],
    [K.TEMPORAL, 'après que|lorsque|quand|avant que|depuis que'],
    [K.RELATIVE, 'qui|lequel|laquelle|lesquels|dont'],
    [K.PRONOUN, 'il|elle|ils|elles|nous|on'],
    [
      K.TITLE,
      'porte parole|ministre|président|présidente|chef|secrétaire|conseiller|conseillère|' +
        'ambassadeur|ambassadrice|général|commandant|directeur|directrice|dirigeant|analyste|' +
        'chercheur|chercheuse|expert|experte|vice|premier ministre|envoyé spécial|député',
    ],
    [
      K.NOUN,
      'ministère|gouvernement|administration|services|service|renseignement|renseignements|' +
        'armée|forces|état major|responsables|responsable|officiels|sources|source|diplomates|' +
        'experts|analystes|haut|hauts|haute|hautes|agence|journal|quotidien|affaires|' +
        'étrangères|défense|sécurité|nationale|national|conseil|ambassade|mission|autorités|' +
        'militaires|militaire|armées|aérienne|institut|centre|commandement|renseignement militaire|' +
        'département|état',
    ],
    [
      K.PLACE,
      'iran|iranien|iranienne|iraniens|iraniennes|russie|russe|russes|ukraine|ukrainien|' +
        'ukrainienne|ukrainiens|ukrainiennes|états unis|etats unis|américain|américaine|' +
        'américains|américaines|washington|téhéran|moscou|kremlin|pentagone|maison blanche|' +
        'kiev|kyiv|israël|israélien|israélienne|israéliens|syrie|syrien|syrienne|syriens|damas|' +
        'otan|onu|londres|britannique|britanniques|royaume uni|france|français|française|' +
        'allemagne|allemand|chine|chinois|turquie|irak|occident|occidental|occidentaux|' +
        'occidentale|occidentales|européen|européens|union européenne',
    ],
    [K.JOIN, 'de|du|des|d|et|en|à'],
    [K.DET, 'le|la|les|l|un|une|des'],
    [
      K.SKIP,
      'a|ont|avait|avaient|aussi|également|encore|déjà|lundi|mardi|mercredi|jeudi|vendredi|' +
        'samedi|dimanche|hier|aujourd hui|publiquement|officiellement|catégoriquement|' +
        'fermement|à nouveau|de nouveau|alors|ensuite|récemment|ce|cette|semaine|toujours|' +
        'constamment|systématiquement',
    ],
    [K.STOP, 'que|qu|mais|cependant|toutefois|car|lorsque|quand|après|avant|comme|si|ainsi'],
    [K.COND, 'si|s il|est ce que'],
  ],
};
