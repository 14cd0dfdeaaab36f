import { describe, expect, it } from 'vitest';
import { fold, suggestWeights, type KeywordLists } from '../../content/suggest';
import { strongestAreas } from '../../content/task-weights';
import { FOCUS_AREA_IDS, type FocusAreaId } from '../../content/model';
import da from '../../content/gentofte/keywords.da.json';
import en from '../../content/gentofte/keywords.en.json';

interface Case {
  title: string;
  description: string;
  expected: FocusAreaId;
}

// Tasks as a leader in Gentofte would note them, written before the keyword lists were tuned.
// The expected area is the one the framework's own text points to for the task's core.
const DANISH: Case[] = [
  {
    title: 'Åbning af Børnehuset Skovbrynet',
    description:
      'Vi åbner den nye børnehave 1. august. Der skal ansættes personale, lokalerne skal indrettes, og alt skal være på plads til forældrene og tilsynet fra første dag.',
    expected: 'drift',
  },
  {
    title: 'Besparelse på ældreområdet',
    description:
      'Budgetforliget kræver, at vi finder 3 mio. kr. i ældreplejen i 2026. Jeg skal lave et oplæg til prioriteringer, som kan præsenteres for udvalget i september.',
    expected: 'drift',
  },
  {
    title: 'Selvbetjening på hjælpemidler',
    description:
      'Borgerne skal kunne søge om hjælpemidler online. Vi vil udvikle en ny løsning sammen med brugerne og teste den i en pilotperiode, før den rulles ud.',
    expected: 'innovation',
  },
  {
    title: 'Konflikt i aftenteamet',
    description:
      'Der er opstået en konflikt mellem to medarbejdere i hjemmeplejens aftenteam, og stemningen i gruppen er dårlig. Jeg skal tale med dem begge og finde en vej videre.',
    expected: 'mening',
  },
  {
    title: 'Barnets lov',
    description:
      'Den nye lov træder i kraft 1. januar. Vi skal tilpasse vores sagsgange og sikre, at rådgiverne kender de nye krav til børnesamtaler og handleplaner.',
    expected: 'drift',
  },
  {
    title: 'Biblioteket om aftenen',
    description:
      'Vi vil inddrage borgere og foreninger i at gentænke, hvordan biblioteket bruges om aftenen. Første workshop er i marts, og vi ved ikke endnu, hvad der kommer ud af det.',
    expected: 'innovation',
  },
  {
    title: 'Rekruttering til familieteamet',
    description:
      'Vi skal ansætte seks nye socialrådgivere til det nye familieteam. Det er svært at finde kvalificerede ansøgere, så vi må tænke anderledes i stillingsopslaget og introduktionen.',
    expected: 'faglighed',
  },
  {
    title: 'Sygefravær i køkkenet',
    description:
      'Sygefraværet i produktionskøkkenet er steget til 9 % det seneste halve år. Jeg vil sammen med TRIO’en undersøge, hvad der ligger bag, og hvad vi kan gøre ved det.',
    expected: 'mening',
  },
  {
    title: 'Sammenlægning af Løn og HR-udvikling',
    description:
      'De to afdelinger slås sammen til én pr. 1. marts. Medarbejderne er usikre på, hvad det betyder for dem, og de to kulturer er meget forskellige.',
    expected: 'mening',
  },
  {
    title: 'Revision af persondata i jobcentret',
    description:
      'Intern revision gennemgår i april, hvordan vi behandler personoplysninger. Vi skal have styr på adgangsrettigheder, sletning og fortegnelsen over behandlinger.',
    expected: 'drift',
  },
  {
    title: 'Klimaplanen i vores bygninger',
    description:
      'Kommunens klimaplan betyder, at institutionerne skal reducere energiforbruget med 20 % inden 2030. Jeg skal lægge en plan for vores fire bygninger.',
    expected: 'drift',
  },
  {
    title: 'Introforløb for nye kollegaer',
    description:
      'Vi får otte nye kollegaer i løbet af efteråret. Jeg vil lave et introforløb med en føl-ordning, så de hurtigt bliver sikre i opgaverne og kender vores arbejdsgange.',
    expected: 'faglighed',
  },
  {
    title: 'Sprogkursus for pædagoger',
    description:
      'Alle pædagoger i område Nord skal på kursus i sprogarbejde med de mindste børn. Jeg skal planlægge, hvordan vi frigør tid, og hvordan det nye bliver brugt i hverdagen bagefter.',
    expected: 'faglighed',
  },
  {
    title: 'Tilbud mod ensomhed',
    description:
      'Sammen med de frivillige fra Ældre Sagen og Røde Kors vil vi lave et tilbud til ældre, der bor alene. Vi mangler at finde ud af, hvem der gør hvad.',
    expected: 'innovation',
  },
  {
    title: 'Nye køreruter i hjemmeplejen',
    description:
      'Ruterne skal lægges om, så vi bruger mindre tid i bil, og så borgerne oftere får de samme hjælpere. Det skal ske inden for budgettet og uden huller i vagtplanen.',
    expected: 'drift',
  },
  {
    title: 'Opfølgning på trivselsmålingen',
    description:
      'Målingen viser, at mange i Visitationen føler sig pressede og savner anerkendelse. Vi skal følge op i MED-udvalget og aftale konkrete handlinger.',
    expected: 'mening',
  },
  {
    title: 'Skærmbesøg i sygeplejen',
    description:
      'Vi vil afprøve skærmbesøg i stedet for nogle af de fysiske besøg. Vi starter i ét distrikt og evaluerer efter tre måneder, før vi beslutter noget.',
    expected: 'innovation',
  },
  {
    title: 'Uanmeldt tilsyn på Bostedet',
    description:
      'Socialtilsynet kommer inden sommer. Vi skal sikre, at dokumentationen er i orden, og at medicinhåndteringen følger instrukserne.',
    expected: 'drift',
  },
  {
    title: 'Hvad skal vi lykkes med?',
    description:
      'Efter omorganiseringen mangler medarbejderne et klart billede af, hvorfor vi er her. Jeg vil holde en temadag, hvor vi sammen formulerer, hvad vi vil nå de næste to år.',
    expected: 'mening',
  },
  {
    title: 'Mere ansvar til teamlederne',
    description:
      'Jeg vil give teamlederne ansvar for vagtplanlægning og den daglige prioritering, så jeg ikke er en flaskehals. Vi skal aftale rammer og mandat.',
    expected: 'faglighed',
  },
  {
    title: 'Merforbrug på specialundervisning',
    description:
      'Vi forventer et merforbrug på 1,2 mio. kr. i år. Jeg skal lave en handleplan til direktionen med tiltag, der kan bringe økonomien i balance.',
    expected: 'drift',
  },
  {
    title: 'Ny skole i Dyssegård',
    description:
      'Inden arkitekterne går i gang, vil vi høre forældre, elever og naboer. Hvordan laver vi en proces, hvor de reelt kan påvirke projektet?',
    expected: 'innovation',
  },
  {
    title: 'APV i børnehaven',
    description:
      'APV’en viser problemer med støj og tunge løft. Sammen med arbejdsmiljørepræsentanten skal vi lave en handlingsplan, som hele personalegruppen kan bakke op om.',
    expected: 'mening',
  },
  {
    title: 'Erfaringsudveksling om inklusion',
    description:
      'Vores tre skoler arbejder hver for sig med inklusion. Jeg vil samle lærerne på tværs, så de kan dele erfaringer og lære af hinandens metoder.',
    expected: 'faglighed',
  },
  {
    title: 'Informationssikkerhed efter phishing',
    description:
      'Efter et angreb i en nabokommune skal alle medarbejdere gennemføre et kursus i informationssikkerhed, og vi skal gennemgå vores beredskabsplan.',
    expected: 'drift',
  },
  {
    title: 'Genoptræning i foreningerne',
    description:
      'Vi har fået puljemidler til at prøve en helt ny måde at lave genoptræning på, hvor borgerne træner sammen i de lokale idrætsforeninger.',
    expected: 'innovation',
  },
  {
    title: 'Fastholdelse af sygeplejersker',
    description:
      'Vi har mistet fire erfarne sygeplejersker på et år. Jeg vil undersøge, hvad der skal til for at holde på dem, fx bedre udviklingsmuligheder og specialfunktioner.',
    expected: 'faglighed',
  },
  {
    title: 'Flytning til Hellerup',
    description:
      'Vi skal flytte fra Rådhuset til nye lokaler, og flere er kede af det. Jeg vil have, at vi taler om, hvad flytningen betyder for os som arbejdsplads.',
    expected: 'mening',
  },
  {
    title: 'Sagsbehandlingstider på hjælpemidler',
    description:
      'Ventetiden på afgørelser er steget til 14 uger, og vi overholder ikke servicemålene. Vi skal have sagerne ned og følge udviklingen hver måned.',
    expected: 'drift',
  },
];

