import type { Locale } from '../i18n/locales';
import type { AgendaItem } from './agenda';
import {
  emptyReport,
  type EventKind,
  type EventPlan,
  type Partner,
  type PartnerKind,
  type PlanTask,
} from './eventPlan';

/** A text of a template in both languages; the plan keeps the one chosen at creation. */
type Text = Record<Locale, string>;

type TemplateAgendaItem = { start: string; end: string; title: Text; who?: Text };
type TemplateTask = {
  title: Text;
  who?: Text;
  /** Days relative to the first day (negative: before). */ dueOffset: number;
};
type TemplatePartner = { name: Text; kind: PartnerKind };

export type EventTemplate = {
  kind: EventKind;
  goals: Text;
  audience: Text;
  /** One list of agenda items per day, in order. */
  days: TemplateAgendaItem[][];
  tasks: TemplateTask[];
  partners: TemplatePartner[];
};

const leader: Text = { lv: 'Kopienas līderis', en: 'Community leader' };
const team: Text = { lv: 'Komanda', en: 'Team' };

const commonTasks: TemplateTask[] = [
  { title: { lv: 'Rezervēt telpas vai vietu', en: 'Book the venue' }, who: leader, dueOffset: -30 },
  {
    title: { lv: 'Sagatavot un izplatīt ielūgumus', en: 'Prepare and send invitations' },
    who: team,
    dueOffset: -21,
  },
  {
    title: {
      lv: 'Izziņot pasākumu sociālajos tīklos un ziņojumu dēļos',
      en: 'Announce the event online and on notice boards',
    },
    who: team,
    dueOffset: -14,
  },
  { title: { lv: 'Sarunāt kafijas pauzi', en: 'Arrange refreshments' }, dueOffset: -7 },
  {
    title: { lv: 'Sagatavot dalībnieku reģistrācijas lapu', en: 'Prepare the attendance sheet' },
    dueOffset: -2,
  },
  {
    title: {
      lv: 'Uzrakstīt pasākuma atskaiti un pateikties dalībniekiem',
      en: 'Write the report and thank the participants',
    },
    who: leader,
    dueOffset: 7,
  },
];

