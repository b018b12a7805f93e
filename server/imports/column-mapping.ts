// From a file's fields to a layer's properties: a mapping proposed by name (accents, case and
// punctuation ignored, French and English synonyms), which the user may change; and each value
// brought to the property's kind: numbers with a decimal comma, French dates, enum values by
// their usual French and English words ("En service" is active), lists ("4G, 5G").
import type { TargetProperty } from './target-properties.ts';

/** Lower case, no accents, letters and digits only: "Date de mise en service" → "datedemiseenservice". */
export const normalised = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Other names a property goes by in the files of the operator, the communes and partners. */
const SYNONYMS: Record<string, string[]> = {
  name: ['nom', 'libelle', 'intitule', 'designation', 'label', 'nomsite', 'sitename', 'site'],
  siteName: ['nom', 'nomsite', 'site', 'name', 'libelle', 'lieu', 'nomdusite', 'emplacement'],
  status: ['statut', 'etat', 'state', 'situation'],
  openingHours: ['horaires', 'horaire', 'heures', 'hours', 'ouverture', 'horairesdouverture'],
  inServiceSince: [
    'miseenservice',
    'datemiseenservice',
    'datedemiseenservice',
    'enservicedepuis',
    'datemes',
    'dateservice',
  ],
  plannedYear: ['annee', 'anneeprevue', 'year', 'anneeplanifiee', 'echeance'],
  deployedOn: ['datedeploiement', 'deployele', 'datededeploiement'],
  premisesPassed: ['locaux', 'prises', 'nbprises', 'logements', 'locauxraccordables', 'premises'],
  kind: ['type', 'nature', 'categorie'],
  technology: ['techno', 'technologie', 'tech'],
  level: ['niveau', 'qualite', 'cycle'],
  technologies: ['technos', 'technologie', 'technology'],
  boxes: ['boites', 'nbboites', 'nombreboites', 'capacite', 'bp'],
  boxesInUse: ['boitesutilisees', 'boitesoccupees', 'occupees', 'utilisees', 'bpoccupees'],
  installedOn: ['dateinstallation', 'installele', 'datedinstallation', 'datepose'],
  pupils: ['eleves', 'effectif', 'effectifs', 'students', 'nbeleves'],
  connection: ['connexion', 'raccordement', 'acces', 'liaison'],
  connectedOn: ['dateraccordement', 'raccordele', 'dateconnexion', 'dateduraccordement'],
  title: ['titre', 'intitule', 'nom', 'libelle', 'objet', 'operation'],
  organisation: [
    'maitredouvrage',
    'maitreouvrage',
    'organisme',
    'operateur',
    'gestionnaire',
    'concessionnaire',
    'porteur',
  ],
  plannedStart: ['debutprevu', 'datedebut', 'debut', 'debutprevisionnel'],
  plannedEnd: ['finprevue', 'datefin', 'fin', 'finprevisionnelle'],
  actualStart: ['debutreel', 'datedebutreel'],
  actualEnd: ['finreelle', 'datefinreelle'],
  slippageReason: ['motifretard', 'raisonretard', 'causeretard', 'retard'],
  publicNotes: ['notes', 'commentaire', 'commentaires', 'remarques', 'observations'],
  communeInsee: ['codeinsee', 'insee', 'codecommune', 'codecom'],
};

/** Field → property (null: not imported), proposed from the names alone. */
export function proposeMapping(fields: readonly string[], properties: readonly TargetProperty[]) {
  const mapping: Record<string, string | null> = {};
  const taken = new Set<string>();
  const names = (p: TargetProperty) => [p.name, p.column, ...(SYNONYMS[p.name] ?? [])].map(normalised);
  // Exact names first, then synonyms in their order, so that "nom" goes to name before siteName's "site".
  for (const pass of [0, 1]) {
    for (const field of fields) {
      if (mapping[field]) continue;
      const key = normalised(field);
      const match = properties.find(
        (p) => !taken.has(p.name) && (pass === 0 ? names(p).slice(0, 2) : names(p)).includes(key),
      );
      if (match) {
        mapping[field] = match.name;
        taken.add(match.name);
      }
    }
  }
  for (const field of fields) mapping[field] ??= null;
  return mapping;
}

