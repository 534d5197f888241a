// Dutch suggested prompts and greeting for a new assistant thread.
export const ASSISTANT_GREETING =
  'Hoi! Ik beantwoord vragen over SER-briefadvies 25/04 *Samenwerken voor arbeidsproductiviteitsgroei* en de stukken waarop het bouwt, met bronvermelding per pagina. Ik reken ook productiviteitsindicatoren uit (`/indicator help`).';

export const SUGGESTED_PROMPTS_TITLE = 'Probeer bijvoorbeeld:';

export const SUGGESTED_PROMPTS: { title: string; message: string }[] = [
  { title: 'Kernboodschap van het advies', message: 'Wat is de kernboodschap van SER-briefadvies 25/04?' },
  { title: 'Aanbevelingen aan het kabinet', message: 'Welke aanbevelingen doet de SER aan het kabinet?' },
  { title: 'Rol van sociale partners', message: 'Wat vraagt het advies van werkgevers en werknemers?' },
  { title: 'Productiviteitsgroei NL vs EU', message: 'Hoe ontwikkelde de arbeidsproductiviteit in Nederland zich ten opzichte van de EU?' },
];
