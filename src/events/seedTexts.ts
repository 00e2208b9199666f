/**
 * The demo events' texts: Swedish source, the other ten languages machine-drafted (seeded as
 * "needs review" until someone who reads the language approves them). [title, description, practical].
 */
import type { Locale } from '@/i18n/locales'

type Texts = Record<Locale, [string, string, string]>

export const olderPeopleTalk: Texts = {
  sv: ['Våld mot äldre – vad kan man göra?', 'En föreläsning om våld i nära relationer när man är äldre: vad det kan vara, tecken att vara uppmärksam på och var man får stöd. Det finns tid för frågor.', 'Gratis. Kaffe serveras. Du behöver inte berätta något om dig själv.'],
  fi: ['Ikääntyneisiin kohdistuva väkivalta – mitä voi tehdä?', 'Luento lähisuhdeväkivallasta ikääntyneenä: mitä se voi olla, mihin merkkeihin kannattaa kiinnittää huomiota ja mistä saa tukea. Kysymyksille on aikaa.', 'Maksuton. Tarjolla on kahvia. Sinun ei tarvitse kertoa itsestäsi mitään.'],
  en: ['Violence against older people – what can be done?', 'A talk about violence in close relationships in later life: what it can be, signs to look out for and where to get support. There is time for questions.', 'Free. Coffee is served. You do not need to say anything about yourself.'],
  so: ['Rabshadda loo geysto dadka waayeelka ah – maxaa la samayn karaa?', 'Muxaadaro ku saabsan rabshadda xiriirka dhow marka qofku waayeel yahay: waxa ay noqon karto, calaamadaha la fiiriyo iyo halka laga helo taageero. Waxaa jira waqti su’aalaha loogu talagalay.', 'Waa bilaash. Kafee ayaa la bixiyaa. Uma baahnid inaad wax nafsaddaada ka sheegto.'],
  sr: ['Насиље над старијима – шта се може учинити?', 'Предавање о насиљу у блиским односима у старијем добу: шта то може бити, на које знаке треба обратити пажњу и где се добија подршка. Има времена за питања.', 'Бесплатно. Служи се кафа. Не морате ништа да кажете о себи.'],
  bs: ['Nasilje nad starijim osobama – šta se može učiniti?', 'Predavanje o nasilju u bliskim odnosima u starijoj dobi: šta to može biti, na koje znakove treba obratiti pažnju i gdje se dobija podrška. Ima vremena za pitanja.', 'Besplatno. Služi se kafa. Ne morate ništa reći o sebi.'],
  hr: ['Nasilje nad starijim osobama – što se može učiniti?', 'Predavanje o nasilju u bliskim odnosima u starijoj dobi: što to može biti, na koje znakove treba obratiti pozornost i gdje se dobiva podrška. Ima vremena za pitanja.', 'Besplatno. Poslužuje se kava. Ne morate ništa reći o sebi.'],
  pl: ['Przemoc wobec osób starszych – co można zrobić?', 'Wykład o przemocy w bliskich relacjach w starszym wieku: czym może być, na jakie sygnały zwracać uwagę i gdzie szukać wsparcia. Będzie czas na pytania.', 'Bezpłatnie. Podajemy kawę. Nie musisz nic mówić o sobie.'],
  es: ['Violencia contra las personas mayores: ¿qué se puede hacer?', 'Una charla sobre la violencia en las relaciones cercanas en la vejez: qué puede ser, señales a las que prestar atención y dónde encontrar apoyo. Habrá tiempo para preguntas.', 'Gratuito. Se sirve café. No tienes que contar nada sobre ti.'],
  ar: ['العنف ضد كبار السن – ماذا يمكن أن نفعل؟', 'محاضرة عن العنف في العلاقات القريبة في سن متقدمة: ما الذي قد يكون عنفاً، وما العلامات التي ينبغي الانتباه إليها، وأين يمكن الحصول على الدعم. هناك وقت للأسئلة.', 'مجانية. تُقدَّم القهوة. لا يلزمك أن تقول شيئاً عن نفسك.'],
  fa: ['خشونت علیه سالمندان – چه می‌توان کرد؟', 'سخنرانی درباره خشونت در روابط نزدیک در سالمندی: چه چیزی می‌تواند خشونت باشد، به چه نشانه‌هایی باید توجه کرد و از کجا می‌توان حمایت گرفت. برای پرسش‌ها وقت هست.', 'رایگان. قهوه سرو می‌شود. لازم نیست چیزی درباره خودتان بگویید.'],
}

