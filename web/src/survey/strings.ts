/** The survey page's words in English and Welsh (Welsh to be checked by a first-language reviewer). */
export type Lang = 'en' | 'cy';

export const STRINGS = {
  en: {
    switchTo: 'Cymraeg',
    title: 'Partner survey',
    loading: 'Loading the survey…',
    noToken: 'This page needs the private survey link you were sent. Please open the full link from your invitation.',
    forbidden: 'This survey link cannot be used.',
    networkError: 'The survey could not be reached. Check your connection and try again.',
    answeringFor: 'Answering for',
    network: 'Network',
    closesOn: 'Open until',
    intro: 'Tell us which organisations in this network you work with, how, how often, and how much you trust and value each partnership. It takes about ten minutes. You can come back with the same link and change your answers until the survey closes; your latest answers replace earlier ones.',
    privacy: 'Your answers are recorded against your organisation, not you personally, and are seen by the network coordinator and evaluators.',
    partners: 'Your partners',
    noPartners: 'No partners added yet.',
    addPartner: 'Add a partner from this network',
    choose: 'Choose an organisation…',
    add: 'Add partner',
    missing: 'An organisation not in the list',
    missingHelp: 'The coordinator will check organisations added here.',
    orgName: 'Organisation name',
    sector: 'Sector',
    chooseSector: 'Choose a sector…',
    addMissing: 'Add organisation',
    kinds: 'How do you work together?',
    kindsHelp: 'Choose all that apply.',
    frequency: 'How often?',
    trust: 'How much do you trust this partner?',
    value: 'How valuable is this partnership to your work?',
    ratingHelp: '1 is low, 4 is high.',
    notSure: 'Prefer not to say',
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    newOrg: 'new organisation',
    submit: 'Submit answers',
    submitting: 'Submitting…',
    submitted: (n: number) => `Thank you. Your answers were saved (${n} ${n === 1 ? 'relationship' : 'relationships'}). You can change them with the same link until the survey closes.`,
    previously: 'You answered before: your earlier answers are shown and will be replaced when you submit.',
    needKind: (name: string) => `Choose at least one way you work with ${name}.`,
    needName: 'Enter the organisation’s name.',
    needSector: 'Choose the organisation’s sector.',
    errorsTitle: 'There is a problem',
    kindNames: { information_sharing: 'Sharing information', joint_delivery: 'Delivering services or projects together', referral: 'Referring people to each other', funding: 'Funding (giving or receiving)', co_location: 'Sharing premises' } as Record<string, string>,
    frequencyNames: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly', ad_hoc: 'Now and then (ad hoc)' } as Record<string, string>,
    ratingNames: ['1 – not at all', '2 – a little', '3 – quite a lot', '4 – a great deal'],
  },
  cy: {
    switchTo: 'English',
    title: 'Arolwg partneriaid',
    loading: 'Yn llwytho’r arolwg…',
    noToken: 'Mae angen y ddolen breifat i’r arolwg a anfonwyd atoch. Agorwch y ddolen lawn o’ch gwahoddiad.',
    forbidden: 'Ni ellir defnyddio’r ddolen hon i’r arolwg.',
    networkError: 'Nid oedd modd cyrraedd yr arolwg. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    answeringFor: 'Yn ateb ar ran',
    network: 'Rhwydwaith',
    closesOn: 'Ar agor tan',
    intro: 'Dywedwch wrthym â pha sefydliadau yn y rhwydwaith hwn rydych yn gweithio, sut, pa mor aml, a faint rydych yn ymddiried yn ac yn gwerthfawrogi pob partneriaeth. Mae’n cymryd tua deng munud. Gallwch ddod yn ôl gyda’r un ddolen a newid eich atebion nes bydd yr arolwg yn cau; bydd eich atebion diweddaraf yn disodli rhai cynharach.',
    privacy: 'Cofnodir eich atebion yn erbyn eich sefydliad, nid chi’n bersonol, ac fe’u gwelir gan gydlynydd y rhwydwaith a’r gwerthuswyr.',
    partners: 'Eich partneriaid',
    noPartners: 'Dim partneriaid wedi’u hychwanegu eto.',
    addPartner: 'Ychwanegu partner o’r rhwydwaith hwn',
    choose: 'Dewiswch sefydliad…',
    add: 'Ychwanegu partner',
    missing: 'Sefydliad nad yw yn y rhestr',
    missingHelp: 'Bydd y cydlynydd yn gwirio sefydliadau a ychwanegir yma.',
    orgName: 'Enw’r sefydliad',
    sector: 'Sector',
    chooseSector: 'Dewiswch sector…',
    addMissing: 'Ychwanegu sefydliad',
    kinds: 'Sut ydych chi’n cydweithio?',
    kindsHelp: 'Dewiswch bob un sy’n berthnasol.',
    frequency: 'Pa mor aml?',
    trust: 'Faint ydych chi’n ymddiried yn y partner hwn?',
    value: 'Pa mor werthfawr yw’r bartneriaeth hon i’ch gwaith?',
    ratingHelp: '1 yw isel, 4 yw uchel.',
    notSure: 'Gwell gennyf beidio â dweud',
    remove: 'Tynnu',
    removeLabel: (name: string) => `Tynnu ${name}`,
    newOrg: 'sefydliad newydd',
    submit: 'Cyflwyno atebion',
    submitting: 'Yn cyflwyno…',
    submitted: (n: number) => `Diolch. Cadwyd eich atebion (${n} ${n === 1 ? 'berthynas' : 'perthynas'}). Gallwch eu newid gyda’r un ddolen nes bydd yr arolwg yn cau.`,
    previously: 'Rydych wedi ateb o’r blaen: dangosir eich atebion cynharach a byddant yn cael eu disodli pan fyddwch yn cyflwyno.',
    needKind: (name: string) => `Dewiswch o leiaf un ffordd rydych yn gweithio gyda ${name}.`,
    needName: 'Rhowch enw’r sefydliad.',
    needSector: 'Dewiswch sector y sefydliad.',
    errorsTitle: 'Mae problem',
    kindNames: { information_sharing: 'Rhannu gwybodaeth', joint_delivery: 'Darparu gwasanaethau neu brosiectau gyda’n gilydd', referral: 'Atgyfeirio pobl at ein gilydd', funding: 'Cyllid (rhoi neu dderbyn)', co_location: 'Rhannu adeilad' } as Record<string, string>,
    frequencyNames: { weekly: 'Yn wythnosol', monthly: 'Yn fisol', quarterly: 'Bob chwarter', yearly: 'Yn flynyddol', ad_hoc: 'Yn achlysurol' } as Record<string, string>,
    ratingNames: ['1 – dim o gwbl', '2 – ychydig', '3 – cryn dipyn', '4 – llawer iawn'],
  },
};

export type SurveyStrings = (typeof STRINGS)['en'];

export function initialLang(): Lang {
  const stored = (() => {
    try {
      return localStorage.getItem('cyswllt.lang');
    } catch {
      return null;
    }
  })();
  if (stored === 'cy' || stored === 'en') return stored;
  return navigator.language?.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}