// Written after the lists were finished; the lists were not changed after seeing these results.
const HELD_OUT: Case[] = [
  {
    title: 'Én indgang til hjemmehjælp',
    description:
      'Borgere, der søger hjemmehjælp, skal have én indgang, så sagerne ikke ligger hos tre forskellige teams. Processen skal være klar inden nytår, og visitatorerne skal kende de nye kriterier.',
    expected: 'drift',
  },
  {
    title: 'Udeskole på Ordrup Skole',
    description:
      'Lærerne vil gerne arbejde mere med udeskole og projektarbejde på tværs af fag. Jeg vil give et hold lærere plads til at prøve det af i et halvt år.',
    expected: 'innovation',
  },
  {
    title: 'Utilfredshed med den nye vagtplan',
    description:
      'Medarbejderne på plejecentret er utilfredse med den nye vagtplan, og to har sagt op. Jeg vil holde et møde, hvor alle kan sige deres mening, og hvor vi finder en løsning sammen.',
    expected: 'mening',
  },
  {
    title: 'Forløb for nye afdelingsledere',
    description:
      'De nye afdelingsledere i område Syd har brug for et fælles forløb, hvor de lærer at lede ledere og får værktøjer til de svære samtaler.',
    expected: 'faglighed',
  },
  {
    title: 'Kvartalsopfølgning',
    description:
      'Jeg skal gennemgå kvartalets tal med afdelingslederne og forklare afvigelserne over for økonomiafdelingen.',
    expected: 'drift',
  },
  {
    title: 'De unges parker',
    description:
      'Vi vil invitere unge fra ungdomsskolen til at komme med forslag til, hvordan parkerne kan bruges mere om aftenen.',
    expected: 'innovation',
  },
  {
    title: 'Ny kollega i fleksjob',
    description:
      'En ny kollega i fleksjob starter i næste måned. Jeg vil sikre, at teamet tager godt imod ham, og at der er plads til forskellighed.',
    expected: 'mening',
  },
  {
    title: 'Brandsyn på plejecentret',
    description:
      'Beredskabet har varslet brandsyn. Flugtvejene skal være fri, og personalet skal kende evakueringsplanen.',
    expected: 'drift',
  },
  {
    title: 'Udsatte børn',
    description:
      'Sundhedsplejen, PPR og skolerne skal blive bedre til at dele viden om de udsatte børn, så vi opdager problemerne tidligere.',
    expected: 'faglighed',
  },
  {
    title: 'Chatbot i Borgerservice',
    description:
      'Borgerservice vil gerne afprøve en chatbot, der kan svare på de mest almindelige spørgsmål om pas og kørekort.',
    expected: 'innovation',
  },
  {
    title: 'Samarbejdet med den nye AMR',
    description:
      'Min nye arbejdsmiljørepræsentant og jeg kender ikke hinanden endnu. Jeg vil have, at vi aftaler, hvordan vi arbejder sammen i det kommende år.',
    expected: 'mening',
  },
  {
    title: 'Mangel på pædagoger',
    description:
      'Vi har fem ubesatte stillinger og bruger mange vikarer. Jeg vil lave en plan for, hvordan vi tiltrækker uddannede pædagoger og får de studerende til at blive hos os.',
    expected: 'faglighed',
  },
];

