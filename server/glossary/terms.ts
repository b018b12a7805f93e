// The glossary (issue 9): one definition per figure, in French and English, written once. The API
// serves it (GET /api/glossary), the client shows it where the figure is, and the SQL that
// computes each figure (migration 0007: deployed_fibre_zones, fibre_distance_m(),
// coverage_distance_m(), place_coverage; migration 0009: dataset_as_of(), project_progress(),
// project_remaining_period()) follows these words. Plain data: the client imports it.

export interface Localized {
  fr: string;
  en: string;
}

export interface GlossaryTerm {
  label: Localized;
  definition: Localized;
  /** The API fields that carry this figure, as `endpoint field` (documentation, not a contract). */
  fields: readonly string[];
}

export const glossaryTermIds = [
  'distanceToFibre',
  'distanceTo4g',
  'distanceToMobile',
  'covered',
  'planned',
  'plannedYear',
  'inProgress',
  'late',
  'asOf',
  'slippage',
  'premisesPassed',
  'inhabitants',
  'pupils',
] as const;
export type GlossaryTermId = (typeof glossaryTermIds)[number];

export const glossary: Record<GlossaryTermId, GlossaryTerm> = {
  distanceToFibre: {
    label: { fr: 'Distance à la fibre', en: 'Distance to fibre' },
    definition: {
      fr: "Distance au sol, en mètres, d'un lieu à la zone fibre (FTTH) déployée la plus proche à la date de situation des données ; 0 à l'intérieur d'une zone. Les câbles de transport ne comptent pas : ils ne desservent aucun local.",
      en: 'Ground distance in metres from a place to the nearest fibre (FTTH) zone deployed as of the data’s as-of date; 0 inside one. Backbone cables do not count: they serve no premises.',
    },
    fields: [
      '/api/gaps distanceFibreM',
      '/api/gaps/places distanceFibreM',
      '/api/here coverage.distanceFibreM',
    ],
  },
  distanceTo4g: {
    label: { fr: 'Distance à la 4G', en: 'Distance to 4G' },
    definition: {
      fr: "Distance au sol, en mètres, à la zone de couverture 4G la plus proche, quel qu'en soit le niveau ; 0 à l'intérieur.",
      en: 'Ground distance in metres to the nearest 4G coverage area, of any level; 0 inside one.',
    },
    fields: ['/api/gaps distance4gM', '/api/gaps/places distance4gM', '/api/here coverage.distance4gM'],
  },
  distanceToMobile: {
    label: { fr: 'Distance au mobile', en: 'Distance to mobile' },
    definition: {
      fr: "Distance au sol, en mètres, à la zone de couverture mobile la plus proche (2G, 3G, 4G ou 5G, quel qu'en soit le niveau) ; 0 à l'intérieur.",
      en: 'Ground distance in metres to the nearest mobile coverage area (2G, 3G, 4G or 5G, of any level); 0 inside one.',
    },
    fields: [
      '/api/gaps distanceMobileM',
      '/api/gaps/places distanceMobileM',
      '/api/here coverage.distanceMobileM',
    ],
  },
  covered: {
    label: { fr: 'Couvert', en: 'Covered' },
    definition: {
      fr: 'Un lieu est couvert par la fibre, la 4G ou le mobile quand sa distance à ce réseau est de 0 m, au sens ci-dessus.',
      en: 'A place is covered by fibre, 4G or mobile when its distance to that network is 0 m, as defined above.',
    },
    fields: [
      '/api/gaps totals.*.covered',
      '/api/gaps/places fibre g4 mobile',
      '/api/here coverage.fibre coverage.g4 coverage.mobile',
      '/api/stats fibre.covered g4.covered mobile.covered',
    ],
  },
  planned: {
    label: { fr: 'Prévue', en: 'Planned' },
    definition: {
      fr: "Une zone fibre prévue n'est pas encore déployée à la date de situation des données (en projet, en études ou en travaux).",
      en: 'A planned fibre zone is not deployed as of the data’s as-of date (planned, in studies or under works).',
    },
    fields: ['/api/layers/fibre-zones status', '/api/here fibre.status'],
  },
  plannedYear: {
    label: { fr: 'Année prévue', en: 'Planned year' },
    definition: {
      fr: "L'année de fin prévue du projet qui construit la zone fibre.",
      en: 'The year of the planned end of the project that builds the fibre zone.',
    },
    fields: ['/api/layers/fibre-zones plannedYear', '/api/here fibre.zone.plannedYear'],
  },
  inProgress: {
    label: { fr: 'En cours', en: 'In progress' },
    definition: {
      fr: "Un projet est en cours quand, à la date de situation des données, il a commencé (ou est en travaux), n'est pas terminé et n'est pas en retard.",
      en: 'A project is in progress when, as of the data’s as-of date, it has started (or is under works), is not finished and is not late.',
    },
    fields: ['/api/projects progress = ongoing'],
  },
  late: {
    label: { fr: 'En retard', en: 'Late' },
    definition: {
      fr: "Un projet non terminé est en retard, à la date de situation des données, quand il est signalé en retard, quand sa fin prévue est passée ou quand son début prévu est passé sans qu'il ait commencé. Un projet terminé n'est plus en retard, son glissement reste indiqué ; un projet annulé n'est jamais en retard.",
      en: 'An unfinished project is late, as of the data’s as-of date, when it is marked delayed, when its planned end has passed, or when its planned start has passed and it has not started. A finished project is no longer late, its slippage still shown; a cancelled project is never late.',
    },
    fields: ['/api/projects progress = late', '/api/stats overduePremises'],
  },
  asOf: {
    label: { fr: 'Date de situation', en: 'As-of date' },
    definition: {
      fr: "Le jour où les données sont arrêtées : statuts, retards, travaux en cours, fenêtres de coordination et déploiement annuel sont mesurés à cette date, pas à la date du jour. Les données d'exemple sont arrêtées au 30 juin 2026.",
      en: 'The day the data stands at: statuses, lateness, works in progress, coordination windows and the yearly rollout are measured at that date, not today. The sample data stands at 30 June 2026.',
    },
    fields: ['/api/config asOf'],
  },
  slippage: {
    label: { fr: 'Glissement', en: 'Slippage' },
    definition: {
      fr: 'Le glissement est la fin réelle moins la fin prévue, en jours (le début réel moins le début prévu pour le démarrage).',
      en: 'Slippage is the actual end minus the planned end, in days (actual start minus planned start for the start).',
    },
    fields: ['/api/projects endSlipDays startSlipDays slippageReason'],
  },
  premisesPassed: {
    label: { fr: 'Locaux raccordables', en: 'Premises passed' },
    definition: {
      fr: 'Les locaux des zones fibre déployées à la date de situation des données.',
      en: 'The premises of the fibre zones deployed as of the data’s as-of date.',
    },
    fields: ['/api/stats premisesPassed', '/api/layers/fibre-zones premisesPassed'],
  },
  inhabitants: {
    label: { fr: 'Habitants', en: 'Inhabitants' },
    definition: {
      fr: 'Les résidents des lieux habités et tribus (leur part de la population communale du recensement 2019). Jamais additionnés aux élèves.',
      en: 'The residents of settlements and tribus (their share of the commune’s 2019 census population). Never added to pupils.',
    },
    fields: [
      '/api/gaps totals.population inhabitants',
      '/api/gaps/places inhabitants',
      '/api/stats population',
      '/api/gaps/area population',
    ],
  },
  pupils: {
    label: { fr: 'Élèves', en: 'Pupils' },
    definition: {
      fr: 'Les élèves des établissements scolaires. Jamais additionnés aux habitants.',
      en: 'The pupils of schools. Never added to inhabitants.',
    },
    fields: ['/api/gaps totals.pupils pupils', '/api/gaps/places pupils', '/api/gaps/area pupils'],
  },
};