export const eventTemplates: Record<EventKind, EventTemplate> = {
  community: {
    kind: 'community',
    goals: {
      lv: 'Parādīt kaimiņiem, ko kopiena ir iemācījusies, un iesaistīt jaunus cilvēkus.',
      en: 'Show neighbours what the community has learned and involve new people.',
    },
    audience: { lv: 'Apkaimes iedzīvotāji', en: 'Residents of the neighbourhood' },
    days: [
      [
        {
          start: '11:00',
          end: '11:15',
          title: { lv: 'Sagaidīšana un reģistrācija', en: 'Welcome and registration' },
          who: team,
        },
        {
          start: '11:15',
          end: '11:30',
          title: { lv: 'Atklāšana: kāpēc esam šeit', en: 'Opening: why we are here' },
          who: leader,
        },
        {
          start: '11:30',
          end: '12:30',
          title: { lv: 'Kopīga darbošanās', en: 'Working together' },
        },
        {
          start: '12:30',
          end: '13:00',
          title: { lv: 'Kafija un sarunas', en: 'Coffee and conversations' },
        },
        {
          start: '13:00',
          end: '13:30',
          title: { lv: 'Ideju un vajadzību apkopošana', en: 'Collecting ideas and needs' },
          who: leader,
        },
      ],
    ],
    tasks: commonTasks,
    partners: [{ name: { lv: 'Novada pašvaldība', en: 'The municipality' }, kind: 'municipality' }],
  },
  forum: {
    kind: 'forum',
    goals: {
      lv: 'Iedzīvotāju forums “Ideju skrejceļš”: pārrunāt iedzīvotājiem svarīgās tēmas ar valsts un pašvaldības pārstāvjiem un vienoties par nākamajiem soļiem.',
      en: 'Resident forum “Ideju skrejceļš”: discuss the topics residents care about with public-sector representatives and agree on next steps.',
    },
    audience: {
      lv: 'Iedzīvotāji, pašvaldības un valsts iestāžu pārstāvji',
      en: 'Residents, municipal and public-sector representatives',
    },
    days: [
      [
        {
          start: '17:30',
          end: '18:00',
          title: { lv: 'Reģistrācija un kafija', en: 'Registration and coffee' },
          who: team,
        },
        {
          start: '18:00',
          end: '18:15',
          title: { lv: 'Atklāšana un foruma kārtība', en: 'Opening and how the forum works' },
          who: leader,
        },
        {
          start: '18:15',
          end: '18:45',
          title: { lv: 'Iedzīvotāju vajadzību pieteikumi', en: 'Residents present their needs' },
        },
        {
          start: '18:45',
          end: '19:30',
          title: {
            lv: 'Diskusija galdos ar valsts un pašvaldības pārstāvjiem',
            en: 'Table discussions with public-sector representatives',
          },
        },
        {
          start: '19:30',
          end: '19:50',
          title: { lv: 'Galdu ziņojumi', en: 'Reports from the tables' },
        },
        {
          start: '19:50',
          end: '20:00',
          title: { lv: 'Nākamie soļi un noslēgums', en: 'Next steps and closing' },
          who: leader,
        },
      ],
    ],
    tasks: [
      {
        title: {
          lv: 'Izvēlēties foruma tēmas no vajadzību saraksta',
          en: 'Choose the forum topics from the needs list',
        },
        who: leader,
        dueOffset: -35,
      },
      {
        title: {
          lv: 'Uzaicināt valsts un pašvaldības pārstāvjus',
          en: 'Invite public-sector representatives',
        },
        who: leader,
        dueOffset: -28,
      },
      {
        title: { lv: 'Sagatavot jautājumus katram galdam', en: 'Prepare questions for each table' },
        who: team,
        dueOffset: -7,
      },
      {
        title: {
          lv: 'Norīkot moderatorus un pierakstītājus',
          en: 'Assign moderators and note-takers',
        },
        who: team,
        dueOffset: -5,
      },
      ...commonTasks,
    ],
    partners: [
      {
        name: { lv: 'Pašvaldības pārstāvis', en: 'Municipal representative' },
        kind: 'municipality',
      },
      {
        name: { lv: 'Valsts iestādes pārstāvis', en: 'Public-sector representative' },
        kind: 'publicSector',
      },
      { name: { lv: 'Partnerorganizācija (NVO)', en: 'Partner NGO' }, kind: 'ngo' },
    ],
  },
  trip: {
    kind: 'trip',
    goals: {
      lv: 'Pieredzes brauciens uz Kurzemi: iepazīt aktīvas kopienas un atvest idejas, ko aizņemties.',
      en: 'Experience trip to Kurzeme: meet active communities and bring back ideas to borrow.',
    },
    audience: { lv: 'Kopienas aktīvisti', en: 'Community activists' },
    days: [
      [
        { start: '08:00', end: '10:30', title: { lv: 'Ceļš uz Kurzemi', en: 'Travel to Kurzeme' } },
        {
          start: '10:30',
          end: '12:30',
          title: { lv: 'Vizīte pirmajā kopienā', en: 'Visit to the first community' },
        },
        { start: '12:30', end: '13:30', title: { lv: 'Pusdienas', en: 'Lunch' } },
        {
          start: '13:30',
          end: '15:30',
          title: { lv: 'Vizīte otrajā kopienā', en: 'Visit to the second community' },
        },
        {
          start: '15:30',
          end: '16:30',
          title: { lv: 'Pārdomas: ko aizņemsimies', en: 'Reflection: ideas to borrow' },
          who: leader,
        },
        { start: '16:30', end: '19:00', title: { lv: 'Ceļš mājup', en: 'Travel home' } },
      ],
    ],
    tasks: [
      {
        title: { lv: 'Sazināties ar uzņemošajām kopienām', en: 'Contact the host communities' },
        who: leader,
        dueOffset: -30,
      },
      { title: { lv: 'Pasūtīt transportu', en: 'Book the transport' }, dueOffset: -21 },
      {
        title: { lv: 'Sastādīt dalībnieku sarakstu', en: 'Make the list of participants' },
        who: team,
        dueOffset: -10,
      },
      {
        title: { lv: 'Sagatavot jautājumus uzņēmējiem', en: 'Prepare questions for the hosts' },
        who: team,
        dueOffset: -3,
      },
      {
        title: { lv: 'Pierakstīt idejas, ko aizņemties', en: 'Write down the ideas to borrow' },
        who: leader,
        dueOffset: 3,
      },
    ],
    partners: [{ name: { lv: 'Uzņemošā kopiena', en: 'Host community' }, kind: 'ngo' }],
  },
  closing: {
    kind: 'closing',
    goals: {
      lv: 'Divu dienu noslēguma pasākums “Dižkūre”: stiprināt komandas darbu un līderību, izvērtēt un parādīt programmas rezultātus.',
      en: 'Two-day closing event “Dižkūre”: strengthen team work and leadership, evaluate and present the results of the programme.',
    },
    audience: {
      lv: 'Visu programmas kopienu līderi un aktīvisti, partneri',
      en: 'Leaders and activists of all the programme’s communities, partners',
    },
    days: [
      [
        {
          start: '10:00',
          end: '10:30',
          title: { lv: 'Ierašanās un reģistrācija', en: 'Arrival and registration' },
          who: team,
        },
        { start: '10:30', end: '11:00', title: { lv: 'Atklāšana', en: 'Opening' }, who: leader },
        {
          start: '11:00',
          end: '12:30',
          title: { lv: 'Komandas darbs: darbnīca', en: 'Team work: workshop' },
        },
        { start: '12:30', end: '13:30', title: { lv: 'Pusdienas', en: 'Lunch' } },
        {
          start: '13:30',
          end: '15:00',
          title: {
            lv: 'Līderība kopienā: pieredzes apmaiņa',
            en: 'Leadership in the community: sharing experience',
          },
        },
        { start: '15:00', end: '15:30', title: { lv: 'Kafijas pauze', en: 'Coffee break' } },
        { start: '15:30', end: '17:00', title: { lv: 'Komandu uzdevumi', en: 'Team challenges' } },
        {
          start: '17:00',
          end: '17:30',
          title: { lv: 'Dienas pārdomas', en: 'Reflection on the day' },
          who: leader,
        },
      ],
      [
        {
          start: '10:00',
          end: '10:15',
          title: { lv: 'Otrās dienas ievads', en: 'Introduction to day two' },
          who: leader,
        },
        {
          start: '10:15',
          end: '12:00',
          title: { lv: 'Kopienu rezultātu prezentācijas', en: 'Communities present their results' },
        },
        { start: '12:00', end: '13:00', title: { lv: 'Pusdienas', en: 'Lunch' } },
        {
          start: '13:00',
          end: '14:30',
          title: { lv: 'Programmas izvērtēšana', en: 'Evaluating the programme' },
        },
        {
          start: '14:30',
          end: '15:30',
          title: { lv: 'Noslēgums un pateicības', en: 'Closing and thanks' },
          who: leader,
        },
      ],
    ],
    tasks: [
      {
        title: { lv: 'Rezervēt norises vietu divām dienām', en: 'Book the venue for two days' },
        who: leader,
        dueOffset: -60,
      },
      {
        title: { lv: 'Sarunāt darbnīcu vadītājus', en: 'Book the workshop facilitators' },
        who: leader,
        dueOffset: -45,
      },
      {
        title: {
          lv: 'Lūgt kopienām sagatavot rezultātu prezentācijas',
          en: 'Ask communities to prepare their results',
        },
        who: team,
        dueOffset: -30,
      },
      {
        title: { lv: 'Sagatavot izvērtēšanas anketu', en: 'Prepare the evaluation form' },
        who: team,
        dueOffset: -14,
      },
      {
        title: { lv: 'Sarunāt ēdināšanu un naktsmītnes', en: 'Arrange catering and accommodation' },
        dueOffset: -14,
      },
      ...commonTasks,
    ],
    partners: [
      { name: { lv: 'Programmas partneri (NVO)', en: 'Programme partners (NGOs)' }, kind: 'ngo' },
      {
        name: {
          lv: 'Mārupes, Olaines un Ķekavas pašvaldības',
          en: 'Mārupe, Olaine and Ķekava municipalities',
        },
        kind: 'municipality',
      },
    ],
  },
  other: {
    kind: 'other',
    goals: { lv: '', en: '' },
    audience: { lv: '', en: '' },
    days: [
      [
        { start: '10:00', end: '10:15', title: { lv: 'Sagaidīšana', en: 'Welcome' }, who: team },
        { start: '10:15', end: '11:30', title: { lv: 'Galvenā daļa', en: 'Main part' } },
        { start: '11:30', end: '12:00', title: { lv: 'Noslēgums', en: 'Closing' }, who: leader },
      ],
    ],
    tasks: commonTasks,
    partners: [],
  },
};