const ENGLISH: Case[] = [
  {
    title: 'Savings in adult social care',
    description:
      'We have to find 2 million kroner next year and present the options to the committee in September.',
    expected: 'drift',
  },
  {
    title: 'Trouble in the evening team',
    description:
      'Two colleagues on the evening shift have stopped talking to each other, and the mood in the group is poor.',
    expected: 'mening',
  },
  {
    title: 'The library in the evenings',
    description:
      'We want local residents and associations to help us rethink how the library is used after closing time.',
    expected: 'innovation',
  },
  {
    title: 'Hiring for the family team',
    description:
      'We need six experienced social workers for the new family team, and qualified applicants are hard to find.',
    expected: 'faglighed',
  },
  {
    title: 'Personal data in the job centre',
    description:
      'Internal audit will review in April how we handle personal data. Access rights and deletion must be in order.',
    expected: 'drift',
  },
  {
    title: 'Sick leave in the kitchen',
    description:
      'Absence has risen to 9 % over the last six months. With the safety representative I want to understand why.',
    expected: 'mening',
  },
  {
    title: 'Video visits in home nursing',
    description:
      'We will pilot screen visits instead of some home visits in one district and evaluate after three months.',
    expected: 'innovation',
  },
  {
    title: 'Reading course for teachers',
    description:
      'All teachers in the north area will take a course in reading instruction. I need to free up time and follow up afterwards.',
    expected: 'faglighed',
  },
];

/** Right only if the expected area is the single strongest, or tied for strongest with at most one other. */
function right(c: Case, lists: KeywordLists): boolean {
  const s = suggestWeights(`${c.title}\n${c.description}`, lists);
  const top = strongestAreas(s.weights);
  return top.includes(c.expected) && top.length <= 2;
}

