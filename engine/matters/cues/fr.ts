/** Matter cues for language 'fr': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * French cues. Inflection rules are only "-s" and "-es", so verb forms and feminines are listed;
 * elided articles ("l'", "d'") are separate tokens. Avoids forms that are English words of
 * another sense ("former", "bail", "location", "axe", "or").
 */
export const FR_CUES: CueLexicon = {
  lang: 'fr',
  cues: [
    // False friends (issue #11): "porte" (door, carries, porte-parole) is no "port", "Paris" no "pari",
    // "rapporte" (reports) no Italian "rapporto", "restent" no German "Resten", "le pays" (the
    // country) no English "pays", "stade" (stadium) no Dutch "stad", "retraites" (pensions) no
    // "retrait", "tirs au but" (penalties) no fire.
    [
      [],
      'paris|porte|portes|portent|portant|porter|porté|rapporte|rapportent|rapporté|restent|le pays|les pays|du pays|des pays|ce pays|ces pays|son pays|ses pays|leur pays|leurs pays|notre pays|nos pays|un pays|deux pays|trois pays|au pays|aux pays|mon pays|votre pays|tout le pays|plusieurs pays|certains pays|pays-bas|stade|stades|retraites|sa retraite|à la retraite|de retraite|leur retraite|tirs au but|tir au but',
    ],
    // Phrases first where a word alone would mean another concept.
    // "armes" (weapons) is English "arm" + "-es" to the matcher: it names no concept here.
    [[], 'armes'],
    [
      'anti_west',
      'sanctions occidentales|sous sanctions|sous le coup de sanctions|' +
        'contourner les sanctions|contournement des sanctions|échapper aux sanctions|' +
        'frappés de sanctions|isolé|isolés|isolée|isolées|isolement|paria|parias|' +
        'anti-occidental|anti-occidentale|anti-occidentaux|antioccidental|antioccidentale|' +
        'antioccidentaux|anti-américain|anti-américaine|antiaméricain|antiaméricaine|' +
        'ordre mondial|monde multipolaire|multipolaire|hégémonie|hégémonie occidentale|' +
        'axe du bouleversement' +
        '|unipolaire|impérialisme|impérialiste|impérialistes',
    ],
    [
      'ties_econ',
      'commerce|commercial|commerciale|commerciaux|échanges commerciaux|gaz|' +
        'gazier|gazière|pétrole|pétrolier|pétrolière|gazprom|accord énergétique|' +
        'investissement|investissements|investir|corridor|corridor nord-sud|nord-sud|' +
        'chemin de fer|ligne ferroviaire|ferroviaire|banque|banques|bancaire|bancaires|' +
        'système mir|swift|rouble|roubles|rial|rials|monnaie|monnaies|devises|' +
        'monnaies nationales|traité|traités|traité de partenariat stratégique|' +
        "protocole d'accord|mémorandum|économique|économiques|économie|blé|" +
        'droits de douane|union économique eurasiatique' +
        '|libre-échange|zone de libre-échange',
    ],
    [
      'energy',
      'réseau électrique|réseaux électriques|infrastructure énergétique|' +
        'infrastructures énergétiques|installations énergétiques|sites énergétiques|' +
        'système énergétique|réseau énergétique|centrale électrique|centrales électriques|' +
        'centrale thermique|centrales thermiques|centrale hydroélectrique|sous-station|' +
        'sous-stations|électricité|coupure de courant|coupures de courant|' +
        "coupures d'électricité|coupure d'électricité|panne de courant|pannes de courant|" +
        "panne d'électricité|black-out|délestage|délestages|chauffage|" +
        'infrastructures critiques|infrastructure critique|lignes électriques|' +
        "lignes à haute tension|sans électricité|privés d'électricité|ukrenergo" +
        '|transformateur|transformateurs|coupures|pannes|centrales|installations électriques|approvisionnement en électricité|approvisionnement électrique|sans courant|privés de courant|privés de chauffage|plongé dans le noir|plongée dans le noir|plongés dans le noir|dans le noir',
    ],
    [
      'miltech',
      'su-35|soukhoï|sukhoï|soukhoï su-35|s-300|s-400|mig-29|yak-130|' +
        "avions de chasse|avion de chasse|avions de combat|chasseurs|hélicoptères d'attaque|" +
        'hélicoptères de combat|mi-28|satellite|satellites|khayyam|exercices navals|' +
        'exercice naval|manœuvres navales|manoeuvres navales|exercices conjoints|' +
        'exercice conjoint|exercices militaires conjoints|manœuvres conjointes|' +
        'manoeuvres conjointes|militaro-technique|coopération militaro-technique|' +
        'jeux de guerre|ceinture de sécurité maritime',
    ],
    [
      'nuclear',
      'nucléaire|nucléaires|jcpoa|accord nucléaire|accord sur le nucléaire|' +
        'accord de vienne|enrichissement|uranium enrichi|uranium|aiea|atomique|atomiques|' +
        'programme nucléaire',
    ],
    [
      'iran_leader',
      'khamenei|khameneï|khamenéi|ali khamenei|guide suprême|guide de la révolution|guide suprême iranien|président iranien',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rohani|rouhani'],
    [['iran_leader', 'pres_raisi'], 'raïssi|raissi|raïsi|ebrahim raïssi|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinejad|ahmadinedjad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian|pezechkian|massoud pezeshkian'],
    ['putin', 'poutine|vladimir poutine'],
    [
      'soleimani',
      'soleimani|souleimani|soleïmani|souleïmani|qassem soleimani|' + 'ghassem soleimani',
    ],
    [
      'assad',
      'assad|el-assad|al-assad|bachar|bachar el-assad|régime syrien|' +
        "régime de damas|régime d'assad|régime el-assad|gouvernement syrien|damas|" +
        'pouvoir syrien|le régime',
    ],
    ['tehran', 'téhéran|teheran'],
    ['moscow', 'moscou'],
    [
      'white_house',
      'maison blanche|maison-blanche|jake sullivan|sullivan|john kirby|' +
        'kirby|conseil de sécurité nationale|conseiller à la sécurité nationale|' +
        'conseiller américain à la sécurité nationale',
    ],
    [
      'us',
      'états-unis|etats-unis|usa|américain|américaine|américains|américaines|' +
        "washington|pentagone|département d'état|administration biden|biden|blinken|cia|" +
        'responsables américains|renseignement américain',
    ],
    [
      'israel',
      'israël|israel|israélien|israélienne|israéliens|israéliennes|tsahal|' +
        'netanyahou|netanyahu|benyamin netanyahou|bennett|golan|plateau du golan|mossad|' +
        "état hébreu|l'état hébreu",
    ],
    ['turkey', 'turquie|turc|turque|turcs|turques|ankara|erdogan|erdoğan|recep tayyip erdogan'],
    ['iraq', 'irak|iraq|irakien|irakienne|irakiens|irakiennes|bagdad'],
    [
      'ukraine',
      'ukraine|ukrainien|ukrainienne|ukrainiens|ukrainiennes|zelensky|zelenski|' +
        'volodymyr zelensky|gouvernement ukrainien|autorités ukrainiennes|' +
        // Longer than the intervention words 'opération militaire', 'campagne': Russia's war.
        'opération militaire spéciale|opération militaire en ukraine|campagne en ukraine',
    ],
    ['syria', 'syrie|syrien|syrienne|syriens|syriennes'],
    [
      'city',
      'ville|villes|kiev|kyiv|kharkiv|kharkov|odessa|odesa|lviv|lvov|dnipro|' +
        'zaporijjia|zaporijia|zaporojie|mykolaïv|mykolaiv|kherson|soumy|tchernihiv|vinnytsia|' +
        'jytomyr|kryvyï rih|kryvyi rih|poltava|bila tserkva|agglomération|localité|localités',
    ],
    [
      'crimea',
      'crimée|criméen|criméenne|péninsule de crimée|djankoï|djankoy|' + 'région de kherson',
    ],
    ['belarus', 'biélorussie|bélarus|belarus|biélorusse|biélorusses|bélarusse|bélarusses'],
    [
      'tatarstan',
      'alabouga|alabuga|ielabouga|iélabouga|elabouga|yelabuga|tatarstan|' +
        'zone économique spéciale',
    ],
    ['kupiansk', 'koupiansk|kupiansk|koupyansk'],
    [
      'base_name',
      'hmeimim|khmeimim|hmeïmim|hmeymim|tartous|tartus|lattaquié|lattaquieh|' +
        'lattakié|latakia|chayrat|shayrat|shairat|al-chaayrate|t4|tiyas|tiyas t4',
    ],
    ['hamadan', 'hamadan|hamedan|nojeh|base de nojeh'],
    [
      'astana',
      "astana|nour-soultan|noursoultan|sotchi|processus d'astana|format d'astana|" +
        "pourparlers d'astana|négociations d'astana|groupe d'astana",
    ],
    ['europe', 'europe|guerre européenne|sol européen|conflit européen|guerre en europe'],
    ['west', 'occident|occidental|occidentale|occidentaux|occidentales|otan|pays occidentaux'],
    [
      'drone',
      'drone|drones|drone kamikaze|drones kamikazes|kamikaze|kamikazes|' +
        'drone-suicide|drones-suicides|drone suicide|drones suicides|shahed|geran|guéran|' +
        'gueran|mohajer|mohadjer|munition rôdeuse|munitions rôdeuses|engin sans pilote|' +
        'engins sans pilote|aéronef sans pilote|aéronefs sans pilote|uav',
    ],
    [
      'supply',
      'livrer|livré|livrée|livrés|livrées|livrait|livraient|livrent|livrera|' +
        'livreront|livraison|livraisons|fournir|fourni|fournie|fournis|fournies|fournit|' +
        'fournissent|fournissait|fournira|fourniture|fournitures|fournisseur|fournisseurs|' +
        'approvisionner|approvisionné|approvisionnement|réapprovisionner|envoyer|envoyé|' +
        'envoyée|envoyés|envoyées|envoie|envoient|envoi|envois|expédier|expédié|expédiés|' +
        'expédition|vendre|vendu|vendue|vendus|vend|vendent|vente|ventes|acheter|acheté|' +
        'achetée|achetés|achète|achètent|achat|achats|acquérir|acquis|acquisition|' +
        'recevoir|reçu|reçus|reçue|reçues|reçoit|obtenir|obtenu|importer|importé|importés|' +
        'importations|transférer|transféré|transférés|transfert|transferts|armer|' +
        'procurer|procuré|doter' +
        '|acheminé|acheminée|acheminés|acheminées|acheminer|acheminement|achemine|acheminent|acheminait|fournissaient|livrerait|livreraient|approvisionne|approvisionnent|importe|importent|envoyait|envoyaient|enverra|expédie|expédient|expédiée|expédiées|acquiert|achetait|achetaient|achèterait|obtient|reçoivent|recevait|recevra',
    ],
    [
      'shipment',
      'cargaison|cargaisons|premier lot|nouveau lot|lot de|lots de|chargement|' +
        'chargements|fret|avion cargo|avions cargos|avion-cargo|avions-cargos|vols cargo|' +
        'vol cargo|pont aérien|mer caspienne|caspienne|vols|navire|navires|cargo|' +
        'première livraison|premières livraisons|convoi|convois' +
        '|un lot|deuxième lot|second lot|par bateau|par avion|voie maritime|par voie maritime|voie aérienne|par voie aérienne',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    [
      'supply',
      'réapprovisionner|réapprovisionnement|réapprovisionné|réapprovisionnée|reconstituer ses stocks|reconstituer les stocks',
    ],
    ['quantity', 'stock|stocks|arsenal'],
    [
      'quantity',
      "centaines|milliers|plusieurs centaines|jusqu'à plusieurs centaines|" +
        'grand nombre|un grand nombre|grandes quantités|dizaines|des centaines|des milliers|' +
        "plus d'un millier|un millier" +
        '|quantités importantes|grande quantité|en grand nombre|massivement|par centaines|par milliers|plusieurs milliers|plusieurs dizaines',
    ],
    [
      'intel',
      'renseignement|renseignements|services de renseignement|' +
        'informations indiquent|selon nos informations|selon des informations|évaluation|' +
        'déclassifié|déclassifiée|déclassifiés|images satellites|images satellite|' +
        'images satellitaires|imagerie satellitaire|espions|partage de renseignements|' +
        "échange de renseignements|centre d'information|centre de renseignement" +
        '|espionnage',
    ],
    [
      'cash',
      'en espèces|argent liquide|liquidités|billets de banque|liasses de billets|' +
        "euros|140 millions|argent|sacs de billets|sacs d'argent|valises de billets" +
        "|millions d'euros|en liquide",
    ],
    ['gold', "lingot|lingots|lingots d'or|en or|d'or|réserves d'or|métal jaune"],
    [
      'pay',
      'payer|payé|payée|payés|paie|paye|paient|paiement|paiements|payant|prix|' +
        'rémunération|versé|versés|verser|réglé|régler|facture' +
        '|rétribution|monnayer|monnayé',
    ],
    [
      'exchange',
      'en échange|en contrepartie|en retour|troc|échange contre|' +
        'comme paiement|en guise de paiement|contrepartie' +
        '|troquer|troqué|échangé contre|échanger contre|en paiement',
    ],
    [
      'captured_arms',
      'capturé|capturée|capturés|capturées|armes capturées|saisi|saisis|' +
        'saisie|saisies|javelin|nlaw|stinger|stingers|armes occidentales|' +
        'armes de fabrication occidentale|trophées|butin|prises de guerre' +
        "|récupérées|récupérés|armes récupérées|prises à l'ennemi",
    ],
    [
      'strike',
      'frappe|frappes|frapper|frappé|frappée|frappés|frappées|frappent|' +
        'attaque|attaques|attaquer|attaqué|attaquée|attaqués|attaquent|touché|touchée|' +
        'touchés|touchées|tirs|tiré|tirés|tirées|salve|salves|vague de drones|vague d’attaques|nouvelle vague|vague de frappes|vagues|raid|raids|' +
        'lancé|lancée|lancés|lancées|lancer|bombarder|pilonnage|pilonnages|pilonné|pilonnée|' +
        'cible|cibles|ciblé|ciblée|ciblés|ciblées|cibler|visé|visée|visés|visées|visant|' +
        'assaut|assauts|essaim|essaims|explosion|explosions|déluge de feu|attaque massive' +
        "|pilonne|pilonnent|endommagé|endommagée|endommagés|endommagées|endommageant|détruit|détruite|détruits|détruites|dévasté|ravagé|vise|visent|ciblent|tir|tirent|lance|lancent|explosé|se sont écrasés|s'est écrasé|impact|impacts|détonations|s'en prend|s'en sont pris|s'en est pris|s'abattre|se sont abattus",
    ],
    [
      ['air_campaign', 'strike'],
      'frappe aérienne|frappes aériennes|raid aérien|' +
        'raids aériens|bombardement|bombardements|bombardé|bombardée|bombardés|bombardées|' +
        'bombardements aériens|bombardent',
    ],
    [
      'civilian',
      'civils|population civile|populations civiles|victimes civiles|' +
        'résidentiel|résidentiels|résidentielle|résidentielles|immeuble|immeubles|' +
        "immeuble d'habitation|immeubles d'habitation|tué|tués|tuée|tuées|tuant|morts|" +
        'mort|victimes|victime|blessés|blessé|blessée|blessées|habitations|logements|' +
        'hôpital|hôpitaux|école|écoles|bilan|maisons' +
        '|foyers|habitants|enfants|décès|ont péri|péri|sans-abri|appartement|appartements|blessant',
    ],
    [
      'night',
      'nuit|dans la nuit|nocturne|nocturnes|pendant la nuit|cette nuit|' +
        'nuit de|durant la nuit' +
        "|à l'aube|tôt le matin|aux premières heures",
    ],
    [
      'debris',
      'débris|épave|épaves|restes|fragments|morceaux|carcasse|carcasses|' +
        'drone abattu|drones abattus|restes du drone' +
        '|vestiges|éclats',
    ],
    [
      'markings',
      'marquage|marquages|peint|peinte|peints|repeint|repeints|rebaptisé|' +
        'rebaptisée|rebaptisés|renommé|renommée|renommés|numéro de série|numéros de série|' +
        'cyrillique|cyrilliques|lettrage|inscription|inscriptions|nouveau nom' +
        '|logo|logos|estampillé|estampillés|étiqueté|étiquetés',
    ],
    [
      'identify',
      'identifié|identifiée|identifiés|identifiées|identifier|identification|' +
        'preuve|preuves|confirmé|confirmée|confirmer|confirme|confirment|photos|' +
        'photographies|les images montrent|examiné|examinés|enquêteurs|' +
        'médico-légal|analyse|analyses|démontré' +
        '|prouve|prouvent|prouvé|démontre|démontrent|analysé|analysés|enquête|clichés|attesté|attestent|authentifié|authentifiés',
    ],
    [
      'intercept',
      'abattu|abattue|abattus|abattues|abattre|abattent|abattage|intercepté|' +
        'interceptée|interceptés|interceptées|intercepter|interception|interceptions|' +
        'neutralisé|neutralisée|neutralisés|neutralisées|neutraliser|détruit en vol|' +
        "détruits en vol|détruits en l'air|descendu|descendus" +
        '|abat|intercepte|interceptent',
    ],
    [
      'air_defence',
      'défense aérienne|défenses aériennes|défense antiaérienne|' +
        'défenses antiaériennes|défense anti-aérienne|défenses anti-aériennes|antiaérienne|' +
        'antiaérien|antiaériens|anti-aérien|anti-aérienne|dca|gepard|iris-t|nasams|patriot|' +
        'groupes de tir mobiles|groupes mobiles|guerre électronique|brouillage|brouilleurs|' +
        'intercepteur|intercepteurs|dôme de fer|systèmes antiaériens' +
        '|sol-air|missiles sol-air|batteries antiaériennes',
    ],
    [
      'tech',
      'portée|kilomètres|km|ogive|ogives|charge utile|charge explosive|moteur|' +
        'moteurs|vitesse|guidage|gps|composants|composant|puces|puces électroniques|' +
        'microprocesseurs|coût|coûts|bon marché|peu coûteux|peu onéreux|explosifs|' +
        'kilogrammes|kg|navigation|conçu|conçus|aile delta|envergure|autonomie|' +
        'mobylette|tondeuse|à réaction|dollars pièce' +
        "|rayon d'action|électronique|électroniques|composants électroniques|semi-conducteurs|altitude|basse altitude|propulseur|hélice|hélices|pièces occidentales|composants occidentaux",
    ],
    [
      'deny',
      'dément|démenti|démentis|démentent|démentir|démentait|nient|nier|niant|' +
        'rejette|rejeté|rejetée|rejeter|rejettent|réfute|réfuté|réfuter|sans fondement|' +
        'infondé|infondée|infondés|infondées|faux|fausse|fausses|mensonge|mensonges|inventé|' +
        'inventées|propagande|spéculation|spéculations|affabulation|aucune arme|' +
        'jamais fourni|jamais livré|jamais envoyé|pas fourni|pas livré|pas envoyé|' +
        "ni l'un ni l'autre|partie au conflit|ne fournit pas" +
        '|mensonger|mensongère|mensongères|mensongers|récuse|récusé|récusent|conteste|contesté|contestent|balayé|balaie|catégoriquement|absurde|absurdes|pure invention|de toutes pièces|calomnie|calomnies|désinformation|ridicule|grotesque|aucune preuve|sans preuve|sans preuves',
    ],
    [
      'admit',
      'admis|admet|admettent|admettre|reconnu|reconnaît|reconnaissent|reconnaître|' +
        'concédé|avoué|avoue|petit nombre|nombre limité|avant la guerre|' +
        'avant le début de la guerre|avant le conflit|quelques mois avant la guerre' +
        '|concède',
    ],
    [
      'train',
      'formateurs|formateur|formatrices|instructeurs|instructeur|former des|' +
        'former les|formé des|formé les|formés|formées|formation militaire|formation des|' +
        'formation aux|formation à|entraîner|entraîné|entraînés|entraînement|entraînements|' +
        'entrainer|entrainé|entrainés|entrainement|apprendre à utiliser|enseigner|enseigné|' +
        'apprendre à manier|maniement' +
        '|enseignent|apprendre aux|appris aux|au pilotage|formés au|formés à|former au|former à|instruire|instruisent|instruits',
    ],
    [
      'advisers',
      'conseiller|conseillers|conseillers militaires|spécialistes|techniciens|' +
        'personnel militaire|experts militaires|militaires iraniens|personnel|opérateurs|' +
        'experts iraniens|spécialiste' +
        '|ingénieurs|ingénieurs iraniens|officiers iraniens',
    ],
    [
      'irgc',
      'gardiens de la révolution|corps des gardiens de la révolution|' +
        'gardiens de la révolution islamique|pasdaran|pasdarans|cgri|force al-qods|' +
        'force qods|force al-quds|forces al-qods|brigade al-qods',
    ],
    [
      'produce',
      'production|produire|produit|produite|produits|produites|produisent|' +
        'fabrication|fabriquer|fabriqué|fabriquée|fabriqués|fabriquées|fabrique|usine|' +
        'usines|assemblage|assemblé|assemblés|assembler|licence|sous licence|localiser|' +
        'localisation|chaîne de production|ligne de production|lignes de production|' +
        "production en série|production de masse|main-d'œuvre|main-d'oeuvre|" +
        'site de production|produire localement' +
        '|produira|produiront|fabriquent|fabriquera|fabriquait|assemblent|en série|construisent|cadence de production',
    ],
    ['missile', 'missile|missiles|roquette|roquettes|fusée|fusées'],
    [
      'ballistic',
      'balistique|balistiques|fateh|fateh-110|fath-360|fath 360|zolfaghar|' + 'zolfagar|sol-sol',
    ],
    [
      'sanction',
      'sanction|sanctions|sanctionné|sanctionnée|sanctionnés|sanctionnées|' +
        'sanctionner|liste noire|trésor|trésor américain|département du trésor|ofac|' +
        "gel des avoirs|avoirs gelés|contrôles à l'exportation|mesures restrictives|" +
        'pénalités|paquet de sanctions' +
        '|sanctionnent|sanctionnera|contrôle des exportations|contrôles des exportations|mesures punitives',
    ],
    [
      'un_violation',
      'résolution 2231|conseil de sécurité|violation|violations|viole|' +
        'violé|violant|enfreint|enfreindre|infraction|embargo sur les armes|' +
        "embargo|snapback|résolution de l'onu|résolution des nations unies" +
        '|enfreignent|contrevient|en violation',
    ],
    [
      'diplomatic',
      'ambassadeur|ambassadeurs|ambassadrice|envoyé spécial|émissaire|' +
        'ambassade|ambassades|accréditation|diplomates|personnel diplomatique|' +
        "chargé d'affaires|expulser|expulsé|expulsés|expulsion|rompre les relations|" +
        'rupture des relations|rompre les liens|relations diplomatiques|liens diplomatiques|' +
        "convoqué|convoquée|persona non grata|rappel de l'ambassadeur|retrait de l'accréditation|" +
        'réduire le personnel' +
        "|expulse|expulsent|rompt ses relations|rompu ses relations|rompre ses relations|rompu les relations|convoque|consulat|consul|représentation diplomatique|niveau des relations|retirer l'accréditation|retiré l'accréditation|réduire le nombre de diplomates",
    ],
    [
      'test_ground',
      "terrain d'essai|terrain d'essais|banc d'essai|polygone d'essai|" +
        'testé au combat|testés au combat|testé sur le champ de bataille|' +
        'tester sur le champ de bataille|testés en conditions réelles|conditions réelles|' +
        'expérience de combat|expérience du combat|vitrine|laboratoire à ciel ouvert|' +
        "terrain d'expérimentation|champ d'expérimentation" +
        "|champ de bataille ukrainien|en conditions de combat|grandeur nature|éprouvé au combat|éprouvés au combat|retour d'expérience|testés en ukraine|testé en ukraine|tester en ukraine",
    ],
    [
      'stakes',
      "revenus|recettes|exportations d'armes|marché de l'armement|" +
        'marché des armes|clients|acheteurs|prestige|levier|moyen de pression|faveurs|' +
        'gain|gains|bénéfice|bénéfices|avantage|avantages|risque|risques|pari|enjeu|' +
        'enjeux|calcul|motivations|motifs|récompense|donnant-donnant' +
        "|ses intérêts|ses propres intérêts|trouve son compte|y trouve son compte|carte à jouer|monnaie d'échange|profit|profits|tirer profit|commandes|réputation|prix à payer|coût politique",
    ],
    [
      'visit',
      "visite|visites|visité|visiter|voyage|voyages|déplacement|s'est rendu|" +
        "s'est rendue|se rend|se rendra|arrivé|arrivée|rencontré|rencontre|rencontres|" +
        'réunion|réunions|entretien|entretiens|accueilli|sommet|sommets|pourparlers avec|' +
        "voyage secret|visite secrète|s'est entretenu" +
        '|tournée|atterri|a atterri|séjour',
    ],
    [
      'persuade',
      'convaincre|convaincu|persuader|persuadé|plaider|plaidé|exhorter|' +
        'exhorté|exhorte|cartes|carte|plan|plans|planifier|planifié|planification|demandé|' +
        'demandait' +
        '|sollicité|solliciter|insisté|imploré|implorer|poussé à|pousser à',
    ],
    // A negated intervention (“a solution without foreign intervention”) names no concept.
    [
      [],
      'sans intervention étrangère|sans intervention extérieure|sans ingérence étrangère|sans ingérence extérieure',
    ],
    [
      'deploy',
      'déploiement|déploiements|déployer|déployé|déployée|déployés|renforcement militaire|troupes|corps expéditionnaire|présence militaire|contingent|contingents',
    ],
    [
      'intervention',
      'intervention|interventions|intervenir|intervenu|entré en guerre|entrée en guerre|opération militaire|campagne militaire|campagne|engagement militaire|engagé militairement',
    ],
    [
      'air_campaign',
      'campagne aérienne|puissance aérienne|couverture aérienne|' +
        'appui aérien|soutien aérien|avions de guerre|avions militaires|' +
        'chasseurs-bombardiers|bombardiers|forces aérospatiales|aviation russe|' +
        "armée de l'air|sorties aériennes" +
        '|aviation|avions russes|aviation militaire',
    ],
    [
      'rescue',
      'sauver|sauvé|sauvée|sauvetage|secourir|maintenir au pouvoir|' +
        'maintenu au pouvoir|maintenir en place|renversé la tendance|inverser la tendance|' +
        "inversé le cours|survie|survivre|bouée de sauvetage|au bord de l'effondrement|" +
        'sauver le régime|planche de salut' +
        "|sous perfusion|à bout de bras|sauvé la mise|empêché la chute|éviter la chute|éviter l'effondrement|empêcher l'effondrement|sauvegarder",
    ],
    [
      'backing',
      'soutien|soutiens|soutenir|soutenu|soutenue|soutient|soutiennent|appui|' +
        'allié|alliés|alliée|alliées|parrain|parrains|protecteur|protecteurs|côte à côte|' +
        'conjointement|coordonner|coordonné|coordonnée|coordination|parrainer|' +
        'aux côtés|aux côtés de' +
        '|appuyé|appuie|appuient|aide|aidé|aident|aider|aidait|épauler|épaulé|épaulent|main dans la main|de concert|conjoint|conjointe|conjoints|conjointes|en commun|soutenait|soutenaient|soutiendra|appui militaire',
    ],
    [
      'talks',
      'garant|garants|pays garants|zones de désescalade|zone de désescalade|' +
        'désescalade|cessez-le-feu|trêve|pourparlers de paix|trilatéral|trilatérale|' +
        'trilatéraux|processus de paix|comité constitutionnel|règlement politique|' +
        'négociations|pourparlers' +
        '|médiation|médiateur|accord de paix|solution politique|déclaration commune|déclaration conjointe|tripartite',
    ],
    [
      'base',
      'base|bases|base aérienne|bases aériennes|base navale|bases navales|' +
        'base militaire|bases militaires|port|ports|installation navale|bail de|' +
        "point d'appui naval|installations militaires" +
        '|présence navale|aérodrome|aérodromes|implantation militaire|implantations militaires',
    ],
    [
      'militia',
      'milice|milices|miliciens|milicien|supplétifs|mandataires|proxys|' +
        'hezbollah|hizbollah|fatemiyoun|fatimiyoun|zainabiyoun|combattants chiites|' +
        'miliciens chiites|milices chiites|combattants étrangers|forces terrestres|' +
        'troupes au sol|sur le terrain|combattants' +
        '|paramilitaires|pro-iranien|pro-iranienne|pro-iraniens|pro-iraniennes|forces pro-iraniennes|groupes armés pro-iraniens|forces iraniennes|troupes iraniennes|combattants iraniens|combattants afghans|combattants pakistanais',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'pas d’une seule voix|pas d’une même voix|pas sur la même ligne|pas toujours sur la même ligne',
    ],
    [
      'friction',
      'rivalité|rivalités|rival|rivaux|concurrence|concurrents|' +
        'rivaliser|tension|tensions|friction|frictions|affrontement|affrontements|heurts|' +
        'divergence|divergences|divergent|désaccord|désaccords|différend|' +
        'différends|mariage de raison|mariage de convenance|compétition|en désaccord|' +
        'méfiance mutuelle|intérêts divergents' +
        '|brouille|dissensions|querelle|querelles|discorde|accrochages|antagonisme|antagonismes|concurrencent|rivalisent|rivalisaient|concurrent|concurrente|se disputent|se disputer|fossé|bras de fer|intérêts contradictoires|objectifs divergents|agendas divergents',
    ],
    [
      'influence',
      "influence|contrats|contrat|reconstruction|sphères d'influence|" +
        "zones d'influence|intérêts économiques|phosphate|phosphates" +
        '|mainmise|marchés publics|chantiers de reconstruction|contrats de reconstruction|ressources naturelles|poids économique|présence économique',
    ],
    [
      'deconfliction',
      'déconfliction|ligne directe|ligne téléphonique directe|' +
        'fermer les yeux|ferme les yeux|fermé les yeux|feu vert|tacite|accord tacite|' +
        'mécanisme de coordination|laisser faire|laissé faire|laissé israël' +
        '|mains libres|complaisance|tolère|toléré|tolérait|passivité|sans réagir|laisse faire|laisse israël|coordination avec israël|coordination avec tsahal',
    ],
    [
      'isis',
      'état islamique|organisation état islamique|groupe état islamique|daech|' +
        'daesh|isis' +
        "|l'ei|groupe ei|organisation ei",
    ],
    [
      'terror',
      'terrorisme|terroriste|terroristes|djihadiste|djihadistes|jihadiste|' +
        'jihadistes|extrémistes|extrémiste|antiterroriste|lutte antiterroriste|' +
        'contre-terrorisme',
    ],
    [
      'withdraw',
      'retirer|retiré|retirée|retirés|retrait|se retirer|redéployer|redéployé|' +
        'redéployés|redéploiement|relocalisé|réduit sa présence|réduire sa présence|' +
        'alléger|allégé|allègement|rapatrier|rapatrié|rapatriés|déplacé des troupes|' +
        'dégarni|dégarnir' +
        "|retire|retirent|rapatrie|rapatrient|repli|replié|se replier|se replient|désengagement|se désengager|désengagé|plier bagage|réduction des effectifs|réduit ses effectifs|réduire ses effectifs|quitté la syrie|quittent la syrie|quitter la syrie|transféré vers l'ukraine|transférés vers l'ukraine|transférées vers l'ukraine|redéployés vers l'ukraine",
    ],
    [
      'fill',
      'combler le vide|comblé le vide|combler ce vide|remplir le vide|' +
        'occuper le terrain|pris le relais|prendre le relais|pris le contrôle|' +
        'prendre le contrôle|positions abandonnées|positions laissées vacantes|' +
        'prendre la place|pris la place' +
        "|combler|comblé|comble|comblent|le vide|ce vide|vide laissé|se substituer|se substituent|s'est substitué|vacantes|vacants|laissées libres|reprendre les positions|repris les positions|occupé les positions|occuper les positions|investi les positions",
    ],
    [
      'fall',
      'chute|effondrement|effondré|renversé|renversement|évincé|chassé du pouvoir|' +
        'fui|a fui|exil|exilé|asile|fin du régime|tombé|tombée|' +
        "fin de l'ère assad" +
        "|s'effondre|déchu|destitué|déroute|débâcle|renverser|chuté|a chuté|fin de règne|fin du règne|sa fuite|fuite à moscou|fuite de bachar",
    ],
    [
      ['post_assad', 'rebels'],
      'post-assad|après assad|nouvelles autorités de damas|nouvelles autorités syriennes|nouveau pouvoir à damas|nouveau pouvoir syrien|gouvernement de transition|gouvernement intérimaire|al-charaa|charaa|al-sharaa',
    ],
    [
      'rebels',
      'rebelle|rebelles|offensive rebelle|hts|hayat tahrir al-cham|' +
        'hayat tahrir al-sham|tahrir al-cham|al-charaa|charaa|jolani|joulani|al-joulani|' +
        'insurgés|opposition armée|groupes armés|offensive éclair|islamistes' +
        "|opposition syrienne|forces d'opposition|combattants de l'opposition|factions rebelles|factions armées",
    ],
    [
      'partnership',
      'partenariat|partenaire|partenaires|alliance|alliances|coopération|' +
        'coopérer|collaboration|relation|relations|lien|liens|amitié|alignement|' +
        'rapprochement|coalition|axe moscou-téhéran' +
        '|entente',
    ],
    [
      'deepen',
      'approfondir|approfondi|approfondissement|renforcer|renforcé|renforcée|' +
        'renforcement|croissant|croissante|grandissant|grandissante|plus étroit|' +
        'plus étroite|plus étroits|plus étroites|resserrer|resserré|resserrement|' +
        'renforce|renforcent|se renforce|rapprocher|évoluer|nouvelle étape|nouveau chapitre|nouveau niveau|élargir|élargi|' +
        'consolidé|consolider|scellé|forgé|forgée' +
        "|étendre|étendu|intensifier|intensifié|intensification|accru|accrue|accrus|s'intensifie|se rapprochent|montée en puissance",
    ],
    [
      'depend',
      'dépendant|dépendante|dépendance|tributaire|compter sur|' +
        "se tourner vers|tourné vers|s'est tourné vers|partenaire junior|" +
        'partenaire mineur|partenaire principal|inversion des rôles|' +
        'renversement des rôles|rôles se sont inversés|autrefois fournisseur|' +
        'désormais acheteur' +
        "|dépend de l'iran|dépendre de l'iran|dépendait de l'iran|dépend désormais|dépendante|a besoin de l'iran|besoin de l'iran|recours à l'iran|recourir à l'iran|recourt à l'iran",
    ],
    [
      'first_time',
      'première fois|pour la première fois|sans précédent|inédit|inédite' +
        '|jamais auparavant|une première',
    ],
    [
      'mistrust',
      'méfiance|défiance|suspicion|soupçons|griefs|trahison|trahi|' +
        'ressentiment|limites|méfiant|méfiants|contentieux|voté les sanctions|' +
        'voté des sanctions|lourd passé' +
        '|rancœur|rancoeur|rancune|arrière-pensées|réticences|mauvais souvenirs',
    ],
    [
      ['rescue', 'backing'],
      'au secours|à la rescousse|porté secours|voler au secours|volé au secours|volés au secours|venu au secours|venus au secours|venue au secours|à son secours|à son aide|venus en aide|venu en aide|venir en aide',
    ],
    [
      ['friction', 'influence'],
      "guerre d'influence|lutte d'influence|luttes d'influence|lutte pour l'influence|course à l'influence",
    ],
    [['anti_west', 'west'], 'occident collectif|domination occidentale|front anti-occidental'],
    [
      ['ties_econ', 'partnership'],
      'coopération énergétique|coopération économique|partenariat économique',
    ],
    ['july', 'juillet'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    // Matters said in general words: evidence refused, front companies, vying, the toll.
    [
      'deny',
      "aucune preuve|sans preuve|sans preuves|pas la moindre preuve|aucun fait|ne vise aucun pays tiers|n'est dirigée contre aucun pays tiers|n’est dirigée contre aucun pays tiers",
    ],
    [
      'sanction',
      "société écran|sociétés écrans|société-écran|sociétés-écrans|interdiction de voyager|interdiction de visa|ajoutées à la liste|ajoutés à la liste|nouvelles mesures de l'ue|nouvelles mesures de l’ue",
    ],
    [
      'friction',
      'se disputent|se disputer|se disputant|évincer|évincé|évincée|supplanter|damer le pion',
    ],
    ['strike', 'destruction|destructions|dégâts|ravages'],
    ['civilian', 'décès|victimes civiles|bilan humain'],
    [['energy', 'civilian'], 'infrastructure civile|infrastructures civiles'],
    // Opposing the other's presence in Syria is their rivalry.
    [
      'friction',
      "s'oppose à la présence iranienne|s’oppose à la présence iranienne|opposée à la présence iranienne|opposé à la présence iranienne",
    ],
    [
      'deny',
      "avons aucune information|avons pas d'information|avons pas d’information|disposons d'aucune information|disposons d’aucune information|pas de telles informations|politiquement motivé|politiquement motivée|politiquement motivés|politiquement motivées|motivées politiquement|motivés politiquement|nie avoir|nie catégoriquement|nie fermement|nie formellement|nie toute|nie tout|nie les|nie la|nie le|nie en bloc|nie être|a nié|ont nié|avait nié|qui nie|nié avoir|nié toute|nié les|n'a aucune information|n’a aucune information|ne dispose d'aucune information|ne dispose d’aucune information|pas de telle information",
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      "aucune des parties|aucune partie|aucun des belligérants|aucun camp|ni l'une ni l'autre des parties|présenter la moindre preuve|fournir la moindre preuve",
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      "pièces américaines|pièces occidentales|d'origine américaine|d’origine américaine|d'origine occidentale|d’origine occidentale|fabriqués aux états-unis|fabriquées aux états-unis|semi-conducteurs|microélectronique|composants électroniques",
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|amirabdollahian|abdollahian'],
    ['fm_araghchi', 'araghchi|araqchi|araghtchi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'alliance de circonstance|alliance de convenance|pacte de convenance|partenariat de circonstance|diffèrent dans leurs intérêts|leurs intérêts diffèrent',
    ],
    ['since', 'depuis|dès'],
  ],
};