export const parentsEvening: Texts = {
  sv: ['Föräldraträff: att prata med barn om kropp och gränser', 'En kväll för föräldrar om hur man pratar med barn om kroppen, om gränser och om vad de kan göra om någon gör dem illa.', 'Gratis. Ditt barn får följa med.'],
  fi: ['Vanhempien ilta: miten puhua lapsen kanssa kehosta ja rajoista', 'Ilta vanhemmille siitä, miten lapsen kanssa puhutaan kehosta, rajoista ja siitä, mitä lapsi voi tehdä, jos joku satuttaa häntä.', 'Maksuton. Lapsesi voi tulla mukaan.'],
  en: ['Parents’ evening: talking with children about their bodies and boundaries', 'An evening for parents on how to talk with children about their bodies, about boundaries and about what they can do if someone hurts them.', 'Free. Your child is welcome to come along.'],
  so: ['Kulanka waalidiinta: sida loola hadlo carruurta jidhka iyo xuduudaha', 'Fiid loogu talagalay waalidiinta oo ku saabsan sida loola hadlo carruurta jidhkooda, xuduudaha iyo waxa ay samayn karaan haddii qof wax yeelo.', 'Waa bilaash. Ilmahaagu wuu kula imaan karaa.'],
  sr: ['Сусрет за родитеље: како разговарати с децом о телу и границама', 'Вече за родитеље о томе како с децом разговарати о телу, о границама и о томе шта могу да учине ако их неко повреди.', 'Бесплатно. Ваше дете може да дође с вама.'],
  bs: ['Susret za roditelje: kako razgovarati s djecom o tijelu i granicama', 'Večer za roditelje o tome kako s djecom razgovarati o tijelu, o granicama i o tome šta mogu učiniti ako ih neko povrijedi.', 'Besplatno. Vaše dijete može doći s vama.'],
  hr: ['Susret za roditelje: kako razgovarati s djecom o tijelu i granicama', 'Večer za roditelje o tome kako s djecom razgovarati o tijelu, o granicama i o tome što mogu učiniti ako ih netko povrijedi.', 'Besplatno. Vaše dijete može doći s vama.'],
  pl: ['Spotkanie dla rodziców: jak rozmawiać z dziećmi o ciele i granicach', 'Wieczór dla rodziców o tym, jak rozmawiać z dziećmi o ciele, o granicach i o tym, co mogą zrobić, gdy ktoś robi im krzywdę.', 'Bezpłatnie. Możesz przyjść z dzieckiem.'],
  es: ['Encuentro para familias: hablar con los niños sobre su cuerpo y sus límites', 'Una tarde para madres y padres sobre cómo hablar con los niños de su cuerpo, de los límites y de qué pueden hacer si alguien les hace daño.', 'Gratuito. Puedes venir con tu hijo o hija.'],
  ar: ['لقاء للآباء والأمهات: كيف نتحدث مع الأطفال عن الجسد والحدود', 'أمسية للآباء والأمهات حول كيفية التحدث مع الأطفال عن أجسادهم وعن الحدود وعمّا يمكنهم فعله إذا آذاهم أحد.', 'مجاني. يمكن لطفلك أن يأتي معك.'],
  fa: ['دیدار والدین: چگونه با کودکان درباره بدن و مرزها حرف بزنیم', 'شبی برای والدین درباره اینکه چگونه با کودکان درباره بدنشان، مرزها و کاری که اگر کسی به آن‌ها آسیب بزند می‌توانند بکنند، صحبت کنیم.', 'رایگان. فرزندتان می‌تواند همراه شما بیاید.'],
}