function score(name: string, cases: Case[], lists: KeywordLists): number {
  const wrong = cases.filter((c) => !right(c, lists));
  const ok = cases.length - wrong.length;
  console.log(`${name}: ${ok}/${cases.length} = ${Math.round((100 * ok) / cases.length)}%`);
  for (const c of wrong) {
    const s = suggestWeights(`${c.title}\n${c.description}`, lists);
    const got = Object.entries(s.areas).map(([a, v]) => `${a}=${v.score}`).join(' ');
    console.log(`  miss: "${c.title}" expected ${c.expected}, got ${got}`);
  }
  return ok / cases.length;
}

describe('suggestWeights on realistic tasks', () => {
  it(`Danish: the expected area is the strongest for at least 80% of ${DANISH.length} tasks`, () => {
    expect(DANISH.length).toBeGreaterThanOrEqual(25);
    expect(score('suggester (da)', DANISH, da)).toBeGreaterThanOrEqual(0.8);
  });

  it(`English: the expected area is the strongest for at least 80% of ${ENGLISH.length} tasks`, () => {
    expect(score('suggester (en)', ENGLISH, en)).toBeGreaterThanOrEqual(0.8);
  });

  it(`Danish, held out: tasks written after the lists, never used to tune them (${HELD_OUT.length})`, () => {
    // Reported, not tuned: a truer estimate than the table above. Only a floor is asserted.
    expect(score('suggester (da, held out)', HELD_OUT, da)).toBeGreaterThanOrEqual(0.4);
  });
});

