// The greeting and the Dutch suggested prompts of the Messages tab (agent_view);
// manifest.yml offers the same prompts (a test holds them equal).
export const ASSISTANT_GREETING =
  'Hoi! Ik beantwoord vragen over SER-briefadvies 25/04 *Samenwerken voor arbeidsproductiviteitsgroei* en de stukken waarop het bouwt, met bronvermelding per pagina. Ik reken ook productiviteitsindicatoren uit (`/indicator help`). Elk bericht hier is een gesprek: vervolgvragen stel je in de draad.\n_Ask in English and I answer in English._';

export const SUGGESTED_PROMPTS_TITLE = 'Probeer bijvoorbeeld:';

export const SUGGESTED_PROMPTS: { title: string; message: string }[] = [
  { title: 'AI en productiviteit', message: 'Wat zegt het advies over AI en productiviteit?' },
  { title: 'Aanbevelingen aan het kabinet', message: 'Welke aanbevelingen doet de SER aan het kabinet?' },
  { title: 'Aanbevelingen aan sociale partners', message: 'Welke aanbevelingen doet de SER aan sociale partners?' },
  { title: 'Productiviteitsgroei NL vs EU', message: 'Hoe snel groeide de productiviteit per uur sinds 2014, vergeleken met de EU?' },
];
