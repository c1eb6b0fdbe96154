/**
 * Invented people for demo data: a first name and a surname drawn independently by the PRNG from
 * common Welsh and English names. Nobody in the demo is a real, named individual; any resemblance is
 * a coincidence of common names.
 */

import type { Prng } from './prng.ts';

export const WELSH_FIRST_NAMES = [
  'Aled', 'Alun', 'Angharad', 'Bethan', 'Bryn', 'Carys', 'Catrin', 'Cerys', 'Dafydd', 'Delyth', 'Dylan', 'Eirlys',
  'Elen', 'Elis', 'Emyr', 'Ffion', 'Gareth', 'Geraint', 'Gethin', 'Glesni', 'Gwen', 'Gwenllian', 'Gwion', 'Heledd',
  'Hywel', 'Ifan', 'Iestyn', 'Ioan', 'Lowri', 'Llinos', 'Mabli', 'Manon', 'Mared', 'Meinir', 'Meleri', 'Nia',
  'Owain', 'Rhian', 'Rhodri', 'Rhys', 'Seren', 'Siân', 'Siôn', 'Sioned', 'Steffan', 'Tegan', 'Tomos', 'Non',
] as const;

export const ENGLISH_FIRST_NAMES = [
  'Alice', 'Amy', 'Andrew', 'Anna', 'Ben', 'Charlotte', 'Chris', 'Claire', 'Daniel', 'David', 'Emma', 'Hannah',
  'Helen', 'Jack', 'James', 'Jane', 'Jo', 'Karen', 'Kate', 'Laura', 'Liam', 'Louise', 'Mark', 'Matthew',
  'Natalie', 'Nicola', 'Paul', 'Rachel', 'Rebecca', 'Richard', 'Ruth', 'Sam', 'Sarah', 'Simon', 'Sophie', 'Stephen',
  'Tom', 'Zara', 'Priya', 'Amir', 'Yusuf', 'Mei', 'Kofi', 'Aisha', 'Marta', 'Tomasz',
] as const;

export const WELSH_SURNAMES = [
  'Davies', 'Evans', 'Griffiths', 'Hughes', 'Jenkins', 'Jones', 'Lewis', 'Llewellyn', 'Lloyd', 'Morgan', 'Morris',
  'Owen', 'Parry', 'Powell', 'Price', 'Prosser', 'Pritchard', 'Pugh', 'Rees', 'Roberts', 'Thomas', 'Vaughan',
  'Watkins', 'Williams', 'Bevan', 'Gwilym', 'ap Rhys', 'Huws', 'Rowlands', 'Tudor', 'Cadwaladr', 'Meredith',
] as const;

export const ENGLISH_SURNAMES = [
  'Allen', 'Baker', 'Bennett', 'Brown', 'Carter', 'Clarke', 'Cooper', 'Edwards', 'Fisher', 'Green', 'Hall',
  'Harris', 'Hill', 'Johnson', 'King', 'Marsh', 'Mitchell', 'Moore', 'Palmer', 'Parker', 'Robinson', 'Shaw',
  'Smith', 'Taylor', 'Turner', 'Walker', 'Ward', 'White', 'Wood', 'Wright', 'Young', 'Khan', 'Patel', 'Nowak',
] as const;

/** An invented full name; Welsh-speaking areas lean towards Welsh first names. */
export function inventPersonName(prng: Prng, welshBias = 0.5): string {
  const first = prng.chance(welshBias) ? prng.pick(WELSH_FIRST_NAMES) : prng.pick(ENGLISH_FIRST_NAMES);
  const last = prng.chance(0.6) ? prng.pick(WELSH_SURNAMES) : prng.pick(ENGLISH_SURNAMES);
  return `${first} ${last}`;
}

/** Lower-case ASCII local part for an email address: "Siân ap Rhys" -> "sian.aprhys". */
export function emailLocalPart(name: string): string {
  const parts = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part.length > 0);
  const [first = 'person', ...rest] = parts;
  return rest.length === 0 ? first : `${first}.${rest.join('')}`;
}
