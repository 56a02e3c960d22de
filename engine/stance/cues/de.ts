/**
 * German stance cues (see `../types.ts`). "soll" / "sollen" is the German hedge ("soll geliefert
 * haben", reportedly delivered); separable verbs ("wies ... zurück") pair a verb with its
 * particle. Every noun is capitalised, so a speaker's name is read through these words, not
 * through capitals alone.
 */
import { K, type StanceCues } from '../types';

export const DE_STANCE: StanceCues = {
  lang: 'de',
  order: 'before',
  cues: [
    [0, 'nicht nur|kein zweifel|keinen zweifel|noch nicht'],
    [
      K.HEDGE,
      'soll|sollen|angeblich|mutmaßlich|mutmasslich|vermutlich|möglicherweise|offenbar|' +
        'offenkundig|wohl|berichten zufolge|unbestätigten berichten zufolge|unbestätigt|' +
        'unbestätigte|unbestätigten|könnte|könnten|dürfte|dürften|scheint|scheinen|' +
        'wahrscheinlich|vermeintlich|vermeintliche|vermeintlichen|gerüchten zufolge|unklar|' +
        'anscheinend|scheinbar|allem anschein nach|augenscheinlich',
    ],
    // "keine Beweise": the text's hedge, a speaker's denial.
    [K.HEDGE | K.DENY_WORD, 'keine beweise'],
    [
      K.SOURCE,
      'laut|nach angaben|nach angaben von|nach informationen|nach informationen von|gemäß|' +
        'nach einschätzung|nach worten|wie berichtete',
    ],
    [K.SOURCE_BEFORE, 'zufolge'],
    [K.CITE, 'unter berufung auf|berief sich auf|beruft sich auf'],
    [
      K.SAY,
      'sagte|sagten|sagt|sagen|glauben|glaubt|meinen|meint|gehen davon aus|geht davon aus|gesagt|erklärte|erklärten|erklärt|teilte|teilten|berichtete|' +
        'berichteten|berichtet|schrieb|schreibt|schrieben|betonte|betont|warf|wirft|' +
        'behauptete|behauptet|behaupten|meldete|meldet|versicherte|versichert|kündigte|' +
        'zitiert|warnte|warnt|äußerte|hieß es|heißt es|gab an|erklärten|bekräftigte|' +
        'unterstrich|sprach|beschuldigte|beschuldigt|verurteilte|verurteilt|verurteilten|' +
        'kritisierte|kritisiert',
    ],
    [K.SAY | K.ACT, 'stellte fest|stellten fest'],
    [K.ADMIT, 'räumte|räumt|eingeräumt|bestätigte|bestätigt|bestätigten|gab zu|gestand'],
    [
      K.DENY,
      'bestreitet|bestritt|bestreiten|bestritten|dementierte|dementiert|dementieren|' +
        'dementierten|leugnet|leugnete|leugnen|stritt ab|streitet ab',
    ],
    [
      K.DENY_WEAK,
      'wies|weist|wiesen|zurückgewiesen|zurückweisen|zurückgewiesene|lehnte|lehnt|abgelehnt|' +
        'stritt|streitet|stritten|streiten',
    ],
    // The particle of a separable verb ("wies ... zurück", "lehnte ... ab"): a denial word only
    // beside a rejecting verb, since "stimmten ... ab", "schoss ... ab" are other verbs.
    [K.DENY_WORD | K.DENY_WEAK, 'zurück|ab'],
    [
      K.DENY_WORD,
      'haltlos|haltlose|haltlosen|unbegründet|unbegründete|unbegründeten|falsch|' +
        'falsche|falschen|lüge|lügen|erfunden|erfundene|fake news|desinformation|propaganda|' +
        'unwahr|unwahre|gegenstandslos|neutral|neutralität|nichts zu tun|keine informationen|' +
        'keine erkenntnisse|keine kenntnis|politisch motiviert|politisch motivierte|' +
        'politisch motivierten|nicht angewiesen|beweisen nichts|beweist nichts|bewiesen nichts',
    ],
    // Set against Iran, a substitution denies; beside these it does not.
    [
      K.SUBST | K.STOP,
      'alle|sämtliche|vollständig|ausschließlich|komplett|gänzlich|eigener|eigenen|nicht iranisch|nicht iranischen|nicht aus iran',
    ],
    [K.SUBST, 'inzwischen|nun|jetzt|mittlerweile|in lizenz|lizenz|alabuga|jelabuga'],
    // The weapons are home-made: a denial of the matter, as a speaker says it.
    [
      K.DENY_WORD | K.SKIP,
      'in russland hergestellt|aus russischer produktion|aus eigener produktion',
    ],
    [K.CALL, 'nannte|nennt|bezeichnete|bezeichnet|bezeichneten'],
    [
      K.CLAIM,
      'vorwürfe|vorwurf|berichte|bericht|behauptungen|anschuldigungen|meldungen|' +
        'medienberichte|spekulationen|beteiligung|verwicklung',
    ],
    [K.CLAIM | K.NOUN, 'medien|presse'],
    [K.NEG, 'nicht|nie|niemals|kein|keine|keinen|keiner|keinerlei'],
    [
      K.ACT,
      'geliefert|liefert|lieferte|lieferten|liefern|geschickt|schickte|schickt|verkauft|' +
        'verkaufte|übergeben|bereitgestellt|eingesetzt|genutzt|verwendet|erhalten|erhielt|' +
        'koordiniert|unterstützt|entsandt|geholfen|gekauft|exportiert|zur verfügung gestellt',
    ],
    // A verb that stops what follows: "hat nicht aufgehört" negates no matter.
    [K.NEG | K.SKIP, 'aufgehört|eingestellt|gestoppt'],
    [K.EXPERT, 'experten|analysten|forscher'],
    [K.CONCESSIVE, 'trotz|obwohl|obgleich|wenngleich|während|ungeachtet'],
    [K.TEMPORAL, 'nachdem|bevor|seitdem'],
    [K.PRONOUN, 'er|sie|wir|man'],
    [
      K.TITLE,
      'sprecher|sprecherin|kremlsprecher|regierungssprecher|pentagonsprecher|' +
        'außenamtssprecher|minister|ministerin|außenminister|außenministerin|' +
        'verteidigungsminister|präsident|präsidentin|chef|chefin|botschafter|berater|' +
        'beraterin|general|kommandeur|leiter|leiterin|direktor|direktorin|analyst|analystin|' +
        'experte|expertin|staatssekretär|vizepräsident|abgeordneter|sicherheitsberater',
    ],
    [
      K.NOUN,
      'ministerium|außenministerium|verteidigungsministerium|regierung|geheimdienst|' +
        'geheimdienste|geheimdiensten|beamte|beamten|regierungskreise|regierungskreisen|quellen|' +
        'diplomaten|militär|armee|streitkräfte|luftwaffe|behörden|behörde|verwaltung|stab|' +
        'generalstab|agentur|zeitung|sender|experten|analysten|vertreter|offizielle|führung|' +
        'kreise|kreisen|sicherheitskreise|sicherheitskreisen|iranische|russische|ukrainische|' +
        'nachrichtenagentur|institut|zentrum|militärgeheimdienst|us beamte|us geheimdienste|' +
        'us geheimdiensten|us regierung|hochrangige|hochrangiger|ranghohe|ranghoher',
    ],
    [
      K.PLACE,
      'iran|irans|iranisch|russland|russlands|russisch|ukraine|ukrainisch|usa|us|amerikanisch|' +
        'washington|teheran|teherans|moskau|moskaus|kreml|kremls|pentagon|weißes haus|' +
        'weißen hauses|kiew|kyjiw|israel|israelisch|syrien|syrisch|damaskus|nato|uno|eu|' +
        'london|britisch|großbritannien|deutsch|berlin|china|chinesisch|türkei|irak|westen|' +
        'westlich',
    ],
    [K.JOIN, 'für|von|und|in|des'],
    [K.DET, 'der|die|das|den|dem|des|ein|eine|einer|einen|eines'],
    [
      K.SKIP,
      'hat|haben|hatte|hatten|auch|erneut|bereits|schon|zuvor|am|montag|dienstag|mittwoch|' +
        'donnerstag|freitag|samstag|sonntag|gestern|heute|inzwischen|nun|jetzt|wiederholt|' +
        'offiziell|öffentlich|entschieden|kategorisch|vehement|damals|dabei',
    ],
    [K.STOP, 'dass|aber|jedoch|wie|als|zudem|weil|denn|nachdem|bevor|so|es|dies|diese'],
    [K.COND, 'ob|falls|wenn'],
  ],
};