export const youngPeopleEvening: Texts = {
  sv: ['Samtalskväll för unga: mitt liv, mina val', 'En kväll för unga om heder, kärlek och rätten att själv bestämma över sitt liv. Du kan vara anonym.', 'Gratis. Det finns fika. Inga föräldrar eller lärare är med.'],
  fi: ['Keskusteluilta nuorille: minun elämäni, minun valintani', 'Ilta nuorille kunniasta, rakkaudesta ja oikeudesta päättää itse omasta elämästään. Voit olla nimettömänä.', 'Maksuton. Tarjolla on välipalaa. Vanhemmat tai opettajat eivät ole paikalla.'],
  en: ['Evening for young people: my life, my choices', 'An evening for young people about honour, love and the right to decide about your own life. You can stay anonymous.', 'Free. Snacks are served. No parents or teachers are there.'],
  so: ['Fiid wadahadal oo dhallinyarada ah: noloshayda, doorashooyinkayga', 'Fiid loogu talagalay dhallinyarada oo ku saabsan sharafta, jacaylka iyo xuquuqda aad u leedahay inaad adigu go’aamiso noloshaada. Magacaaga ma sheegi kartid.', 'Waa bilaash. Cunto fudud ayaa jirta. Waalidiin ama macallimiin ma joogaan.'],
  sr: ['Вече разговора за младе: мој живот, мој избор', 'Вече за младе о части, љубави и праву да сам одлучујеш о свом животу. Можеш остати анониман.', 'Бесплатно. Има послужења. Нема родитеља ни наставника.'],
  bs: ['Večer razgovora za mlade: moj život, moj izbor', 'Večer za mlade o časti, ljubavi i pravu da sam odlučuješ o svom životu. Možeš ostati anoniman.', 'Besplatno. Ima posluženja. Nema roditelja ni nastavnika.'],
  hr: ['Večer razgovora za mlade: moj život, moji izbori', 'Večer za mlade o časti, ljubavi i pravu da sam odlučuješ o svom životu. Možeš ostati anoniman.', 'Besplatno. Ima grickalica. Nema roditelja ni nastavnika.'],
  pl: ['Wieczór rozmów dla młodzieży: moje życie, moje wybory', 'Wieczór dla młodzieży o honorze, miłości i prawie do decydowania o własnym życiu. Możesz pozostać anonimowy.', 'Bezpłatnie. Będzie poczęstunek. Nie ma rodziców ani nauczycieli.'],
  es: ['Tarde de charla para jóvenes: mi vida, mis decisiones', 'Una tarde para jóvenes sobre el honor, el amor y el derecho a decidir sobre tu propia vida. Puedes mantener el anonimato.', 'Gratuito. Hay merienda. No hay madres, padres ni profesores.'],
  ar: ['أمسية حوار للشباب: حياتي، خياراتي', 'أمسية للشباب عن الشرف والحب والحق في أن تقرر بنفسك بشأن حياتك. يمكنك أن تبقى مجهول الهوية.', 'مجانية. تتوفر وجبات خفيفة. لا يحضر آباء أو أمهات أو معلمون.'],
  fa: ['شب گفتگو برای جوانان: زندگی من، انتخاب‌های من', 'شبی برای جوانان درباره ناموس، عشق و حق تصمیم‌گیری درباره زندگی خودت. می‌توانی ناشناس بمانی.', 'رایگان. خوراکی هست. هیچ پدر و مادر یا معلمی حضور ندارد.'],
}