/** The usual words for each enum value, by value (whatever the layer). */
const VALUE_WORDS: Record<string, string[]> = {
  active: [
    'actif',
    'active',
    'enservice',
    'ouvert',
    'operationnel',
    'enfonctionnement',
    'fonctionne',
    'inservice',
  ],
  maintenance: ['enmaintenance', 'enpanne', 'horsservice', 'panne', 'horsdusage', 'outoforder'],
  planned: ['prevu', 'prevue', 'planifie', 'planifiee', 'projet', 'enprojet', 'avenir', 'programme'],
  studies: ['etude', 'etudes', 'enetude', 'enetudes', 'study'],
  works: ['travaux', 'entravaux', 'chantier', 'enchantier', 'construction'],
  deployed: ['deploye', 'deployee', 'termine', 'livre', 'enservice', 'pose', 'posee'],
  backbone: ['dorsale', 'transport', 'collecte', 'backbone'],
  distribution: ['desserte', 'distribution'],
  '2g': ['gsm'],
  '3g': ['umts'],
  '4g': ['lte', '4glte'],
  '5g': ['nr', '5gnr'],
  good: ['bonne', 'bon', 'tresbonne', 'forte', 'good'],
  fair: ['moyenne', 'moyen', 'passable', 'correcte', 'faible', 'fair'],
  'on-air': ['enservice', 'actif', 'active', 'enemission', 'onair', 'operationnel'],
  installed: ['installe', 'installee', 'enservice', 'pose'],
  primary: ['primaire', 'elementaire', 'maternelle', 'ecole', 'ecoleprimaire'],
  secondary: ['college', 'lycee', 'secondaire'],
  higher: ['universite', 'superieur', 'enseignementsuperieur'],
  fibre: ['ftth', 'fibreoptique', 'fiber', 'fibre'],
  dsl: ['adsl', 'vdsl', 'cuivre', 'dsl'],
  satellite: ['sat', 'satellite'],
  none: ['aucune', 'aucun', 'non', 'sans', 'none', 'pasdeconnexion'],
  fibre_works: ['fibre', 'ftth', 'travauxfibre', 'fibreoptique'],
  mobile_site: ['sitemobile', 'antenne', 'pylone'],
  po_box_block: ['boitespostales', 'ilotbp', 'bp'],
  wifi_terminal: ['wifi', 'bornewifi'],
  school_connection: ['raccordementecole', 'ecole'],
  power: ['electricite', 'energie', 'reseauelectrique'],
  water: ['eau', 'adduction', 'assainissement', 'eaupotable'],
  roads: ['voirie', 'route', 'routes', 'chaussee'],
  other: ['autre', 'autres', 'divers'],
  done: ['termine', 'terminee', 'fini', 'acheve', 'livre', 'realise'],
  delayed: ['enretard', 'retard', 'retarde', 'decale'],
  cancelled: ['annule', 'annulee', 'abandonne'],
};

/** An enum value for `raw`, from the user's own mapping, the value itself or its usual words. */
function enumValue(raw: string, values: readonly string[], own: Record<string, string> | undefined) {
  if (own && Object.hasOwn(own, raw)) return values.includes(own[raw]!) ? own[raw]! : undefined;
  const key = normalised(raw);
  return (
    values.find((v) => normalised(v) === key) ?? values.find((v) => (VALUE_WORDS[v] ?? []).includes(key))
  );
}

export type Converted =
  | { value: unknown }
  | { error: string }
  /** An enum value the mapping does not know: listed for the user to map. */
  | { unmapped: string; error: string };

const FRENCH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ].*)?$/;

function dateOf(raw: string): string | undefined {
  const iso = ISO_DATE.exec(raw);
  const french = FRENCH_DATE.exec(raw);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date
    ? undefined
    : date;
}

/** `raw` (a file's value) as the property's value, or why it is not one. */
export function convertValue(
  property: TargetProperty,
  raw: unknown,
  own?: Record<string, string>,
): Converted {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return { value: null };
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  switch (property.kind) {
    case 'text':
      return { value: text };
    case 'number':
    case 'integer': {
      const n = typeof raw === 'number' ? raw : Number(text.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) return { error: `${JSON.stringify(text)} is not a number` };
      if (property.kind === 'integer' && !Number.isInteger(n))
        return { error: `${text} is not a whole number` };
      return { value: n };
    }
    case 'date': {
      const date = dateOf(text);
      return date
        ? { value: date }
        : { error: `${JSON.stringify(text)} is not a date (YYYY-MM-DD or DD/MM/YYYY)` };
    }
    case 'enum': {
      const value = enumValue(text, property.values ?? [], own);
      if (value) return { value };
      return {
        unmapped: text,
        error: `${JSON.stringify(text)} is not one of ${property.values?.join(', ')}`,
      };
    }
    case 'enum-list': {
      const items = Array.isArray(raw) ? raw.map(String) : text.split(/[,;/|+ ]+/).filter(Boolean);
      const list: string[] = [];
      for (const item of items) {
        const value = enumValue(item.trim(), property.values ?? [], own);
        if (!value)
          return {
            unmapped: item.trim(),
            error: `${JSON.stringify(item.trim())} is not one of ${property.values?.join(', ')}`,
          };
        if (!list.includes(value)) list.push(value);
      }
      return { value: list };
    }
  }
}
