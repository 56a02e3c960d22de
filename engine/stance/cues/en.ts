/** English stance cues (see `../types.ts`). Inflection comes from the English lexicon's rules. */
import { K, type StanceCues } from '../types';

export const EN_STANCE: StanceCues = {
  lang: 'en',
  order: 'before',
  cues: [
    // Phrases that hide a cue word inside them come first.
    // "no information about when...": a gap in knowledge, no denial. "past": English, not the
    // French negation "pas" with an ending.
    [
      0,
      'not only|no doubt|not yet|no longer|no one doubts|not least|past|' +
        'no information about when|no information about how|no information about where|no information about whether|no information about who|no information about what|no information about which|no information about why',
    ],
    [
      K.HEDGE,
      'reportedly|allegedly|purportedly|apparently|seemingly|ostensibly|in all likelihood|' +
        'in all probability|said to be|said to have|supposedly|presumably|possibly|probably|' +
        'likely|unlikely|perhaps|maybe|may|might|could|unconfirmed|unverified|unconfirmed reports|' +
        'rumours|rumors|rumoured|rumored|suspected|is believed|are believed|was believed|' +
        'were believed|is thought|are thought|was thought|were thought|is said|are said|' +
        'was said|were said|is understood|are understood|is suspected|are suspected|' +
        'is alleged|are alleged|it is claimed|appears to|appear to|appeared to|seems to|' +
        'seem to|seemed to|unclear|not clear|purported',
    ],
    // "no evidence": the text's hedge, a speaker's denial.
    [K.HEDGE | K.DENY_WORD, 'no evidence|no proof'],
    [K.SOURCE, 'according to|as reported by|reported by|quoted by|as per'],
    // "A report by X found", "imagery analysed by X shows": X is the source. A claim noun too,
    // so a denial of "a report by X" stays the denier's.
    [
      K.SOURCE | K.CLAIM,
      'report by|study by|analysis by|analysed by|analyzed by|investigation by|research by',
    ],
    [K.CITE, 'citing|quoting'],
    // "quoted X as saying": X is the innermost source; "was quoted as saying": the subject.
    [K.CITE | K.SAY, 'quoted'],
    // A verb that stops what follows: "had not stopped using" negates no matter.
    [K.NEG | K.SKIP, 'stopped|stop|stops|ceased|cease|halted|halt|quit'],
    [
      K.SAY,
      'said|says|say|told|tells|stated|announced|announces|reported|claimed|' +
        'added|adds|wrote|writes|insisted|insists|insist|argued|argues|warned|warns|noted|' +
        'notes|asserted|asserts|affirmed|accused|accuses|estimated|estimates|believes|' +
        'believe|assess|assessed|assesses|concluded|revealed|reveals|disclosed|testified|explained|' +
        'declared|declares|stressed|emphasised|emphasized|tweeted|alleges|charged|contends|' +
        'contended|told reporters|allege|indicated|signalled|signaled|suggest|suggests|' +
        'suggested|condemned|condemns|condemn|denounced|denounces',
    ],
    // "A research group found": a source's finding; passive ("were found") it hedges nothing.
    [K.SAY | K.ACT, 'found|finds|documented|uncovered'],
    [
      K.SAY | K.PARTICIPLE,
      'saying|insisting|arguing|stressing|noting|adding|warning|claiming|alleging|accusing|' +
        'asserting|explaining|emphasising|emphasizing',
    ],
    [K.SAY | K.HEDGE, 'alleged'],
    [
      K.ADMIT,
      'admitted|admits|admit|acknowledged|acknowledges|acknowledge|conceded|concedes|' +
        'confirmed|confirms|confirm',
    ],
    [K.DENY, 'deny|denied|denies|denying|refuted|refutes|rebutted|repudiated|issued a denial'],
    [
      K.DENY_WEAK,
      'rejected|rejects|reject|dismissed|dismisses|dismiss|disputed|disputes|contested|' +
        'brushed aside|pushed back',
    ],
    [
      K.DENY_WORD,
      'baseless|unfounded|groundless|false|fabricated|fabrication|fabrications|lies|lie|' +
        'fake|fake news|nonsense|absurd|untrue|not true|disinformation|speculation|' +
        'without foundation|misinformation|no information about|' +
        'proved nothing|proves nothing|prove nothing|shows nothing|showed nothing|' +
        'propaganda|nothing to do with|no role|no part|' +
        'not involved|no involvement|neutral|neutrality|not a party|no information about this|' +
        'no information about that|no information about it|no such information|have no need|' +
        'has no need|had no need|' +
        'politically motivated|conjecture|conjectures|unsubstantiated|slander|smear',
    ],
    // Set against Iran, a substitution denies; beside these it does not.
    [
      K.SUBST | K.STOP,
      'all|entirely|fully|wholly|completely|exclusively|solely|our own|its own|their own|no foreign|not iranian|not iranian made|rather than iranian|100 percent|100 per cent',
    ],
    [
      K.SUBST,
      'now|nowadays|currently|increasingly|under licence|under license|licensed|licenced|alabuga|yelabuga|iranian help|iranian design|iranian assistance|iranian kits|iranian parts|iranian components',
    ],
    // The weapons are home-made: a denial of the matter, as a speaker says it.
    [
      K.DENY_WORD | K.SKIP,
      'russian-made|russian made|made in russia|produced in russia|manufactured in russia|produced domestically|made domestically|domestically produced|of russian manufacture',
    ],
    [
      K.DENY_WORD | K.SKIP | K.SUBST | K.STOP,
      'produced entirely in russia|made entirely in russia|entirely russian-made|all russian-made',
    ],
    [K.CALL, 'called|calls|call|calling|labelled|labeled|described|termed|branded|dubbed'],
    [
      K.CLAIM,
      'claim|claims|report|reports|allegation|allegations|accusation|accusations|assertion|' +
        'assertions|suggestion|suggestions|charge|charges|press reports|media reports|evidence|' +
        'notion|idea|story|stories|rumour|rumor|involvement|role',
    ],
    [K.CLAIM | K.NOUN, 'media|press'],
    [
      K.NEG,
      'not|never|no|none|neither|nor|nothing|cannot|didn t|doesn t|don t|hasn t|haven t|' +
        'hadn t|isn t|aren t|wasn t|weren t|won t|wouldn t|can t',
    ],
    [
      K.ACT,
      'supply|supplied|supplies|supplying|send|sent|sending|deliver|delivered|delivering|' +
        'provide|provided|providing|transfer|transferred|sell|sold|selling|ship|shipped|' +
        'give|gave|given|arm|armed|arming|use|used|using|coordinate|coordinated|cooperate|' +
        'cooperated|fight|fought|train|trained|deploy|deployed|receive|received|buy|bought|' +
        'purchase|purchased|export|exported|visit|visited|met|help|helped|assist|assisted|' +
        'participate|participated|intervene|intervened|fly|flew|flown|amounted|amount|amounts|' +
        'present|stationed',
    ],
    [
      K.CONCESSIVE,
      'despite|although|though|even though|even as|while|whereas|notwithstanding|in spite of',
    ],
    [K.EXPERT, 'analysts|experts|researchers'],
    [K.TEMPORAL, 'after|before|since|when|until|once'],
    [K.RELATIVE, 'which|who|whom'],
    [K.PRONOUN, 'he|she|they|it|we'],
    [
      K.TITLE,
      'spokesman|spokeswoman|spokesperson|minister|president|secretary|adviser|advisor|' +
        'envoy|ambassador|chief|head|commander|general|director|leader|lieutenant|colonel|' +
        'admiral|chairman|chairwoman|premier|deputy|aide|analyst|fellow|researcher|expert|' +
        'correspondent|editor|professor|lawmaker|senator|representative|governor|mayor|mr|mrs|ms|dr|' +
        'prime minister|foreign minister|defence minister|defense minister|press secretary',
    ],
    [
      K.NOUN,
      'officials|official|ministry|ministries|government|administration|department|office|' +
        'military|army|forces|force|air|navy|intelligence|agency|agencies|services|service|' +
        'security|council|command|staff|embassy|mission|diplomats|diplomat|sources|source|' +
        'analysts|experts|researchers|investigators|monitors|observers|authorities|leadership|' +
        'lawmakers|senior|top|foreign|defence|defense|state|national|regional|western|unnamed|' +
        'anonymous|two|three|four|several|some|many|other|people|person|institute|think|tank|' +
        'newspaper|outlet|channel|broadcaster|television|tv|news|agency|group|organisation|' +
        'organization|centre|center|committee|parliament|general staff|headquarters|daily|' +
        'operations|special|resistance|study|war|spokespeople|team|watchdog|journal|post|times|' +
        'activists|opposition|figures|rebels|campaigners|critics|leaders',
    ],
    [
      K.PLACE,
      'iran|iranian|iranians|russia|russian|russians|ukraine|ukrainian|ukrainians|us|u s|usa|' +
        'america|american|americans|united states|washington|tehran|moscow|kyiv|kiev|kremlin|' +
        'pentagon|white house|state department|britain|british|uk|london|israel|israeli|syria|' +
        'syrian|damascus|un|united nations|nato|eu|european|europe|france|french|paris|' +
        'germany|german|berlin|china|chinese|beijing|turkey|turkish|ankara|iraq|iraqi|' +
        'baghdad|belarus|crimea|hezbollah|irgc|quds',
    ],
    [K.JOIN, 'of|for|to|in|and|at|from'],
    [K.DET, 'the|a|an'],
    [
      K.SKIP,
      'has|have|had|also|again|later|then|already|earlier|once|too|yesterday|today|tonight|' +
        'monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|last|this|week|weekend|' +
        'month|year|night|morning|evening|afternoon|itself|themselves|himself|herself|both|' +
        'all|would|will|did|does|do',
    ],
    [
      K.STOP,
      'that|as|but|however|meanwhile|when|after|before|because|so|yet|there|this|these|' +
        'those|what|familiar|close|with|about|over|into',
    ],
    [K.BE, 'is|are|was|were|been|be|being'],
    [K.BY, 'by'],
    [K.COND, 'if|whether|unless|in case'],
  ],
};