export const professionalsCourse: Texts = {
  sv: ['Utbildning: att upptäcka människohandel och sex mot ersättning', 'En halvdag för yrkesverksamma i Malmö om tecken på människohandel och sex mot ersättning, och vart man hänvisar den som behöver stöd.', 'Gratis för yrkesverksamma. Anmälan krävs.'],
  fi: ['Koulutus: ihmiskaupan ja korvausta vastaan harrastetun seksin tunnistaminen', 'Puolipäiväinen koulutus Malmön ammattilaisille ihmiskaupan ja korvausta vastaan harrastetun seksin merkeistä ja siitä, minne tukea tarvitseva ohjataan.', 'Maksuton ammattilaisille. Ilmoittautuminen vaaditaan.'],
  en: ['Training: recognising human trafficking and sex for compensation', 'A half day for professionals in Malmö on the signs of human trafficking and sex for compensation, and where to refer someone who needs support.', 'Free for professionals. Sign-up required.'],
  so: ['Tababar: aqoonsiga ka ganacsiga dadka iyo galmada lacag lagu bixiyo', 'Nus maalin loogu talagalay xirfadleyda Malmö oo ku saabsan calaamadaha ka ganacsiga dadka iyo galmada lacag lagu bixiyo, iyo halka loo diro qofka u baahan taageero.', 'Waa bilaash xirfadleyda. Is-diiwaangelin ayaa loo baahan yahay.'],
  sr: ['Обука: препознавање трговине људима и секса за надокнаду', 'Пола дана за стручњаке у Малмеу о знацима трговине људима и секса за надокнаду и о томе куда упутити особу којој је потребна подршка.', 'Бесплатно за стручњаке. Потребна је пријава.'],
  bs: ['Obuka: prepoznavanje trgovine ljudima i seksa za naknadu', 'Pola dana za stručnjake u Malmöu o znakovima trgovine ljudima i seksa za naknadu te o tome kamo uputiti osobu kojoj je potrebna podrška.', 'Besplatno za stručnjake. Potrebna je prijava.'],
  hr: ['Edukacija: prepoznavanje trgovanja ljudima i seksa za naknadu', 'Pola dana za stručnjake u Malmöu o znakovima trgovanja ljudima i seksa za naknadu te o tome kamo uputiti osobu kojoj je potrebna podrška.', 'Besplatno za stručnjake. Potrebna je prijava.'],
  pl: ['Szkolenie: jak rozpoznać handel ludźmi i seks za wynagrodzeniem', 'Pół dnia dla specjalistów w Malmö o sygnałach handlu ludźmi i seksu za wynagrodzeniem oraz o tym, dokąd kierować osobę potrzebującą wsparcia.', 'Bezpłatnie dla specjalistów. Wymagane zapisy.'],
  es: ['Formación: detectar la trata de personas y el sexo a cambio de compensación', 'Media jornada para profesionales de Malmö sobre las señales de la trata de personas y del sexo a cambio de compensación, y a dónde derivar a quien necesita apoyo.', 'Gratuito para profesionales. Es necesario inscribirse.'],
  ar: ['تدريب: التعرف على الاتجار بالبشر والجنس مقابل تعويض', 'نصف يوم للمهنيين في مالمو حول علامات الاتجار بالبشر والجنس مقابل تعويض، وإلى أين يُحال من يحتاج إلى الدعم.', 'مجاني للمهنيين. التسجيل مطلوب.'],
  fa: ['آموزش: شناسایی قاچاق انسان و رابطه جنسی در ازای پول', 'نیم‌روز برای متخصصان در مالمو درباره نشانه‌های قاچاق انسان و رابطه جنسی در ازای پول، و اینکه فردِ نیازمند حمایت را به کجا ارجاع دهیم.', 'برای متخصصان رایگان. ثبت‌نام لازم است.'],
}