/** `YYYY-MM-DD` plus `days` days, in calendar arithmetic (no time zones involved). */
export function addDaysIso(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A new plan from the template of `kind`: fresh ids for every day, agenda
 * item, task and partner; days counted from `startDate`; task deadlines
 * relative to it; texts in `locale`.
 */
export function instantiateTemplate(
  kind: EventKind,
  options: { title: string; startDate: string; locale: Locale; newId: () => string },
): EventPlan {
  const template = eventTemplates[kind];
  const { locale, newId } = options;
  const days = template.days.map((_, index) => ({
    id: newId(),
    date: addDaysIso(options.startDate, index),
  }));
  const agenda: AgendaItem[] = template.days.flatMap((items, index) =>
    items.map((item) => ({
      id: newId(),
      dayId: days[index]!.id,
      start: item.start,
      end: item.end,
      title: item.title[locale],
      who: item.who?.[locale] ?? '',
    })),
  );
  // Soonest deadline first: the checklist reads as a timeline.
  const tasks: PlanTask[] = [...template.tasks]
    .sort((a, b) => a.dueOffset - b.dueOffset)
    .map((task) => ({
      id: newId(),
      title: task.title[locale],
      who: task.who?.[locale] ?? '',
      due: addDaysIso(options.startDate, task.dueOffset),
      done: false,
    }));
  const partners: Partner[] = template.partners.map((partner) => ({
    id: newId(),
    name: partner.name[locale],
    kind: partner.kind,
    status: 'notInvited',
  }));
  return {
    kind,
    title: options.title.trim(),
    goals: template.goals[locale],
    status: 'planning',
    place: '',
    audience: template.audience[locale],
    expectedParticipants: null,
    needIds: [],
    days,
    agenda,
    tasks,
    partners,
    budget: [],
    ideas: [],
    report: emptyReport(),
  };
}