describe('matching', () => {
  const lists: KeywordLists = {
    faglighed: ['kompetence', '^data', '=lov', 'prøve nyt:2'],
    innovation: ['borger', 'inddrag'],
    mening: ['arbejdsmiljø', 'MED', 'retning'],
    drift: ['retningslinje:2', 'aarsag'],
  };
  const areaOf = (text: string) => suggestWeights(text, lists).strongest;

  it('matches inflected forms and compounds', () => {
    expect(areaOf('borgernes ønsker')).toEqual(['innovation']);
    expect(areaOf('Borgerinddragelse')).toEqual(['innovation']);
    expect(areaOf('medborgerskab')).toEqual(['innovation']);
    expect(areaOf('arbejdsmiljøet')).toEqual(['mening']);
    expect(areaOf('en arbejdsmiljøindsats')).toEqual(['mening']);
    expect(areaOf('psykisk arbejdsmiljø')).toEqual(['mening']);
  });

  it('folds æ/ø/å and their spellings both ways', () => {
    expect(areaOf('arbejdsmiljo')).toEqual(['mening']);
    expect(areaOf('ARBEJDSMILJOE')).toEqual(['mening']);
    expect(areaOf('årsagen')).toEqual(['drift']);
    expect(areaOf('arsag')).toEqual(['drift']);
    expect(areaOf('vi skal prove nyt')).toEqual(['faglighed']);
    expect(fold('Ærø Åby Søren fællesskab')).toBe(fold('AEroe Aaby Soeren faellesskab'));
  });

  it('keeps short stems and marked keywords from matching inside words', () => {
    expect(suggestWeights('kandidatansøgning', lists).hasEvidence).toBe(false);
    expect(areaOf('datadrevet')).toEqual(['faglighed']);
    expect(suggestWeights('hun har lovet det', lists).hasEvidence).toBe(false);
    expect(areaOf('ny lov')).toEqual(['faglighed']);
    expect(suggestWeights('snak med dem', lists).hasEvidence).toBe(false);
    expect(areaOf('i MED-udvalget')).toEqual(['mening']);
  });

  it('lets the longest overlapping keyword win', () => {
    const s = suggestWeights('de personalepolitiske retningslinjer', lists);
    expect(s.strongest).toEqual(['drift']);
    expect(s.areas.mening.evidence).toEqual([]);
  });

  it('returns the evidence: which word matched which keyword', () => {
    const s = suggestWeights('Borgerinddragelse i arbejdsmiljøet; borgerne skal prøve nyt.', lists);
    expect(s.areas.innovation.evidence).toEqual([
      { word: 'Borgerinddragelse', keyword: 'borger', weight: 1 },
      { word: 'Borgerinddragelse', keyword: 'inddrag', weight: 1 },
      { word: 'borgerne', keyword: 'borger', weight: 1 },
    ]);
    expect(s.areas.mening.evidence).toEqual([{ word: 'arbejdsmiljøet', keyword: 'arbejdsmiljø', weight: 1 }]);
    expect(s.areas.faglighed.evidence).toEqual([{ word: 'prøve nyt', keyword: 'prøve nyt', weight: 2 }]);
    // a keyword counts once however often it occurs
    expect(s.areas.innovation.score).toBe(2);
  });

  it('turns scores into weights relative to the strongest area', () => {
    const s = suggestWeights('borgerinddragelse, kompetence, arbejdsmiljø og retningslinjer', {
      ...lists,
      innovation: ['borger:3', 'inddrag:3'],
    });
    expect(s.areas.innovation.score).toBe(6);
    expect(s.weights).toEqual({ innovation: 3, drift: 1, faglighed: 1, mening: 1 });
    expect(s.areas.innovation.reason).toBe('strongest');
    expect(s.areas.drift.reason).toBe('single');
    const t = suggestWeights('borgerinddragelse og retningslinjer', lists);
    // "retningslinjer" is drift's one keyword here: one word alone suggests at most "Noget"
    expect(t.areas.drift.reason).toBe('single');
    expect(t.weights.drift).toBe(1);
    expect(t.weights.innovation).toBe(new Set(t.areas.innovation.evidence.map((e) => e.keyword)).size > 1 ? 3 : 1);
    expect(suggestWeights('kompetence', lists).weights.faglighed).toBe(1);
  });

  it('never lowers an area as text is added without saying why: another area became stronger', () => {
    const title = suggestWeights('Kompetenceudvikling og faglig sparring', da);
    const more = suggestWeights('Kompetenceudvikling og faglig sparring. Budget, besparelse og økonomistyring i drift.', da);
    for (const id of FOCUS_AREA_IDS) {
      if (more.weights[id] >= title.weights[id]) continue;
      expect(more.areas[id].reason, id).toMatch(/^(half|weaker)$/);
      expect(more.strongest.length).toBeGreaterThan(0);
      expect(more.strongest).not.toContain(id);
    }
    expect(more.weights.faglighed).toBeLessThanOrEqual(title.weights.faglighed);
  });

  it('says so when there is no evidence', () => {
    const s = suggestWeights('Frokost på fredag', lists);
    expect(s.hasEvidence).toBe(false);
    expect(s.strongest).toEqual([]);
    expect(s.weights).toEqual({ faglighed: 0, innovation: 0, mening: 0, drift: 0 });
  });

  it('never throws on bad input', () => {
    const bad = [undefined, null, 42, {}, [], 'x'] as unknown as string[];
    const badLists = [
      undefined,
      null,
      {},
      { faglighed: 'kompetence' },
      { faglighed: [1, null, '', ':2', '^', 'x:9', {}] },
    ] as unknown as KeywordLists[];
    for (const t of bad) for (const l of [...badLists, da]) expect(() => suggestWeights(t, l)).not.toThrow();
    expect(suggestWeights('x'.repeat(100_000), da).hasEvidence).toBe(false);
  });

  it('ships lists with entries for every area, each entry well-formed', () => {
    for (const lists of [da, en] as Record<string, unknown>[]) {
      expect(typeof lists.$comment).toBe('string');
      for (const area of ['faglighed', 'innovation', 'mening', 'drift']) {
        const list = lists[area] as string[];
        expect(list.length).toBeGreaterThan(20);
        for (const e of list) expect(e, e).toMatch(/^[\^=]?[\p{L}\p{N}’' -]+(:[1-3])?$/u);
        expect(new Set(list.map(fold)).size, `${area} has duplicates`).toBe(list.length);
      }
    }
  });
});

describe('the word lists say the same in both languages (what a newcomer met)', () => {
  const top = (text: string, lists: KeywordLists) => strongestAreas(suggestWeights(text, lists).weights);
  it('the works council is MED, with the working environment (Meaning), in English as in Danish', () => {
    expect(top('Referat fra MED-udvalget', da)).toEqual(['mening']);
    expect(top('Minutes of the works council', en)).toEqual(['mening']);
    expect(top('Svar til økonomiudvalget', da)).toEqual(['drift']); // a political committee stays Operations
    expect(top('Reply to the city council', en)).toEqual(['drift']);
  });

  it('"change" alone is not Meaning (changes to a rota are operations); organisational change is', () => {
    expect(top('Changes to the rota', en)).toEqual(['drift']);
    expect(top('Leading the organisational change after the merger', en)).toEqual(['mening']);
  });

  it('staff not worn down is the working environment', () => {
    expect(top('Medarbejderne må ikke blive slidt ned', da)).toEqual(['mening']);
    expect(top('Make sure staff do not burn out', en)).toEqual(['mening']);
  });
});