export const openHouse: Texts = {
  sv: ['Öppet hus: stöd mot våld i Malmö', 'Träffa verksamheter som ger stöd mot våld i nära relationer. Ställ frågor och ta med information hem. Du behöver inte säga vem du är.', 'Gratis. Kom och gå när du vill.'],
  fi: ['Avoimet ovet: tukea väkivaltaa vastaan Malmössä', 'Tapaa toimijoita, jotka tukevat lähisuhdeväkivaltaa kokeneita. Kysy ja ota tietoa mukaasi. Sinun ei tarvitse kertoa, kuka olet.', 'Maksuton. Tule ja mene milloin haluat.'],
  en: ['Open house: support against violence in Malmö', 'Meet the services that give support against violence in close relationships. Ask questions and take information home. You do not need to say who you are.', 'Free. Come and go as you like.'],
  so: ['Albaab furan: taageero ka dhan ah rabshadda ee Malmö', 'La kulan hay’adaha bixiya taageerada ka dhanka ah rabshadda xiriirka dhow. Su’aalo weydii oo macluumaad guriga u qaado. Uma baahnid inaad sheegto cidda aad tahay.', 'Waa bilaash. Imow oo tag markaad rabto.'],
  sr: ['Отворена врата: подршка против насиља у Малмеу', 'Упознајте службе које пружају подршку против насиља у блиским односима. Поставите питања и понесите информације кући. Не морате рећи ко сте.', 'Бесплатно. Дођите и идите када желите.'],
  bs: ['Otvorena vrata: podrška protiv nasilja u Malmöu', 'Upoznajte službe koje pružaju podršku protiv nasilja u bliskim odnosima. Postavite pitanja i ponesite informacije kući. Ne morate reći ko ste.', 'Besplatno. Dođite i idite kada želite.'],
  hr: ['Otvorena vrata: podrška protiv nasilja u Malmöu', 'Upoznajte službe koje pružaju podršku protiv nasilja u bliskim odnosima. Postavite pitanja i ponesite informacije kući. Ne morate reći tko ste.', 'Besplatno. Dođite i idite kada želite.'],
  pl: ['Dzień otwarty: wsparcie przeciw przemocy w Malmö', 'Poznaj organizacje, które wspierają osoby doświadczające przemocy w bliskich relacjach. Zadawaj pytania i zabierz informacje do domu. Nie musisz mówić, kim jesteś.', 'Bezpłatnie. Przyjdź i wyjdź, kiedy chcesz.'],
  es: ['Puertas abiertas: apoyo contra la violencia en Malmö', 'Conoce los servicios que dan apoyo contra la violencia en las relaciones cercanas. Haz preguntas y llévate información a casa. No tienes que decir quién eres.', 'Gratuito. Ven y vete cuando quieras.'],
  ar: ['يوم مفتوح: الدعم ضد العنف في مالمو', 'تعرّف على الجهات التي تقدم الدعم ضد العنف في العلاقات القريبة. اطرح أسئلتك وخذ المعلومات معك إلى البيت. لا يلزمك أن تقول من أنت.', 'مجاني. تعال واذهب متى شئت.'],
  fa: ['درهای باز: حمایت در برابر خشونت در مالمو', 'با نهادهایی که در برابر خشونت در روابط نزدیک حمایت می‌کنند آشنا شوید. پرسش کنید و اطلاعات را با خود به خانه ببرید. لازم نیست بگویید چه کسی هستید.', 'رایگان. هر وقت خواستید بیایید و بروید.'],
}

/** "Bus {line} to the stop {stop}." */
export const directions: Record<Locale, (line: string, stop: string) => string> = {
  sv: (l, s) => `Buss ${l} till hållplatsen ${s}.`,
  fi: (l, s) => `Bussi ${l} pysäkille ${s}.`,
  en: (l, s) => `Bus ${l} to the stop ${s}.`,
  so: (l, s) => `Baska ${l} ilaa boosteejada ${s}.`,
  sr: (l, s) => `Аутобус ${l} до станице ${s}.`,
  bs: (l, s) => `Autobus ${l} do stanice ${s}.`,
  hr: (l, s) => `Autobus ${l} do stanice ${s}.`,
  pl: (l, s) => `Autobus ${l} do przystanku ${s}.`,
  es: (l, s) => `Autobús ${l} hasta la parada ${s}.`,
  ar: (l, s) => `الحافلة ${l} إلى محطة ${s}.`,
  fa: (l, s) => `اتوبوس ${l} تا ایستگاه ${s}.`,
}

export const stepFree: Record<Locale, string> = {
  sv: 'Entré utan trappsteg, toalett anpassad för rullstol och hörslinga i lokalen.',
  fi: 'Sisäänkäynti ilman portaita, pyörätuolille soveltuva wc ja induktiosilmukka.',
  en: 'Step-free entrance, a wheelchair-accessible toilet and a hearing loop in the room.',
  so: 'Albaab aan jaranjaro lahayn, musqul ku habboon kursiga curyaanka iyo qalabka maqalka (hearing loop).',
  sr: 'Улаз без степеница, тоалет прилагођен инвалидским колицима и индукциона петља у сали.',
  bs: 'Ulaz bez stepenica, toalet prilagođen invalidskim kolicima i indukciona petlja u sali.',
  hr: 'Ulaz bez stuba, zahod prilagođen invalidskim kolicima i indukcijska petlja u dvorani.',
  pl: 'Wejście bez schodów, toaleta dostosowana do wózków i pętla indukcyjna w sali.',
  es: 'Entrada sin escalones, aseo adaptado para sillas de ruedas y bucle magnético en la sala.',
  ar: 'مدخل بلا درج، ودورة مياه مهيأة للكراسي المتحركة، وحلقة سمعية في القاعة.',
  fa: 'ورودی بدون پله، سرویس بهداشتی مناسب ویلچر و حلقه شنوایی در سالن.',
}
