/** The publish dialog's and the publishing rules' words (Payload i18n `custom:publishing:…`, src/i18n/admin.ts). */
const sv = {
  whichLanguage: 'Ange vilket språk som ska publiceras: publishSpecificLocale=<språkkod>, eller publishAllLocales=true för att publicera alla språks väntande utkast.',
  scheduleWhichLanguage: 'Välj ett språk att publicera. En schemalagd publicering gör ett språk synligt, så att inget annat språks ogranskade utkast publiceras med det.',
  dialogTitle: 'Publicera {{language}}',
  dialogIntro: 'De här språken har ändringar som inte är publicerade. De förblir opublicerade om du inte kryssar i dem.',
  alsoPublish: 'Publicera även',
  reviewed: 'granskad',
  notReviewed: 'inte granskad',
  notYours: 'du får inte publicera det här språket',
  confirm: 'Publicera',
  cancel: 'Avbryt',
  alsoPublished: 'Publicerade även: {{languages}}',
  failed: '{{language}} kunde inte publiceras: {{error}}',
  restoreAsDraft: 'Återställ versionen som utkast (draft=true) och publicera sedan de språk du väljer: en återställd version kan bära andra språks ogranskade utkast.',
  mediaLive: 'En fils alternativtext och titel syns direkt när de sparas (filer har inga utkast). Du ändrar dem på {{language}} när en administratör har låtit dig publicera språket; be annars en redaktör.',
}

const en: typeof sv = {
  whichLanguage: 'Say which language to publish: publishSpecificLocale=<language code>, or publishAllLocales=true to publish every language’s pending draft.',
  scheduleWhichLanguage: 'Choose a language to publish. A scheduled publish makes one language live, so that no other language’s unreviewed draft goes live with it.',
  dialogTitle: 'Publish {{language}}',
  dialogIntro: 'These languages have changes that are not published. They stay unpublished unless you tick them.',
  alsoPublish: 'Also publish',
  reviewed: 'reviewed',
  notReviewed: 'not reviewed',
  notYours: 'you may not publish this language',
  confirm: 'Publish',
  cancel: 'Cancel',
  alsoPublished: 'Also published: {{languages}}',
  failed: '{{language}} could not be published: {{error}}',
  restoreAsDraft: 'Restore the version as a draft (draft=true), then publish the languages you choose: a restored version may carry other languages’ unreviewed drafts.',
  mediaLive: 'A file’s alt text and title are live as soon as they are saved (files have no drafts). You change them in {{language}} once an admin has let you publish that language; otherwise ask an editor.',
}

export const publishingWords = { sv, en }
