/**
 * Word lists the entity extractor reads beside compromise's English lexicon:
 * titles and honorifics per language, words that open sentences in other
 * languages, heads of organization and place names, and the organizations
 * and places news names most, in the forms English, French, German, Spanish
 * and Turkish write them. Italian, Portuguese, Dutch, Polish and Russian have
 * their titles, heads and prepositions. Lower case; matched against folded words.
 */

/** Titles and honorifics written before a name (lower case, as a word). */
export const TITLES: Record<string, readonly string[]> = {
  en: [
    'president', 'minister', 'chancellor', 'senator', 'governor', 'mayor', 'ambassador', 'secretary', 'general', 'admiral',
    'colonel', 'captain', 'commander', 'judge', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'premier',
    'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'chairman', 'chairwoman', 'sir', 'lord', 'lady', 'dame',
    'prime', 'foreign', 'defence', 'defense', 'deputy', 'vice', 'interior', 'finance', 'commissioner', 'envoy', 'leader',
    'executive', 'officer', 'rival', 'chair', 'chairperson', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'rep', 'sen', 'gov', 'former',
    'justice', 'counterpart', 'cllr', 'councillor', 'councilman', 'councilwoman', 'coach', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam',
    'representative', 'attorney', 'inspector', 'ombudsman', 'brigadier', 'major', 'lieutenant', 'sergeant', 'corporal', 'marshal',
    'commodore', 'doctor',
    'magistrate',
    'treasurer',
  ],
  fr: [
    'président', 'présidente', 'ministre', 'chancelier', 'chancelière', 'porte-parole', 'général', 'générale', 'ambassadeur',
    'ambassadrice', 'secrétaire', 'premier', 'première', 'roi', 'reine', 'prince', 'princesse', 'pape', 'maire', 'sénateur',
    'député', 'députée', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'dirigeant', 'dirigeante', 'chef', 'directeur', 'directrice',
    'commissaire', 'émissaire', 'envoyé', 'homologue', 'colonel', 'capitaine', 'juge', 'avocat', 'avocate', 'me', 'commandant', 'entraîneur',
    'gouverneur', 'gouverneure', 'préfet', 'préfète', 'procureur', 'procureure', 'médiateur', 'maître',
    // Trades written before a name like titles: "l'économiste Léa Morin".
    'économiste', 'chercheur', 'chercheuse', 'analyste', 'politologue', 'sociologue', 'historien', 'historienne', 'journaliste', 'professeur', 'professeure',
    'docteur', 'docteure',
    'magistrat', 'magistrate',
  ],
  de: [
    'herr', 'frau', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'sprecher', 'sprecherin',
    'botschafter', 'botschafterin', 'general', 'generalin', 'chef', 'chefin', 'könig', 'königin', 'papst', 'bürgermeister',
    'bürgermeisterin', 'dr', 'prof', 'ministerpräsident', 'ministerpräsidenten', 'ministerpräsidentin', 'oberst',
    'vorsitzende', 'vorsitzender', 'abgeordnete', 'abgeordneter', 'trainer', 'trainerin',
    'richter', 'richterin', 'verteidiger', 'verteidigerin', 'anwalt', 'anwältin', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin',
    'staatsrat', 'staatsrätin', 'regierungsrat', 'regierungsrätin', 'vorstand', 'direktor', 'direktorin',
  ],
  es: [
    'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'portavoz', 'líder', 'jefe', 'jefa', 'general', 'señor',
    'señora', 'sr', 'sra', 'don', 'doña', 'papa', 'rey', 'reina', 'príncipe', 'princesa', 'alcalde', 'alcaldesa', 'embajador',
    'embajadora', 'secretario', 'secretaria', 'director', 'directora', 'senador', 'senadora', 'diputado', 'diputada',
    'comisario', 'comisaria', 'enviado', 'enviada', 'coronel', 'capitán', 'juez', 'jueza', 'expresidente', 'expresidenta',
    'exconsejero', 'exconsejera', 'consejero', 'consejera', 'gerente', 'entrenador',
    'gobernador', 'gobernadora', 'mandatario', 'mandataria', 'vicepresidente', 'vicepresidenta', 'fiscal', 'defensor', 'defensora',
    'economista', 'investigador', 'investigadora', 'analista', 'politólogo', 'politóloga', 'sociólogo', 'socióloga', 'abogado', 'abogada', 'periodista', 'profesor', 'profesora',
    'doctor', 'doctora',
    'magistrado', 'magistrada',
  ],
  tr: [
    'cumhurbaşkanı', 'başbakan', 'başbakanı', 'bakan', 'bakanı', 'başkan', 'başkanı', 'sözcüsü', 'sözcü', 'sekreteri',
    'büyükelçi', 'büyükelçisi', 'temsilcisi', 'valisi', 'vali', 'komutanı', 'genel', 'sayın', 'bay', 'bayan', 'lideri',
    'yardımcısı', 'müdürü', 'kral', 'kraliçe', 'papa', 'mevkidaşı', 'general', 'orgeneral', 'milletvekili', 'belediye',
    'direktör', 'direktörü', 'hakem', 'hakemi', 'antrenör', 'kaptanı', 'ekonomist', 'grup', 'eş',
    'analist', 'akademisyen', 'avukat', 'gazeteci', 'profesör',
    'hukukçu',
    // Trades the press names people by: "Çiftçi Kerem", "balıkçı Orhun".
    'çiftçi', 'balıkçı', 'besici', 'madenci', 'işçi', 'esnaf', 'öğretmen', 'şoför',
  ],
  it: [
    'presidente', 'premier', 'ministro', 'ministra', 'sindaco', 'sindaca', 'segretario', 'segretaria', 'portavoce', 'generale',
    'papa', 're', 'regina', 'principe', 'principessa', 'commissario', 'commissaria', 'senatore', 'senatrice', 'deputato', 'deputata',
    'leader', 'capo', 'direttore', 'direttrice', 'ambasciatore', 'ambasciatrice', 'giudice', 'procuratore', 'allenatore', 'signor', 'signora', 'sig', 'dott',
    'tecnico', 'capitano', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'arbitro',
    'governatore', 'governatrice', 'prefetto', 'vicepresidente', 'questore',
    'economista', 'ricercatore', 'ricercatrice', 'analista', 'politologo', 'politologa', 'sociologo', 'sociologa', 'avvocato', 'avvocata', 'giornalista', 'professore', 'professoressa',
    'dottore', 'dottoressa',
    'magistrato', 'magistrata',
    'comandante', 'assessore',
  ],
  pt: [
    'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'secretário', 'secretária', 'porta-voz',
    'deputado', 'deputada', 'senador', 'senadora', 'juiz', 'juíza', 'diretor', 'diretora', 'embaixador', 'embaixadora', 'general',
    'papa', 'rei', 'rainha', 'príncipe', 'princesa', 'líder', 'chefe', 'comandante', 'técnico', 'treinador', 'senhor', 'senhora', 'sr', 'sra', 'dom', 'dona',
    'opositor', 'opositora', 'presidente-executivo', 'presidenta',
    'primeiro-ministro', 'primeira-ministra', 'vice-presidente', 'procurador', 'procuradora',
    'economista', 'pesquisador', 'pesquisadora', 'analista', 'cientista', 'advogado', 'advogada', 'jornalista', 'professor', 'professora',
    'doutor', 'doutora',
    'magistrado', 'magistrada',
    'promotor', 'promotora',
  ],
  nl: [
    'president', 'premier', 'minister', 'staatssecretaris', 'burgemeester', 'woordvoerder', 'woordvoerster', 'koning', 'koningin',
    'generaal', 'ambassadeur', 'voorzitter', 'directeur', 'commissaris', 'rechter', 'leider', 'trainer', 'meneer', 'mevrouw', 'dhr', 'mevr',
    'topman', 'topvrouw', 'informateur', 'formateur', 'fractievoorzitter', 'partijleider', 'bestuursvoorzitter', 'oprichter',
    'kamerlid', 'raadslid', 'wethouder', 'gedeputeerde', 'advocaat', 'officier',
    'dijkgraaf', 'kapitein',
  ],
  pl: [
    'prezydent', 'premier', 'minister', 'ministra', 'marszałek', 'burmistrz', 'prezydenta', 'rzecznik', 'rzeczniczka', 'ambasador', 'szef', 'szefowa',
    'generał', 'król', 'królowa', 'przewodniczący', 'przewodnicząca', 'dyrektor', 'prezes', 'sędzia', 'poseł', 'posłanka', 'senator', 'trener', 'pan', 'pani',
    'szefem', 'szefa', 'prezesem', 'prezesa', 'rzecznikiem', 'rzecznika', 'ministrem', 'premierem', 'prezydentem', 'dyrektorem', 'dyrektora',
    'wojewoda', 'wojewodą', 'starosta', 'ekspert', 'analityk', 'analityczka',
    'ekonomista', 'ekonomistka', 'politolog', 'socjolog', 'badacz', 'badaczka', 'prawnik', 'adwokat', 'dziennikarz', 'dziennikarka', 'profesor',
    'eksperta', 'ekonomisty', 'politologa', 'socjologa', 'prawnika', 'adwokata', 'profesora',
    // People the press names by what they are in the story: "Pacjentka Halina", "mecenas Paweł", "Przedstawicielka stowarzyszenia".
    'pacjent', 'pacjentka', 'mecenas', 'obrońca', 'przedstawiciel', 'przedstawicielka', 'lekarz', 'lekarka', 'mieszkaniec', 'mieszkanka',
    'prokurator', 'prokuratorka', 'radny', 'radna', 'wiceminister', 'wicepremier', 'przewodniczący', 'przewodnicząca',
    'kandydat', 'kandydatka',
  ],
  ru: [
    'президент', 'президента', 'президентом', 'премьер', 'премьер-министр', 'министр', 'министра', 'министром', 'глава', 'главы',
    'председатель', 'председателя', 'представитель', 'представителя', 'пресс-секретарь', 'пресс-секретаря', 'губернатор', 'губернатора',
    'мэр', 'мэра', 'посол', 'посла', 'генерал', 'генерала', 'директор', 'директора', 'депутат', 'депутата', 'сенатор', 'лидер', 'лидера',
    'вице-премьер', 'замминистра', 'советник', 'советника', 'помощник', 'помощника', 'спикер', 'король', 'королева', 'патриарх', 'тренер', 'судья',
    'секретарь', 'секретаря', 'секретарём', 'секретарем', 'эксперт', 'эксперта', 'аналитик', 'аналитика', 'политолог', 'политолога',
    'экономист', 'социолог', 'юрист', 'адвокат', 'журналист', 'журналистка', 'профессор', 'исследователь', 'пенсионер', 'пенсионерка',
    'экономиста', 'социолога', 'юриста', 'адвоката', 'журналиста', 'профессора', 'исследователя',
    'учитель', 'учительница', 'врач', 'медсестра',
    'фермер', 'фермерша', 'рыбак', 'шахтёр', 'шахтер', 'водитель', 'инженер',
  ],
  uk: [
    'президент', 'президента', 'президентом', 'прем\'єр-міністр', 'прем’єр-міністр', 'прем\'єр', 'прем’єр', 'міністр', 'міністра', 'міністром', 'голова', 'голови',
    'речник', 'речниця', 'речника', 'представник', 'представника', 'губернатор', 'мер', 'мера', 'посол', 'посла', 'генерал', 'генерала',
    'директор', 'директора', 'депутат', 'депутата', 'нардеп', 'лідер', 'лідера', 'віцепрем\'єр', 'віце-прем’єр', 'радник', 'радника',
    'командувач', 'командувача', 'очільник', 'очільника', 'очільниця', 'спікер', 'патріарх', 'тренер', 'суддя', 'пан', 'пані',
    'секретар', 'секретаря', 'секретарем', 'експерт', 'експерта', 'аналітик', 'аналітика', 'аналітикиня', 'політолог', 'політолога',
    'економіст', 'соціолог', 'юрист', 'адвокат', 'журналіст', 'журналістка', 'професор', 'дослідник', 'дослідниця', 'пенсіонер', 'пенсіонерка',
    'економіста', 'соціолога', 'юриста', 'адвоката', 'журналіста', 'професора', 'дослідника',
    'вчитель', 'вчителька', 'лікар', 'лікарка', 'медсестра',
    'фермер', 'фермерка', 'рибалка', 'шахтар', 'водій', 'інженер',
  ],
};

/** Endings that make a word a title in languages that compound them ("Verteidigungsminister", "İçişleri Bakanı"). */
export const TITLE_ENDINGS: Record<string, readonly string[]> = {
  de: [
    'kanzler', 'kanzlerin', 'minister', 'ministerin', 'präsident', 'präsidenten', 'präsidentin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'sekretär', 'sekretärin',
    'botschafter', 'kommissar', 'vorsitzende', 'vorsitzender', 'trainer', 'trainerin', 'beauftragte', 'beauftragten', 'beauftragter',
    'kommissarin', 'botschafterin', 'generalsekretär', 'generalsekretärin',
    'ologe', 'ologin', 'experte', 'expertin', 'forscher', 'forscherin', 'analyst', 'analystin', 'ökonom', 'ökonomin',
    // Heads of a works or a firm, judges and counsel: "Werksleiterin", "Geschäftsführer", "Amtsrichter", "Oberstaatsanwältin".
    'leiter', 'leiterin', 'führer', 'führerin', 'richter', 'richterin', 'anwalt', 'anwältin',
    // Trades of the land, the sea and the shop: "Landwirt", "Milchbäuerin", "Schweinehalterin", "Bauarbeiter"
    // (not "Bauer", "Fischer", "Halter" or "Winzer", which are surnames as well).
    'landwirt', 'landwirtin', 'gastwirt', 'gastwirtin', 'bäuerin', 'fischerin', 'halterin', 'winzerin', 'züchter', 'züchterin', 'händler', 'händlerin', 'arbeiter', 'arbeiterin',
  ],
  // With the possessive a body's or a firm's gives them: "Arkas Holding'in analisti", "şirketin avukatı".
  tr: [
    'bakanı', 'başkanı', 'sözcüsü', 'sekreteri', 'temsilcisi', 'büyükelçisi', 'komutanı', 'uzmanı', 'analisti', 'avukatı', 'ekonomisti', 'gazetecisi',
    'muhabiri', 'yöneticisi', 'danışmanı', 'kurucusu', 'akademisyeni', 'hekimi', 'müdürü', 'direktörü',
  ],
  // Trades that stand before a name like a title, and open a sentence so: "Politologe Urs Bänninger", "Onderzoeker Bas Roodhart".
  nl: [
    'onderzoeker', 'onderzoekster', 'deskundige', 'analist', 'econoom', 'loog', 'hoogleraar', 'woordvoerder', 'woordvoerster',
    // "Melkveehouder", "Akkerbouwer", "Fruitteler" (not "Boer" or "Visser", which are surnames as well).
    'houder', 'bouwer', 'boerin', 'teler', 'kweker', 'handelaar',
  ],
};

/**
 * Capitalized words that open a sentence or stand in a title and are not names
 * ("Ont-ils …", "Que dira …", "Nach Angaben …", "Görüşmeye …" are caught by the
 * lexicon or the rule that a lone unknown word is not a name).
 */
export const FUNCTION_WORDS: Record<string, readonly string[]> = {
  fr: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'en', 'et', 'ou', 'mais', 'selon', 'ont',
    'que', 'qui', 'quoi', 'dans', 'pour', 'par', 'sur', 'avec', 'sans', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
    'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'après', 'avant', 'depuis', 'pendant', 'personne', 'tout',
    'tous', 'toutes', 'aussi', 'ainsi', 'alors', 'enfin', 'ensuite', 'est', 'sont', 'a', 'était', 'lors', 'chez', 'entre',
    'affaires', 'étrangères', 'armées', 'gouvernement', 'état', 'coup',
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'im', 'am', 'an', 'auf', 'aus', 'auch',
    'dort', 'beide', 'nach', 'laut', 'bei', 'mit', 'für', 'es', 'er', 'sie', 'wir', 'ihr', 'und', 'oder', 'aber', 'in', 'von',
    'vom', 'zum', 'zur', 'über', 'unter', 'vor', 'seit', 'wie', 'was', 'wer', 'wenn', 'dass', 'als', 'so', 'nur', 'noch',
  ],
  es: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'según', 'desde', 'en', 'para', 'pero', 'ambos', 'ambas',
    'tras', 'con', 'sin', 'por', 'de', 'del', 'al', 'y', 'o', 'que', 'quien', 'su', 'sus', 'este', 'esta', 'ese', 'esa',
    'también', 'después', 'antes', 'durante', 'gobierno', 'estado', 'defensa', 'economía', 'ayer', 'hoy',
  ],
  tr: [
    'bu', 'şu', 'o', 'bir', 've', 'ile', 'ancak', 'ama', 'fakat', 'için', 'gibi', 'daha', 'sonra', 'önce', 'her', 'hem',
    'biz', 'bizi', 'bize', 'siz', 'sizi', 'size', 'onlar', 'onu', 'ona',
    'haberi', 'görüşmeye', 'enerji', 'dışişleri', 'içişleri', 'devlet', 'genel',
  ],
  it: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'di', 'del', 'della', 'dei', 'degli', 'delle', 'a', 'al', 'alla',
    'da', 'dal', 'in', 'nel', 'nella', 'su', 'per', 'con', 'tra', 'fra', 'e', 'o', 'ma', 'che', 'chi', 'secondo', 'dopo', 'prima',
    'anche', 'questo', 'questa', 'quello', 'quella', 'suo', 'sua', 'lui', 'lei', 'noi', 'voi', 'loro', 'non', 'governo', 'stato',
  ],
  pt: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'à', 'por', 'pelo',
    'pela', 'para', 'com', 'sem', 'e', 'ou', 'mas', 'que', 'quem', 'segundo', 'depois', 'antes', 'também', 'este', 'esta', 'esse',
    'essa', 'seu', 'sua', 'ele', 'ela', 'eles', 'elas', 'nós', 'não', 'governo', 'estado',
  ],
  nl: [
    'de', 'het', 'een', 'van', 'in', 'op', 'aan', 'met', 'voor', 'naar', 'uit', 'bij', 'door', 'en', 'of', 'maar', 'dat', 'die',
    'dit', 'deze', 'hij', 'zij', 'ze', 'wij', 'we', 'ook', 'volgens', 'na', 'niet', 'er',
  ],
  pl: [
    'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'przez', 'dla', 'i', 'oraz', 'a', 'ale', 'lub', 'że', 'to', 'ten', 'ta', 'te',
    'jego', 'jej', 'on', 'ona', 'oni', 'my', 'według', 'nie', 'jak', 'także', 'też', 'tymczasem', 'jednak', 'natomiast', 'również',
  ],
  ru: [
    'в', 'во', 'на', 'с', 'со', 'из', 'к', 'по', 'от', 'до', 'для', 'за', 'под', 'над', 'о', 'об', 'при', 'и', 'а', 'но', 'или',
    'что', 'как', 'это', 'этот', 'эта', 'он', 'она', 'они', 'мы', 'вы', 'его', 'её', 'их', 'не', 'среди', 'через',
    'после', 'перед', 'также', 'однако',
  ],
  uk: [
    'в', 'у', 'на', 'з', 'із', 'зі', 'до', 'від', 'по', 'для', 'за', 'під', 'над', 'про', 'при', 'і', 'й', 'та', 'а', 'але', 'або',
    'що', 'як', 'це', 'цей', 'ця', 'він', 'вона', 'вони', 'ми', 'ви', 'його', 'її', 'їх', 'не', 'серед', 'через', 'після', 'перед',
    'також', 'однак', 'проте', 'водночас', 'тоді', 'згідно', 'словами',
  ],
};

/**
 * Common given names in the languages whose names compromise's English
 * lexicon does not know (lower case, without diacritics; folded again when
 * read), so that "Zeynep Korkmaz" or "Дмитрий Песков" reads as a person with
 * no title before it.
 */
export const GIVEN_NAMES: readonly string[] = [
  // Turkish ("Devlet", "Deniz" and "Can" are left out: they are also "state", "sea" and "can")
  'mehmet', 'ahmet', 'mustafa', 'ali', 'huseyin', 'hasan', 'ibrahim', 'ismail', 'osman', 'yusuf', 'murat', 'omer', 'ramazan', 'halil',
  'suleyman', 'abdullah', 'emre', 'burak', 'cem', 'baris', 'serkan', 'fatih', 'hakan', 'kemal', 'recep', 'numan', 'binali', 'ekrem',
  'mansur', 'ayse', 'fatma', 'emine', 'hatice', 'zeynep', 'elif', 'merve', 'esra', 'ozlem', 'meral', 'gulsen', 'sibel', 'derya', 'ebru', 'tansu',
  // Russian
  'владимир', 'дмитрий', 'сергей', 'александр', 'алексей', 'андрей', 'михаил', 'николай', 'иван', 'евгений', 'юрий', 'виктор', 'олег',
  'игорь', 'павел', 'антон', 'максим', 'геннадий', 'вячеслав', 'рамзан', 'мария', 'анна', 'елена', 'ольга', 'татьяна',
  'наталья', 'ирина', 'валентина', 'светлана', 'екатерина', 'юлия', 'людмила',
  // Polish
  'andrzej', 'piotr', 'krzysztof', 'tomasz', 'pawel', 'marcin', 'michal', 'jaroslaw', 'mateusz', 'rafal', 'radoslaw', 'wladyslaw',
  'szymon', 'donald', 'bronislaw', 'lech', 'aleksander', 'agnieszka', 'malgorzata', 'katarzyna', 'joanna', 'ewa', 'beata', 'magdalena',
  // Italian
  'giuseppe', 'giovanni', 'antonio', 'mario', 'luigi', 'francesco', 'alessandro', 'matteo', 'lorenzo', 'sergio', 'giorgia', 'giulia',
  'francesca', 'chiara', 'silvio', 'enrico', 'paolo', 'carlo', 'massimo', 'roberto', 'stefano', 'guido', 'raffaele',
  // Portuguese
  'joao', 'jose', 'luiz', 'luis', 'antonio', 'manuel', 'francisco', 'paulo', 'fernando', 'jair', 'geraldo', 'sergio', 'dilma',
  'gleisi', 'simone', 'ana', 'beatriz', 'tereza', 'rui', 'marcelo', 'pedro', 'goncalo', 'rodrigo',
  'joaquim', 'filipe', 'nuno', 'tiago', 'vitor', 'renata', 'luisa', 'marta', 'ines',
  // Spanish
  'santiago', 'alejandro', 'javier', 'diego', 'pablo', 'sergio', 'alberto', 'alfonso', 'andres', 'axel', 'cristian', 'cristina', 'emilio',
  'gonzalo', 'ignacio', 'jorge', 'julio', 'mauricio', 'miguel', 'nicolas', 'ramon', 'ricardo', 'salvador', 'yolanda',
  'pilar', 'carmen', 'dolores', 'mercedes', 'rocio', 'isabel', 'sofia', 'valentina', 'ximena', 'gustavo', 'horacio', 'patricia',
  // Italian, again
  'gian', 'gianni', 'giancarlo', 'gianluca', 'gianluigi', 'piero', 'pier', 'pierluigi', 'fabio', 'federico', 'filippo', 'daniele',
  'davide', 'elly', 'ignazio', 'luca', 'marco', 'maurizio', 'nicola', 'riccardo', 'simone', 'valerio', 'vittorio', 'elisabetta', 'giorgio',
  // French
  'jean', 'pierre', 'jacques', 'michel', 'philippe', 'francois', 'nicolas', 'olivier', 'laurent', 'thierry', 'gerald', 'gabriel',
  'sebastien', 'benoit', 'bruno', 'emmanuel', 'edouard', 'marine', 'segolene', 'anne', 'claire', 'agnes', 'rachida', 'valerie',
  // German
  'friedrich', 'olaf', 'annalena', 'robert', 'christian', 'markus', 'hendrik', 'boris', 'jurgen', 'wolfgang', 'karl', 'lars',
  'armin', 'jens', 'ursula', 'angela', 'katrin', 'sahra', 'alice', 'tino', 'dietmar', 'winfried', 'hubertus',
  // Dutch
  'geert', 'mark', 'dick', 'frans', 'jesse', 'rob', 'henri', 'dilan', 'caroline', 'pieter', 'sjoerd', 'wopke', 'hugo', 'sigrid',
  'kajsa', 'femke', 'eelco', 'joost', 'ruud', 'bart', 'maarten', 'willem', 'hans', 'vincent',
  // Polish, again
  'wojciech', 'marek', 'jacek', 'grzegorz', 'ireneusz', 'zbigniew', 'slawomir', 'przemyslaw', 'anna', 'barbara',
  'dorota', 'monika', 'elzbieta', 'urszula', 'izabela',
  'jan', 'lukasz', 'adam', 'jakub', 'kamil', 'bartosz', 'dariusz', 'mariusz', 'janusz',
  // Russian, again
  'анатолий', 'борис', 'валерий', 'василий', 'григорий', 'денис', 'кирилл', 'константин', 'леонид', 'роман', 'руслан', 'станислав',
  'касым-жомарт', 'ильхам', 'нурсултан', 'эмомали', 'садыр', 'марат', 'тимур',
  // Ukrainian
  'володимир', 'олександр', 'олексій', 'андрій', 'віталій', 'дмитро', 'сергій', 'юрій', 'михайло', 'петро', 'павло', 'тарас',
  'богдан', 'валерій', 'кирило', 'ігор', 'василь', 'микола', 'степан', 'арсеній', 'остап', 'іван', 'євген', 'юлія', 'олена',
  'ірина', 'тетяна', 'наталія', 'оксана', 'вікторія', 'катерина', 'марія', 'світлана', 'ганна',
];

/** Heads of organization names (first or last word), per language; English adds compromise's organization words. */
export const ORGANIZATION_HEADS: Record<string, readonly string[]> = {
  en: [
    'parliament', 'government', 'party', 'ministry', 'council', 'court', 'navy', 'police', 'union', 'fund', 'senate', 'congress',
    'assembly', 'office', 'embassy', 'forces', 'guard', 'cabinet', 'endowment', 'commission', 'programme', 'program',
    'organization', 'organisation', 'agency', 'lines', 'group', 'department', 'observatory', 'institute', 'foundation',
    'university', 'association', 'society', 'federation', 'authority', 'bureau', 'service', 'corporation', 'company',
    'alliance', 'coalition', 'movement', 'army', 'committee', 'board', 'directorate', 'shipping', 'maritime', 'logistics', 'lithium',
    'mining', 'holding', 'airways', 'events', 'shipyard', 'unit', 'command', 'democrats', 'republicans', 'exchange', 'trust', 'lab',
    'courier', 'gazette', 'herald', 'tribune', 'chronicle', 'observer', 'telegraph', 'radio', 'television', 'broadcasting',
    'research', 'analytics', 'consulting', 'consultancy', 'partners', 'advisors', 'advisers', 'economics', 'insights', 'securities', 'ventures',
    'labs', 'technologies', 'industries', 'therapeutics', 'pharmaceuticals',
    'laboratory', 'hospital', 'division', 'brigade', 'regiment', 'battalion', 'corps', 'brigades', 'battalions', 'front', 'militia',
    // Newspapers and broadcasters, which are quoted as sources: "Halvex Daily", "the Dunmore Post".
    'daily', 'post', 'news', 'journal', 'mail', 'express', 'broadcaster',
    // Clubs, forums and cartels of people, and a body's secretariat or tribunal: "Sierra Club", "the Gulf Cartel".
    'club', 'forum', 'cartel', 'secretariat', 'tribunal',
    // Cooperatives and industries that close a company's name: "Norvik Growers Cooperative", "Kessler Freight", "Orvane Telecom".
    'chamber', 'cooperative', 'co-operative', 'consortium', 'syndicate', 'guild', 'academy', 'telecom', 'telecoms', 'freight', 'motors', 'petroleum', 'chemicals', 'aerospace',
  ],
  fr: [
    'union', 'agence', 'organisation', 'banque', 'conseil', 'ministère', 'parlement', 'assemblée', 'cour', 'commission',
    'parti', 'front', 'armée', 'radio', 'quai', 'fédération', 'fondation', 'groupe', 'société', 'gendarmerie', 'police',
    'institut', 'université', 'autorité', 'chambre', 'tribunal', 'association', 'observatoire', 'confédération', 'forces',
    'sénat', 'médiateur', 'défenseur', 'préfecture',
    'courrier', 'journal', 'quotidien', 'télévision', 'dépêche',
    // Industries in the plural open a company's name: "Chantiers de l'Atlantique", "Laboratoires Vermaud".
    'chantiers', 'laboratoires', 'aciéries', 'ateliers', 'éditions', 'transports', 'établissements',
    // Offices of the state: "Parquet fédéral", "Sûreté de l'État", "Administration générale des douanes", "Direction générale".
    'parquet', 'sûreté', 'administration', 'direction', 'office', 'caisse', 'secrétariat', 'communauté',
    // A high commission, an alliance or an initiative heads a body's name as a ministry does: "Haut-Commissariat aux réfugiés".
    'haut-commissariat', 'commissariat', 'alliance', 'initiative', 'mouvement', 'mission',
    // Unions and companies: "Syndicat des dockers", "Compagnie fluviale".
    'syndicat', 'compagnie',
    // Departments and public works: "Département des affaires maritimes", "Régie des eaux".
    'département', 'régie',
  ],
  es: [
    'organización', 'unión', 'banco', 'consejo', 'ministerio', 'parlamento', 'partido', 'agencia', 'fuerzas', 'comisión',
    'fundación', 'grupo', 'tribunal', 'congreso', 'ejército', 'policía', 'guardia', 'instituto', 'universidad', 'autoridad',
    'departamento', 'consorcio', 'corte', 'generalitat', 'asociación', 'federación', 'comité', 'secretaría', 'centro',
    'asamblea', 'defensoría', 'contraloría', 'fiscalía', 'procuraduría', 'superintendencia', 'senado', 'cámara',
    'diario', 'periódico', 'radio', 'televisión', 'cadena',
    'audiencia', 'laboratorios', 'astilleros', 'petróleos', 'aerolíneas', 'ferrocarriles', 'industrias', 'cementos', 'talleres', 'transportes',
    'oficina', 'servicio', 'armada', 'foro', 'sindicato', 'confederación', 'dirección', 'tesorería', 'cártel', 'militar',
    'fuerza', 'iniciativa', 'alianza', 'movimiento',
    // Schools, communities, missions and funds head a body's name as a ministry does: "Escuela Politécnica Nacional", "Coordinadora Campesina".
    'escuela', 'coordinadora', 'comunidad', 'corporación', 'misión', 'fondo', 'junta', 'cooperativa',
    // Administrations of the state: "Administración General de Faros".
    'administración',
  ],
  de: [
    'bank', 'partei', 'agentur', 'presse-agentur', 'kommission', 'rat', 'bahn', 'gewerkschaft', 'stiftung', 'gruppe',
    'bundesamt', 'verband', 'ministerium', 'bündnis', 'institut', 'universität', 'amt', 'skiverband', 'gericht', 'verein', 'konzern',
    'departement', 'staatssekretariat', 'sekretariat',
    'zeitung', 'kurier', 'rundschau', 'anzeiger', 'tagblatt', 'rundfunk', 'nachrichten',
    'bund', 'vereinigung', 'gesellschaft', 'kammer', 'anstalt', 'akademie', 'genossenschaft', 'armee', 'polizei',
    // Parliaments and councils of a land, a district or a town: "der Niedersächsische Landtag", "der Kreistag".
    'landtag', 'bundestag', 'kreistag', 'bundesrat', 'stadtrat', 'gemeinderat', 'ausschuss',
  ],
  it: [
    'banca', 'consiglio', 'ministero', 'parlamento', 'partito', 'agenzia', 'commissione', 'corte', 'tribunale', 'fondazione', 'gruppo',
    'istituto', 'università', 'federazione', 'unione', 'autorità', 'camera', 'senato', 'polizia', 'guardia', 'esercito', 'procura',
    'associazione', 'commissariato', 'movimento', 'lega', 'centro', 'regione',
    'corriere', 'gazzetta', 'giornale', 'gazzettino', 'radio', 'televisione',
    'acciaierie', 'cantieri', 'ferrovie', 'autostrade', 'industrie', 'laboratori', 'officine',
    'comitato', 'servizio', 'ufficio', 'osservatorio', 'direzione', 'aeronautica', 'militare', 'sindacato', 'confederazione',
    'forza', 'iniziativa', 'alleanza',
    'missione', 'comunità', 'fondo', 'cooperativa',
    // Offices of the state and companies: "Prefettura di Agrigento", "Capitaneria di porto", "Azienda sanitaria".
    'prefettura', 'questura', 'capitaneria', 'compagnia', 'azienda',
    // Departments, public bodies, administrations and state works: "Dipartimento della Sicurezza", "Ente nazionale", "Stabilimento di Morsello".
    'dipartimento', 'ente', 'amministrazione', 'stabilimento',
  ],
  pt: [
    'banco', 'conselho', 'ministério', 'parlamento', 'partido', 'agência', 'comissão', 'tribunal', 'justiça', 'fundação', 'grupo',
    'instituto', 'universidade', 'federação', 'união', 'autoridade', 'câmara', 'senado', 'polícia', 'exército', 'observatório',
    'associação', 'movimento', 'procuradoria', 'centro',
    'assembleia', 'defensoria', 'provedoria', 'guarda', 'secretaria', 'instituto',
    'jornal', 'folha', 'gazeta', 'diário', 'rádio', 'televisão',
    'estaleiros', 'laboratórios', 'indústrias', 'petróleos', 'transportes', 'siderúrgica',
    'receita', 'serviço', 'fórum', 'marinha', 'forças', 'comitê', 'sindicato', 'confederação', 'militar', 'tesouro',
    'força', 'iniciativa', 'aliança',
    'comunidade', 'corporação', 'missão', 'fundo', 'cooperativa', 'escola',
    // Departments and administrations: "Departamento de Faróis", "Administração dos Portos".
    'departamento', 'administração', 'direção',
  ],
  nl: [
    'bank', 'raad', 'ministerie', 'parlement', 'partij', 'agentschap', 'commissie', 'hof', 'rechtbank', 'stichting', 'groep',
    'instituut', 'universiteit', 'federatie', 'unie', 'autoriteit', 'kamer', 'politie', 'leger', 'vereniging',
    'dagblad', 'krant', 'courant', 'omroep',
    'marechaussee', 'luchtmacht', 'landmacht', 'krijgsmacht', 'kustwacht', 'inspectie', 'douane',
    // Administrations and directorates: "Algemene Administratie van …", "Directie Scheepvaart".
    'administratie', 'directie',
  ],
  pl: [
    'bank', 'rada', 'ministerstwo', 'sejm', 'senat', 'partia', 'agencja', 'komisja', 'sąd', 'trybunał', 'fundacja', 'grupa',
    'instytut', 'uniwersytet', 'federacja', 'unia', 'urząd', 'policja', 'wojsko', 'stowarzyszenie', 'związek', 'straż', 'prokuratura',
    'giełda', 'dywizja', 'brygada', 'inspekcja', 'izba', 'kancelaria', 'biuro', 'dowództwo', 'sztab',
    'gazeta', 'dziennik', 'tygodnik', 'kurier', 'telewizja', 'radio',
    'marynarka', 'siły', 'służba', 'centrum', 'ośrodek', 'inspektorat', 'komenda',
    'szpital', 'porozumienie', 'zakład', 'towarzystwo', 'spółdzielnia', 'skarb', 'dom',
    'organizacja',
    // Departments, administrations and directorates: "Departament Bezpieczeństwa", "Dyrekcja Generalna".
    'departament', 'administracja', 'dyrekcja',
  ],
  ru: [
    'министерство', 'министерства', 'банк', 'банка', 'партия', 'партии', 'агентство', 'агентства', 'совет', 'совета', 'суд', 'суда',
    'служба', 'службы', 'комитет', 'комитета', 'консорциум', 'консорциума', 'компания', 'компании', 'федерация', 'институт',
    'университет', 'фонд', 'фонда', 'правительство', 'правительства', 'дума', 'думы',
    'газета', 'газеты', 'телеканал', 'телеканала', 'радио',
    'центр', 'академия', 'управление', 'штаб', 'комиссия', 'ассоциация', 'корпорация', 'объединение', 'холдинг', 'бюро', 'департамент', 'офис', 'полиция', 'прокуратура',
    'организация', 'администрация', 'дирекция', 'инспекция',
  ],
  uk: [
    'міністерство', 'банк', 'партія', 'агентство', 'рада', 'суд', 'служба', 'комітет', 'компанія', 'фонд', 'уряд', 'університет',
    'інститут', 'офіс', 'бюро', 'управління', 'департамент', 'асоціація', 'федерація', 'сили', 'військ', 'поліція', 'прокуратура',
    'корпорація', 'концерн', 'об\'єднання', 'об’єднання', 'спілка', 'союз', 'комісія', 'центр', 'штаб', 'бригада', 'полк', 'батальйон',
    'газета', 'телеканал', 'радіо',
    'організація', 'адміністрація', 'дирекція', 'інспекція',
  ],
  tr: [
    'birliği', 'ajansı', 'milletler', 'güçleri', 'partisi', 'bankası', 'kurumu', 'bakanlığı', 'meclisi', 'örgütü', 'vakfı',
    'derneği', 'kurulu', 'belediyesi', 'üniversitesi', 'ordusu', 'kuvvetleri', 'holding', 'şirketi', 'teşkilatı',
    'federasyonu', 'yönetimi', 'konseyi', 'komisyonu', 'enstitüsü', 'kulübü',
    'merkezi', 'idaresi', 'odası', 'borsası', 'sendikası', 'konfederasyonu',
    'gazetesi', 'televizyonu', 'radyosu',
    'mahkemesi',
    // Congresses, cooperatives, platforms and fronts: "Yerel ve Bölgesel Yönetimler Kongresi", "Su Ürünleri Kooperatifi".
    'kongresi', 'kooperatifi', 'platformu', 'cephesi', 'hareketi', 'akademisi', 'ofisi', 'bürosu', 'heyeti', 'cemiyeti',
  ],
  // Indonesian heads come first: "Kementerian Luar Negeri", "Badan Keamanan Laut", "Dinas Kesehatan", "Universitas Gadjah Mada".
  id: [
    'kementerian', 'badan', 'dinas', 'komisi', 'lembaga', 'universitas', 'majelis', 'mahkamah', 'pengadilan', 'kepolisian', 'kejaksaan',
    'otoritas', 'direktorat', 'partai', 'yayasan', 'perusahaan', 'perseroan', 'koperasi', 'angkatan', 'pasukan', 'sekretariat',
    // Organizations, commissariats, departments and councils: "Organisasi Nasional untuk …", "Komisariat Tinggi untuk …".
    'organisasi', 'komisariat', 'departemen', 'dewan',
  ],
};

/**
 * Endings of compound words that head an organization's name: German
 * "Wetterdienst", "Hilfswerk", "Landgericht"; Turkish offices "İletişim
 * Başkanlığı", "Emniyet Müdürlüğü", "Ankara Valiliği".
 */
export const ORGANIZATION_HEAD_ENDINGS: Record<string, readonly string[]> = {
  de: ['dienst', 'werk', 'werke', 'amt', 'verwaltung', 'initiative', 'ausschuss', 'zeitung', 'rundfunk', 'blatt', 'funk', 'ministerium', 'bank', 'partei', 'verband', 'gericht', 'behörde', 'agentur', 'gewerkschaft', 'stiftung', 'institut', 'konzern', 'hersteller', 'versorger', 'zulieferer', 'reederei', 'versicherer', 'verlag',
    'vereinigung', 'gesellschaft', 'kammer', 'anstalt', 'akademie', 'genossenschaft', 'polizei', 'bund', 'anwaltschaft', 'betreiber',
    'direktion', 'organisation'],
  tr: ['lığı', 'liği', 'luğu', 'lüğü'],
  nl: ['bureau', 'raad', 'kamer', 'hof', 'bank', 'partij', 'dienst', 'ministerie', 'blad', 'krant', 'universiteit', 'hogeschool', 'instituut', 'bedrijf', 'stichting', 'vereniging', 'organisatie', 'alliantie'],
};

/** Words a sports club's name opens or closes with, as written: "AS Roma", "Real Sociedad", "Dynamo Kyiv", "Leeds United AFC". */
export const CLUB_MARKERS: readonly string[] = [
  'FC', 'CF', 'SC', 'AC', 'AS', 'SS', 'SSC', 'SV', 'VfB', 'VfL', 'TSG', 'RB', 'BSC', 'FK', 'SK', 'KS', 'CD', 'UD', 'SD', 'RCD', 'AFC', 'OGC',
  'Real', 'Atlético', 'Athletic', 'Sporting', 'Olympique', 'Dynamo', 'Dinamo', 'Spartak', 'Lokomotiv', 'CSKA', 'Borussia', 'Racing', 'Deportivo',
];

/** Titles that govern a place ("Moscow mayor", "Chad's President"); a name before any other title is an organization's ("Mossad chief"). */
export const PLACE_TITLES: readonly string[] = [
  'president', 'prime', 'premier', 'minister', 'chancellor', 'governor', 'mayor', 'king', 'queen', 'emir',
  'président', 'présidente', 'ministre', 'maire', 'roi', 'reine',
  'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'alcalde', 'alcaldesa', 'rey', 'reina',
  'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'bürgermeister', 'bürgermeisterin', 'ministerpräsident', 'ministerpräsidentin',
  'cumhurbaşkanı', 'başbakan', 'başbakanı', 'vali', 'valisi', 'belediye',
  'prezydent', 'premier', 'burmistrz', 'wojewoda', 'starosta', 'президент', 'премьер', 'мэр', 'губернатор', 'прем’єр', 'мер',
];

/** Common nouns written before an organization's name (lower case). */
export const ORGANIZATION_KINDS: readonly string[] = [
  'company', 'firm', 'group', 'agency', 'newspaper', 'daily', 'broadcaster', 'bank', 'carrier', 'operator', 'airline',
  'insurer', 'channel', 'network', 'party', 'union', 'militia', 'outlet', 'magazine',
  'société', 'entreprise', 'groupe', 'agence', 'journal', 'quotidien', 'chaîne', 'banque', 'parti', 'syndicat',
  'empresa', 'compañía', 'grupo', 'agencia', 'diario', 'periódico', 'cadena', 'partido', 'sindicato',
  'firma', 'konzern', 'zeitung', 'sender', 'gewerkschaft', 'partei', 'hersteller', 'herstellers', 'konzerns', 'unternehmens',
  'şirketi', 'ajansı', 'gazetesi', 'partisi', 'grubu',
  'association', 'coalition', 'consultancy', 'consultants', 'maker', 'makers', 'rival', 'rivals', 'organisers', 'organizers', 'operators',
  'service', 'regulator', 'watchdog', 'provider', 'retailer', 'charity', 'label', 'band',
  'startup', 'planemaker', 'automaker', 'carmaker', 'chipmaker', 'shipbuilder', 'shipyard', 'club', 'lab', 'miner', 'producer', 'lender',
  'minera', 'estatal', 'aseguradora', 'consultora', 'verband', 'verein', 'klub', 'kulübü',
  'società', 'azienda', 'agenzia', 'giornale', 'quotidiano', 'partito', 'sindacato', 'associazione', 'coalizione', 'gruppo',
  'companhia', 'jornal', 'associação', 'coalizão', 'construtora', 'mineradora', 'estatal', 'consorzio', 'consortium', 'consorcio', 'consórcio',
  'bedrijf', 'moederbedrijf', 'krant', 'partij', 'vakbond', 'firma', 'spółka', 'gazeta', 'partia',
  'компания', 'компании', 'концерн', 'агентство', 'газета', 'партия', 'холдинг', 'российская', 'американские',
  'reederei', 'versicherer', 'autobauer', 'unternehmen', 'betreiber', 'anbieter', 'fluggesellschaft', 'rüstungskonzern', 'energiekonzern',
  'utility', 'drugmaker', 'conglomerate', 'manufacturer', 'chain', 'ngo', 'supplier', 'distributor', 'publisher', 'exporter', 'refiner', 'contractor',
  'constructeur', 'opérateur', 'assureur', 'fabricant', 'équipementier', 'distributeur', 'transporteur', 'armateur', 'énergéticien', 'géant', 'compagnie', 'enseigne',
  'aerolínea', 'petrolera', 'eléctrica', 'constructora', 'fabricante', 'operadora', 'naviera', 'farmacéutica', 'energética', 'distribuidora', 'gigante',
  'compagnia', 'costruttore', 'produttore', 'operatore', 'colosso', 'multinazionale', 'petroleira', 'koncern', 'grupa', 'producent',
  'корпорация', 'корпорации', 'компанией', 'компанию', 'компанія', 'компанії', 'корпорація',
  'трейдер', 'трейдера', 'енергокомпанія', 'энергокомпания', 'zarząd', 'zarządu', 'trader',
  // Gangs, clans, committees and NGOs, set off before or after their name: "Los Tigres, la banda que", "the gang Sombra", "l'ONG Terres Vives".
  'gang', 'cartel', 'cártel', 'banda', 'pandilla', 'bande', 'clan', 'facção', 'facción', 'mafia', 'cosca', 'comitato', 'comité', 'ong', 'organización',
  'organização', 'organisation', 'organization', 'organizzazione', 'siderúrgica', 'acerera', 'cementera', 'think-tank',
  // Plurals before names joined by "and": "the unions Fiom and Uilm", "les partis Renouveau et Avenir".
  'companies', 'firms', 'parties', 'unions', 'banks', 'newspapers', 'broadcasters', 'militias', 'insurers', 'airlines', 'lenders', 'carmakers',
  'partis', 'syndicats', 'sociétés', 'entreprises', 'groupes', 'banques', 'journaux', 'assureurs', 'constructeurs',
  'partidos', 'sindicatos', 'empresas', 'bancos', 'diarios', 'petroleras', 'aseguradoras', 'aerolíneas',
  'partiti', 'sindacati', 'aziende', 'banche', 'giornali', 'compagnie',
  'jornais', 'companhias', 'petrolíferas',
  'parteien', 'gewerkschaften', 'konzerne', 'banken', 'zeitungen', 'versicherer',
  'partijen', 'vakbonden', 'bedrijven', 'kranten', 'partie', 'spółki', 'związki', 'партии', 'партий', 'профсоюзы', 'компаний',
  // Foundations, collectives, movements, alliances and labs set before their name: "la fundación Pro Agua", "de stichting Schone Lucht", "un laboratoire".
  'foundation', 'fondation', 'fundación', 'fondazione', 'fundação', 'stichting', 'fundacja', 'fundacji', 'фонд', 'фонда', 'фонду', 'фондом',
  'collective', 'collectif', 'colectivo', 'collettivo', 'coletivo', 'collectief', 'kollektiv', 'kolektyw',
  'movement', 'mouvement', 'movimiento', 'movimento', 'beweging', 'bewegung', 'ruch', 'движение', 'движения', 'рух', 'руху',
  'alliance', 'alianza', 'alleanza', 'aliança', 'sojusz', 'альянс',
  'initiative', 'iniciativa', 'iniziativa', 'initiatief', 'inicjatywa', 'inicjatywy', 'инициатива', 'ініціатива',
  'asociación', 'vereniging', 'stowarzyszenie', 'stowarzyszenia', 'ассоциация', 'ассоциации', 'асоціація', 'асоціації', 'dernek', 'derneği', 'vakıf', 'vakfı',
  'laboratoire', 'laboratorio', 'laboratório', 'laboratory',
  'gazete', 'sitesi', 'kanalı', 'издание', 'издания', 'изданию', 'изданием', 'видання', 'виданню', 'виданням',
];

/** Heads of place names compromise's place words lack (sea, gulf, lake, gate), first or last in the name. */
export const PLACE_HEADS: readonly string[] = [
  'mer', 'golfe', 'mont', 'lac', 'île', 'mar', 'golfo', 'lago', 'isla', 'meer', 'see', 'denizi', 'körfezi', 'boğazı', 'gölü', 'dağı',
  'schloss', 'palais', 'palacio', 'palast', 'château', 'sea', 'ocean', 'canal', 'gate', 'square', 'salar', 'río', 'rio', 'cerro', 'monte',
  'mare', 'canale', 'piazza', 'foz', 'serra', 'ilha', 'morze', 'zee', 'море', 'озеро', 'залив', 'stretto', 'estrecho', 'strait', 'puszcza',
  'airport', 'gateway', 'harbour', 'harbor', 'bridge', 'stadium', 'stadio', 'stade', 'estadio', 'stadion', 'aéroport', 'aeropuerto', 'aeroporto', 'flughafen',
  'barajı', 'dam', 'barrage', 'presa', 'diga', 'talsperre', 'zapora', 'contrada',
  'palácio', 'palazzo', 'pałac', 'sarayı', 'castillo', 'castelo', 'castello', 'zamek',
  'channel',
  // First-level regions whose word English capitalizes after the name: "Zharkiv Oblast", "Veldara Governorate".
  'oblast', 'krai', 'governorate', 'prefecture', 'voivodeship', 'raion',
  // Prisons, like landmarks: "Penitenciaría del Litoral".
  'penitenciaría', 'penitenciária', 'prisión', 'presídio', 'prison', 'carcere', 'cárcel',
  // Streets and squares are places: "Avenida Faria Lima", "Rue de Rivoli".
  'avenida', 'rua', 'calle', 'rue', 'praça', 'plaza', 'boulevard', 'avenue', 'viale', 'ulica', 'aleja', 'улица', 'проспект', 'вулиця', 'caddesi', 'bulvarı',
];

/**
 * Heads of the names of landforms and coasts, first or last: "Val di Susa", "Bahía de Cádiz", "Côte d'Opale", "Yeşilırmak Vadisi".
 * English ones are compromise's place words. Not "costa", "bosco", "vale", "bos" or "delta": surnames, companies and groups are written so.
 */
export const LANDFORM_HEADS: readonly string[] = [
  'vallée', 'val', 'bassin', 'plaine', 'côte', 'baie', 'péninsule', "presqu'île", 'presqu’île', 'désert', 'forêt', 'plateau', 'massif',
  'valle', 'llanura', 'bahía', 'península', 'desierto', 'sierra', 'meseta', 'selva', 'bosque',
  'pianura', 'baia', 'penisola', 'deserto', 'foresta', 'altopiano', 'planície', 'baía', 'floresta', 'planalto', 'bacia',
  'bucht', 'halbinsel', 'wüste', 'küste', 'ebene', 'becken', 'heide', 'gebirge', 'baai', 'vallei', 'woestijn', 'schiereiland', 'vlakte',
  'dolina', 'kotlina', 'nizina', 'wyżyna', 'zatoka', 'półwysep', 'pustynia', 'zagłębie', 'pojezierze', 'wybrzeże', 'mierzeja', 'zalew',
  'долина', 'полуостров', 'пустыня', 'побережье', 'низменность', 'нагорье', 'півострів', 'пустеля', 'затока', 'узбережжя',
  'ovası', 'vadisi', 'havzası', 'çölü', 'yarımadası', 'ormanı', 'kıyısı', 'platosu',
  // Arabic heads, written so in every language: "Wadi Halfa", "Jebel Marra".
  'wadi', 'jebel', 'djebel', 'jabal',
  // Capes, whose Italian word is a chief's too: "Capo Teulada" names no person.
  'capo', 'cabo',
];

/** Words before a one-word name that make it a place: "à Paris", "en Nouvelle-Calédonie", "desde Caracas", "to Sochi". */
export const PLACE_PREPOSITIONS: Record<string, readonly string[]> = {
  en: ['in', 'to', 'from', 'near', 'outside', 'across', 'off', 'towards', 'toward', 'via'],
  fr: ['à', 'au', 'aux', 'vers', 'depuis', 'en'],
  es: ['a', 'desde', 'hacia', 'en'],
  // German capitalizes every noun: "nach Angaben" is not a place.
  de: [],
  tr: [],
  it: ['a', 'in', 'verso', 'da'],
  pt: ['em', 'no', 'na', 'à', 'ao', 'para'],
  nl: ['in', 'naar', 'uit'],
  pl: ['w', 'we', 'do', 'na'],
  // Russian writes the place inflected after the preposition: "в Брюсселе".
  ru: ['в', 'во', 'из', 'под', 'на', 'через'],
  uk: ['в', 'у', 'во', 'із', 'з', 'під', 'до', 'біля', 'на', 'через'],
};

/**
 * Words before a name of up to three words that make it a place, whatever it
 * is: "near El Fasher", "près de Rukla", "el estado de Zulia", "the province of
 * Idlib", "in der Nähe von Gera".
 */
export const PLACE_CUES_BEFORE: Record<string, RegExp> = {
  // Lower case: "State of Crypto" is a newsletter.
  en: /(?<!\p{L})(?:near|around|outskirts of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of|(?:the )?(?:\p{Ll}+ )?(?:provinces?|regions?|city|cities|towns?|villages?|districts?|states?|governorates?|municipalit(?:y|ies)|count(?:y|ies)|port|island|border (?:posts?|crossings?|towns?)) of|bound for)[ \u00a0]+$/u,
  fr: /(?<!\p{L})(?:(?:près|autour|non loin|au nord|au sud|à l['’]est|à l['’]ouest|au large|(?:la |le |les )?(?:ville|région|province|département|village|commune|localité|route|environ|abord|quartier|port|bassin|champ|gisement|aéroport|base|île|baie|golfe|zone|côte|circonscription|poste-frontière|temple|enclave|prison|villageois|habitant|canton|arrondissement|vallée|plaine|mer|détroit)s?(?:[ \u00a0]+\p{Ll}+)?)[ \u00a0]+(?:d(?:e[ \u00a0]+|['’])(?:la[ \u00a0]+|l['’])?|du[ \u00a0]+)|(?:le )?quartier[ \u00a0]+|frontière avec (?:la |le |l['’])|(?:fleuve|rivière|lac|massif|plage|cité|océan)[ \u00a0]+)$/iu,
  es: /(?<!\p{L})(?:(?:cerca|alrededor|al norte|al sur|al este|al oeste|(?:el |la |los |las )?(?:estado|provincia|región|ciudad|departamento|municipio|localidad|pueblo|comarca|barranco|río|sierra|valle|cima|puerto|alto|isla|península|cuenca|campo|yacimiento|aeropuerto|base|bahía|zona|costa|litoral|plaza|embalse|represa|distrito|parroquia|cantón|habitante|vecino)(?:s|es)?)[ \u00a0]+(?:de|del)[ \u00a0]+|frontera con (?:el |la )?|barrio (?:de )?|(?:río|lago|volcán|cerro|monte|embalse|estrecho|cabo|playa)[ \u00a0]+)$/iu,
  de: /(?<!\p{L})(?:nahe|nahe bei|in der Nähe von|nördlich von|südlich von|östlich von|westlich von|(?:die )?(?:Stadt|Gemeinde|Region|Provinz)|(?:Bezirken|Orten|Städten|Gemeinden|Dörfern|Regionen|Provinzen) wie)[ \u00a0]+$/u,
  tr: /(?!)/u,
  it: /(?<!\p{L})(?:vicino a|nei pressi di|a (?:nord|sud|est|ovest) di|al largo di|(?:la |il )?(?:città|regione|provincia|comune|comuni|paese|strutture|penisola|frazione|quartiere|lungomare|isola|isole|porto|poligono|bacino|campo|giacimento|aeroporto|base|valle|stretto|golfo|diga|fiume|lago|scalo|piazze|abitanti|residenti) d(?:i|el|ella|ello|ei|egli|elle)|(?:quartiere|rione|località|frazione|penisola|isola|diga|fiume|torrente|lago))[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:perto de|bairro(?: d[eoa])?|a[o]? (?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste) d[eoa]s?|ao largo d[aeo]|(?:a |o |as |os )?(?:cidades?|regiões|região|estados?|municípios?|províncias?|bacia|costa|península|distritos?|freguesias?|concelhos?|vila|aldeia|porto|campos?|aeroporto|base|ilhas?|baía|serra|vale|zona|arquipélago|estação|estações|represa|barragem|moradores|habitantes) d[eoa]s?|distritos como|fronteira com a|fronteira com o|rio|lago|monte|cabo|praia|ilhas?)[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:nabij|bij|(?:de |het )?(?:stad|gemeente|provincie|regio|wijk|dorp|vliegveld|vliegbasis|haven|eiland|kazerne|marinebasis|provincies|steden|gemeenten|dorpen|districten)|(?:de )?(?:kust|omgeving|omwonenden) van|(?:de )?grens met)[ \u00a0]+$/iu,
  pl: /(?<!\p{L})(?:koło|pod|niedaleko|na (?:północ|południe|wschód|zachód) od|w pobliżu|(?:w |z )?okolic(?:ach|e|y)?|na terenie|(?:w )?(?:mieście|regionie|województwie|gminie|powiecie|dzielnicy|osiedlu)|(?:miasta|wsi|gminy|gmin|powiatu|powiatów|archipelagu|półwyspu|mieszkańcy|mieszkańców|mieszkańcom)|wysp(?:a|y|ie|ą)|kopalni[aęą]?)[ \u00a0]+$/iu,
  ru: /(?<!\p{L})(?:под|возле|около|к (?:северу|югу|востоку|западу) от|месторождений|месторождения|рек[аиеуй]|озер[аоу]|(?:в )?(?:городе|области|регионе|районе|крае|селе|посёлке|поселке)|(?:города|села|посёлка|поселка|деревни|архипелага|полуострова|жителей|жители|жителям|провинции|провинция|провинцию)|остров(?:а|е|ом)?|мыс(?:а|е)?|космодром(?:а|е|ом)?|аэропорт(?:а|у|е|ом)?|порт(?:а|у|е|ом)?)[ \u00a0]+$/iu,
  uk: /(?<!\p{L})(?:під|біля|поблизу|неподалік|на (?:північ|південь|схід|захід) від|околиць[ія]?|(?:[ву] )?(?:місті|місто|області|регіоні|районі|селі|селищі|громаді)|(?:міста|села|селища|архіпелагу|півострова|мешканця|мешканців|мешканці|жителів|жителі|провінції|провінція|з боку|пункт пропуску|пункту пропуску)|острів|остр(?:ова|ові|овом)|мис(?:у|і)?|космодром(?:у|і|ом)?|аеропорт(?:у|і|ом)?|порт(?:у|і|ом)?)[ \u00a0]+$/iu,
};

/**
 * Words after a name that make it a place: "the Rafah crossing", "the
 * Zaporizhzhia nuclear plant", "Battalgazi ve Yeşilyurt ilçelerinde".
 */
export const PLACE_CUES_AFTER: Record<string, RegExp> = {
  en: /^[ \u00a0]+(?:(?:nuclear|power)[ \u00a0]+plant|region|province|district|neighbourhood|neighborhood|suburb|oblast|governorate|county|crossing|airport|refugee camp|(?:oil |gas )?field|basin|reservoir|headworks|barrage|peninsula|(?:copper |gold |coal |uranium )?mine|area|atoll|archipelago)(?!\p{L})|^,[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?(?:island|town|village|city|port|atoll|archipelago|oasis|enclave)(?![\p{L}'’])/iu,
  fr: /(?!)/u,
  es: /(?!)/u,
  de: /(?!)/u,
  it: /(?!)/u,
  pt: /(?!)/u,
  nl: /(?!)/u,
  pl: /(?!)/u,
  ru: /(?!)/u,
  uk: /(?!)/u,
  // "il" alone is not enough: "ile" is "with".
  // And what lies off, along or near a place: "Rumelihisarı açıklarında", "Beykoz kıyılarında", "Akçakale sınır kapısından";
  // what is centred on, flagged by or bordered by one: "Gaziantep merkezli", "Panama bayraklı", "Suriye sınırındaki", "Irak topraklarından".
  // And a place's north or east, whose genitive names a place: "Kerkük'ün kuzeyinde", "Fırat'ın doğusu".
  tr: /^(?:['’]n?[ıiuü]n[ \u00a0]+(?:kuzey|güney|doğu|batı)(?:doğu|batı)?s?[ıiuü]\p{Ll}*(?!\p{L})|[ \u00a0]+(?:ili|ilin\p{Ll}*|ilçe\p{Ll}*|kent\p{Ll}*|şeh[i]?r\p{Ll}*|köy\p{Ll}*|belde\p{Ll}*|bölge\p{Ll}*|mahalle\p{Ll}*|kasaba\p{Ll}*|maden\p{Ll}*|dağ\p{Ll}*|adası\p{Ll}*|vadisi\p{Ll}*|ovası\p{Ll}*|gölü\p{Ll}*|körfezi\p{Ll}*|açıkların\p{Ll}*|kıyıların\p{Ll}*|kıyısın\p{Ll}*|sahilin\p{Ll}*|sahiller\p{Ll}*|yakınların\p{Ll}*|sınır kapısı\p{Ll}*|limanı\p{Ll}*|semti\p{Ll}*|barajı\p{Ll}*|merkezli|bayraklı|sınırı(?:nda|ndaki|na|ndan)|toprakları\p{Ll}*|çevresin\p{Ll}*)(?!\p{L}))/u,
};

/**
 * Turkish case endings after an apostrophe that follow a place: "Ankara'da", "İstanbul'a", "Moskova'dan"; and after a
 * possessive's "n", which a person's name never takes: "Basra Körfezi'nde", "Atatürk Barajı'ndan".
 */
export const TURKISH_PLACE_SUFFIXES: readonly string[] = [
  ...['da', 'de', 'ta', 'te', 'a', 'e', 'ya', 'ye', 'dan', 'den', 'tan', 'ten', 'daki', 'deki', 'taki', 'teki'],
  ...['nda', 'nde', 'ndan', 'nden', 'ndaki', 'ndeki'],
];

/**
 * Words before a name of up to three words that make it a company or another
 * organization: "shares in Airbus", "analysts at Jefferies", "Analysten der
 * Deutschen Bank", "analistas de BTG Pactual". None for Turkish: its cues
 * follow the name.
 */
export const ORGANIZATION_CUES_BEFORE: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:(?:chief executive|ceo|chairman|chairwoman|co-founder|founder|employees|shareholders) of|(?:companies|firms|groups|brands|carriers|lenders|banks|insurers|retailers|manufacturers|makers|rivals|clients|customers|exporters|importers|traders|producers|suppliers|operators|refiners|miners|buyers|processors|carmakers|automakers|airlines|shippers|utilities) (?:such as|like|including)|shares (?:in|of)|stake in|stakes in|analysts? (?:at|from)|economists? at|strategists? at|customers of|(?:a )?(?:unit|subsidiary) of|owned by|acquired by|administrators from|(?:has |had )?(?:acquired|taken over|took over)|agreed to (?:buy|acquire)|(?:merger|merge|merged) with|(?:takeover|acquisition) of)[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:analystes? (?:de|chez)|économistes? (?:de|chez)|filiale de|actions? de|(?:a )?(?:racheté|acquis)|(?:le )?rachat de|l['’]acquisition de|fusion avec|(?:entreprises|sociétés|groupes|banques|exportateurs|négociants|constructeurs|fabricants|opérateurs|assureurs|producteurs|armateurs) (?:comme|tels? que|dont))[ \u00a0]+$/iu,
  de: /(?<!\p{L})(?:Analysten (?:der|von|bei)|Aktien? (?:von|der)|Tochter (?:von|der)|(?:Unternehmen|Konzerne|Firmen|Banken|Händler|Hersteller) wie)[ \u00a0]+$/u,
  es: /(?<!\p{L})(?:analistas de|acciones de|filial de|adquirió|(?:la )?adquisición de|fusión con|accionista[\p{L} ]{0,12} de|(?:empresas|compañías|bancos|firmas|exportadoras|mineras|petroleras|fabricantes|productores|productoras|aseguradoras|navieras|operadores|operadoras|siderúrgicas|grupos) (?:como|tales como))[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:analisti di|azioni di|controllata di|ha (?:acquisito|rilevato)|(?:l['’])?acquisizione di|fusione con|(?:aziende|società|gruppi|banche|imprese|produttori|operatori|compagnie|costruttori|assicurazioni) (?:come|tra cui))[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:analistas d[oae]|ações d[aoe]|subsidiária d[aoe]|adquiriu|(?:a )?aquisição d[aoe]|fusão com|(?:empresas|companhias|bancos|petrolíferas|mineradoras|fabricantes|produtoras|operadoras|construtoras|seguradoras) (?:como|entre elas))[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:analisten (?:van|bij)|aandelen)[ \u00a0]+$/iu,
  pl: /(?<!\p{L})(?:analitycy|akcje)[ \u00a0]+$/iu,
  ru: /(?<!\p{L})(?:аналитики|акции|акционеров|акционер)[ \u00a0]+$/iu,
  uk: /(?<!\p{L})(?:аналітики|акції|акціонерів|акціонер)[ \u00a0]+$/iu,
  tr: /(?!)/u,
};

/** Words after a name that make it a company: "Airbus shares", "Maersk's revenue", "JPMorgan analistleri". */
export const ORGANIZATION_CUES_AFTER: Record<string, RegExp> = {
  en: /^(?:[’']s)?[ \u00a0]+(?:shares|stock|share price|revenue|sales|profits?|earnings|shareholders|chief executive|ceo|board|customers|analysts)(?!\p{L})/iu,
  tr: /^(?:[’'][\p{Ll}]+)?[ \u00a0]+(?:analistleri|hisseleri|hissesi|yönetimi|taraftarları|şirketi|şirketinin|şirketine|holdingi|holdinginin|gazetesi|gazetesine|ajansı|ajansına)(?!\p{L})/u,
};

/**
 * What only a company does, right after its name: "Pellmoor reported a net
 * loss", "Darvick posted record revenue", "Kellag cut 400 jobs". A person
 * says and signs; a company books results and sheds jobs.
 */
export const CORPORATE_VERBS_AFTER: Record<string, RegExp> = {
  en: /^[ \u00a0]+(?:(?:has|had|also)[ \u00a0]+)?(?:reported|posted|booked|swung[ \u00a0]+to)[ \u00a0]+(?:(?:a|an|its|their|record|higher|lower|net|quarterly|annual|first-half|full-year|operating|pre-tax|\p{N}[\p{N}.,%]*|[$€£]\p{N}[\p{N}.,]*|billion|million)[ \u00a0]+){0,4}(?:profits?|loss(?:es)?|earnings|revenues?|sales|results|dividend)(?!\p{L})|^[ \u00a0]+(?:(?:has|will)[ \u00a0]+)?(?:cut|cuts|shed|sheds|axed|lay[ \u00a0]+off|laid[ \u00a0]+off)[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|nearly[ \u00a0]+)?[\p{N},.]+[ \u00a0]+(?:jobs|workers|staff|employees)(?!\p{L})|^[ \u00a0]+(?:is|was)[ \u00a0]+(?:headquartered|listed[ \u00a0]+(?:in|on))(?!\p{L})|^[ \u00a0]+(?:employs|employed)[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+)?[\p{N},.]+[ \u00a0]+(?:people|workers|staff)(?!\p{L})/iu,
  fr: /^[ \u00a0]+(?:a|ont)[ \u00a0]+(?:publié|enregistré|dégagé|annoncé|affiché)[ \u00a0]+(?:un|une|des|son|sa|ses)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:bénéfice|perte|chiffre d['’]affaires|résultats)(?!\p{L})|^[ \u00a0]+(?:va[ \u00a0]+)?(?:supprime|supprimer|a[ \u00a0]+supprimé)[ \u00a0]+[\p{N} ]+[ \u00a0]+(?:emplois|postes)(?!\p{L})/iu,
  de: /^[ \u00a0]+(?:meldete|meldet|verbuchte|erzielte|erwirtschaftete|schrieb)[ \u00a0]+(?:(?:einen|ein|eine|im|\p{Ll}+en)[ \u00a0]+)*(?:\p{Lu}\p{Ll}*(?:gewinn|verlust|umsatz|ergebnis)|Gewinn|Verlust|Umsatz|Ergebnis|Rekordumsatz|rote[ \u00a0]+Zahlen)(?!\p{L})|^[ \u00a0]+(?:streicht|strich|baut)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?[\p{N}.]+[ \u00a0]+(?:Stellen|Arbeitsplätze|Jobs)(?!\p{L})/u,
  es: /^[ \u00a0]+(?:registró|reportó|obtuvo|ganó|perdió|presentó)[ \u00a0]+(?:(?:un|una|unos|sus)[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+)?(?:beneficio|pérdidas?|ingresos|ganancias?|resultados|facturación)(?!\p{L})|^[ \u00a0]+(?:despedirá|despidió|recortará|recortó)[ \u00a0]+(?:a[ \u00a0]+)?[\p{N}.]+[ \u00a0]+(?:empleados|trabajadores|empleos)(?!\p{L})/iu,
};

/**
 * A relative clause after a name whose verb only a body takes: "Snevo, which
 * operates the pipeline", "Terres Vives, qui gère le parc", "Ostrica, che
 * gestisce la rete". A person runs a bar too, so a given name outweighs it.
 */
export const BODY_CLAUSE_AFTER: Record<string, RegExp> = {
  en: /^,[ \u00a0]+(?:which|that)[ \u00a0]+(?:operates|runs|owns|manages|produces|makes|builds|employs|supplies|controls)(?!\p{L})/iu,
  fr: /^,[ \u00a0]+qui[ \u00a0]+(?:gère|exploite|produit|fabrique|emploie|détient|possède|opère|contrôle)(?!\p{L})/iu,
  es: /^,[ \u00a0]+que[ \u00a0]+(?:gestiona|opera|produce|fabrica|emplea|controla|administra|explota)(?!\p{L})/iu,
  it: /^,[ \u00a0]+che[ \u00a0]+(?:gestisce|opera|produce|controlla|possiede|impiega|fabbrica)(?!\p{L})/iu,
  pt: /^,[ \u00a0]+que[ \u00a0]+(?:gere|opera|produz|fabrica|emprega|controla|administra|explora)(?!\p{L})/iu,
};

/**
 * Common nouns before a name that make it a ship, a work or a product, not a
 * person, place or organization: "the tanker Sea Marvel", "the novel The
 * Quiet Harbour", "le pétrolier Nordvik", "der Roman Sturmflut".
 */
export const NOT_A_NAME_KINDS: readonly string[] = [
  'tanker', 'vessel', 'ship', 'freighter', 'frigate', 'destroyer', 'cruiser', 'submarine', 'yacht', 'ferry', 'trawler', 'warship',
  'novel', 'film', 'movie', 'book', 'album', 'song', 'documentary', 'memoir', 'opera', 'painting', 'sculpture', 'poem',
  'navire', 'pétrolier', 'frégate', 'sous-marin', 'roman', 'livre', 'chanson', 'documentaire',
  'frachter', 'fregatte', 'u-boot', 'schiff', 'buch', 'lied', 'theaterstück', 'dokumentarfilm',
  'buque', 'petrolero', 'fragata', 'submarino', 'novela', 'película', 'libro', 'canción', 'documental',
  'petroliera', 'romanzo', 'canzone', 'navio', 'petroleiro', 'filme', 'livro', 'canção',
  'танкер', 'судно', 'фрегат', 'роман', 'фильм', 'книга', 'песня',
  // Corvettes and patrol boats, named in quotes as often as not: "a corveta «…»".
  'corvette', 'corveta', 'corvetta', 'korvette', 'korweta', 'корвет', 'корвета', 'patrulheiro', 'patrullero', 'pattugliatore', 'okręt', 'statek',
];

/**
 * Verbs of saying and doing right after a name, which make it their subject:
 * "Kroll said", "Tigist Haile led", "Okan Buruk … dedi". Two or three words
 * with no organization's head are a person; one word that no full name in the
 * article explains is more often a company or a body ("Siemens said").
 */
export const SUBJECT_VERBS_AFTER: Record<string, RegExp> = {
  en: /^[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+|also[ \u00a0]+)?(?:said|says|told|added|announced|reported|warned|wrote|argued|confirmed|denied|stated|explained|won|led|finished|laughed|replied|insisted|noted|agreed|urged|accused|rejected|praised|claimed)(?!\p{L})/iu,
  fr: /^[ \u00a0]+(?:a|ont)[ \u00a0]+(?:déclaré|dit|indiqué|annoncé|affirmé|estimé|expliqué|rejeté|salué|reconnu|accusé|répondu|confirmé)(?!\p{L})/iu,
  de: /^[ \u00a0]+(?:sagte|sagt|erklärte|erklärt|teilte|kündigte|warnte|betonte|bekräftigte|forderte|kritisierte|lobte|gewann|führt)(?!\p{L})/u,
  es: /^[ \u00a0]+(?:dijo|afirmó|aseguró|explicó|señaló|anunció|respondió|defendió|pidió|advirtió|declaró|ganó)(?!\p{L})/iu,
  it: /^[ \u00a0]+(?:ha[ \u00a0]+)?(?:detto|dichiarato|annunciato|ribadito|spiegato|affermato|espresso|vinto)(?!\p{L})/iu,
  pt: /^[ \u00a0]+(?:disse|afirmou|declarou|anunciou|explicou|defendeu|evitou|lembrou|resumiu|venceu)(?!\p{L})/iu,
  nl: /^[ \u00a0]+(?:zei|zegt|verklaarde|meldde|kondigde|waarschuwde|won)(?!\p{L})/iu,
  pl: /^[ \u00a0]+(?:powiedział|powiedziała|oświadczył|oświadczyła|poinformował|poinformowała|ogłosił|ogłosiła)(?!\p{L})/iu,
  ru: /^[ \u00a0]+(?:заявил|заявила|сообщил|сообщила|сказал|сказала|назвал|назвала|обсудил|обсудила|отметил|отметила)(?!\p{L})/iu,
  uk: /^[ \u00a0]+(?:заявив|заявила|повідомив|повідомила|сказав|сказала|назвав|назвала|зазначив|зазначила|наголосив|наголосила|додав|додала)(?!\p{L})/iu,
  tr: /^(?:[’'][\p{Ll}]+)?[ \u00a0]+(?:dedi|açıkladı|söyledi|belirtti|vurguladı|attı|eleştirdi|kaydetti)(?!\p{L})/u,
};

/** The same verbs before the name, in a quotation's tag: "said Chris Maynard", "explicó Amparo Soler", "resumiu Suely Araújo". */
export const SUBJECT_VERBS_BEFORE: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:said|says|added|wrote|explained|asked|warned|recalled|insisted|noted)[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:a déclaré|a dit|a indiqué|a affirmé|a expliqué|a ajouté|a souligné|a précisé|a raconté|a assuré|a estimé|a confié|explique|déclare|dit|ajoute|affirme|souligne|précise|raconte|assure|estime|confie)[ \u00a0]+$/iu,
  de: /(?<!\p{L})(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|warnte|warnt|berichtete|berichtet)[ \u00a0]+$/u,
  es: /(?<!\p{L})(?:dijo|dice|explicó|explica|afirmó|afirma|señaló|señala|aseguró|asegura|declaró|contó|cuenta|añadió|añade|agregó|relató|advirtió|sostuvo|insistió|recordó|lamentó)[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:ha (?:detto|dichiarato|spiegato|aggiunto|chiesto|raccontato|sottolineato|affermato|commentato|osservato|ricordato|concluso)|dice|spiega|racconta|aggiunge|afferma|sottolinea|osserva|commenta|ricorda|conclude)[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:disse|diz|afirmou|afirma|explicou|explica|resumiu|declarou|contou|conta|acrescentou|acrescenta|lembrou|lembra|garantiu|garante|sublinhou|relatou)[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:zei|zegt|verklaarde|aldus|vertelt|vertelde|stelt|stelde|benadrukt|benadrukte|waarschuwt|waarschuwde)[ \u00a0]+$/iu,
  pl: /(?<!\p{L})(?:powiedział|powiedziała|mówi|mówił|mówiła|dodaje|dodał|dodała|uważa|twierdzi|podkreśla|podkreślił|podkreśliła|zaznacza|zaznaczył|zaznaczyła|tłumaczy|wyjaśnia|wyjaśnił|wyjaśniła|przekonuje|ocenia|przyznaje)[ \u00a0]+$/iu,
  ru: /(?<!\p{L})(?:заявил|заявила|сказал|сказала|говорит|отметил|отметила|пояснил|пояснила|добавил|добавила|подчеркнул|подчеркнула|уточнил|уточнила)[ \u00a0]+$/iu,
  uk: /(?<!\p{L})(?:заявив|заявила|сказав|сказала|зазначив|зазначила|каже|пояснив|пояснила|додав|додала|наголосив|наголосила|уточнив|уточнила)[ \u00a0]+$/iu,
  tr: /(?<!\p{L})(?:dedi|diyor)[ \u00a0]+$/u,
};

/**
 * Words right before a source named by one word, which make it a newspaper,
 * an agency or a firm: "according to Halvex", "told Brightwell", "selon
 * Vantel", "según Castelmar". Someone quoted so is named in full first, and
 * the surname alone is then read as that person. None for German, which
 * capitalizes every noun ("laut Angaben"), nor for the languages that inflect
 * the name after these words.
 */
export const SOURCE_CUES_BEFORE: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:according to|told|in an interview with|speaking to|cited by|quoted by)[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:selon|d['’]après|a (?:déclaré|dit|indiqué|confié|expliqué|affirmé) à|interrogée? par|citée? par)[ \u00a0]+$/iu,
  es: /(?<!\p{L})(?:según|de acuerdo con|(?:dijo|declaró|explicó|aseguró|afirmó) a|citad[oa] por)[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:secondo|(?:ha )?(?:detto|dichiarato|spiegato|riferito) a|citat[oa] da)[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:segundo|de acordo com|(?:disse|afirmou|declarou|explicou) (?:à|ao)|citad[oa] pel[oa])[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:volgens|(?:zei|vertelde) tegen)[ \u00a0]+$/iu,
};

/**
 * A published piece named by its maker: "a Corvane report", "an Ardley poll"
 * in English, where the maker comes first; "un sondage Ifrel", "un sondaggio
 * Demor", "una encuesta Cadmar" in Romance languages, where it follows the
 * noun with no preposition.
 */
export const REPORT_MAKER_AFTER: Record<string, RegExp> = {
  en: /^[ \u00a0]+(?:report|survey|poll|investigation|analysis|study|editorial|documentary|podcast|newsletter)(?!\p{L})/iu,
};
/** The Romance languages' words for a published piece, right before its maker's name. */
export const REPORT_MAKER_BEFORE: Record<string, RegExp> = {
  fr: /(?<!\p{L})(?:un|une|le|la|du|au|dernier|dernière|nouveau|nouvelle) (?:sondage|rapport|enquête|baromètre|étude)[ \u00a0]+$/iu,
  es: /(?<!\p{L})(?:un|una|el|la|del|al|último|última|nuevo|nueva) (?:sondeo|encuesta|informe|barómetro|estudio)[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:un|uno|una|il|lo|la|del|dello|della|ultimo|ultima|nuovo|nuova) (?:sondaggio|rapporto|indagine|studio|rilevazione)[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:um|uma|o|a|do|da|no|na|último|última|nova|novo) (?:sondagem|pesquisa|relatório|inquérito|estudo|levantamento)[ \u00a0]+$/iu,
};

/**
 * Members of a party or a movement before its name, which has no head word:
 * "lawmakers of Avanza", "les députés de Renouveau", "los diputados de
 * Avanza Patria", "i deputati di Azione". Not "from" ("senators from Ohio"),
 * nor a town's councillors, nor "the" ("members of the Kessler family"), nor
 * German, whose nouns after "der" are capitalized too.
 */
export const MEMBERS_OF_BEFORE: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:lawmakers|legislators|deputies|MPs|members|militants|activists|supporters|co-founders?) of[ \u00a0]+$/iu,
  fr: /(?<!\p{L})(?:députés|militants|sympathisants|membres|sénateurs|cadres) (?:de la|du|de|d['’])[ \u00a0]*$/iu,
  es: /(?<!\p{L})(?:diputados|senadores|militantes|simpatizantes|miembros|dirigentes|integrantes|cabecillas|sicarios) (?:de la|del|de)[ \u00a0]+$/iu,
  it: /(?<!\p{L})(?:deputati|senatori|militanti|iscritti|esponenti|parlamentari|dirigenti) (?:della|dello|del|di)[ \u00a0]+$/iu,
  pt: /(?<!\p{L})(?:deputados|senadores|militantes|filiados|membros|dirigentes) (?:do|da|de)[ \u00a0]+$/iu,
  nl: /(?<!\p{L})(?:Kamerleden|leden|aanhangers|fractieleden) van(?: de| het)?[ \u00a0]+$/iu,
};

/** Portfolios written before a title: "Business Secretary", "Health Secretary", "Foreign Minister". */
export const PORTFOLIOS: readonly string[] = [
  'business', 'health', 'home', 'foreign', 'defence', 'defense', 'culture', 'education', 'energy', 'transport', 'treasury', 'justice',
  'environment', 'trade', 'interior', 'finance', 'economy', 'labour', 'labor', 'housing', 'science', 'agriculture', 'security', 'development',
  'transportation',
  // Turkish, before "Bakanı": "Ekonomi Bakanı", "Dışişleri Bakanı".
  'ekonomi', 'dışişleri', 'içişleri', 'maliye', 'hazine', 'savunma', 'adalet', 'enerji', 'ticaret', 'sağlık', 'tarım', 'ulaştırma', 'eğitim', 'kültür',
  'turizm', 'çalışma', 'sanayi',
];

/** Words that end a portfolio between a title and a name, which no person is called: "Minister for Foreign Affairs", "Secretary for Communications". */
export const PORTFOLIO_NOUNS: readonly string[] = [
  'affairs', 'digital', 'communications', 'communities', 'relations', 'industry', 'innovation', 'infrastructure', 'sport', 'sports', 'tourism', 'fisheries',
  'transformation', 'cooperation', 'planning', 'resources', 'works', 'services', 'policy', 'administration', 'integration', 'climate', 'veterans',
  'youth', 'equality', 'heritage', 'media', 'technology', 'research', 'mines', 'water', 'welfare', 'pensions', 'employment', 'regions', 'territories',
];

/** Platforms whose names are mostly page furniture ("Share on Twitter"): a name only in a sentence. */
export const PLATFORMS: readonly string[] = ['twitter', 'x', 'facebook', 'youtube', 'instagram', 'whatsapp', 'telegram', 'linkedin', 'tiktok', 'reddit', 'threads', 'bluesky', 'mastodon'];

/** All-capital words that are not organizations. */
export const NOT_ACRONYMS: readonly string[] = [
  // "TLP" is the handling marking (TLP:GREEN) analysts' material carries, not a body.
  'tlp',
  'tv', 'ok', 'am', 'pm', 'ceo', 'cfo', 'gdp', 'ai', 'pdf', 'faq', 'usd', 'eur', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'covid', 'dna', 'id',
  // Common nouns written as abbreviations: an NGO ("L'ONG", "la ONG"), a chief executive ("le PDG"), GDP, VAT, small firms, liquefied gas.
  'ong', 'ngo', 'pdg', 'pib', 'tva', 'pme', 'lng', 'gnl'];

/**
 * Organizations news names most, by common forms in several languages; each
 * line is one organization: its name, then other forms.
 */
export const KNOWN_ORGANIZATIONS: readonly (readonly string[])[] = [
  ['Kremlin', 'Kreml'],
  ['White House', 'Maison-Blanche', 'Weißes Haus', 'Casa Blanca', 'Beyaz Saray'],
  ['Pentagon', 'Pentágono'],
  ['Élysée', 'Elysee'],
  ["Quai d'Orsay"],
  ['Palazzo Chigi'],
  ['Quirinale'],
  ['Farnesina'],
  ['Viminale'],
  ['Bundeskanzleramt', 'Kanzleramt'],
  ['Matignon'],
  ['Downing Street'],
  ['La Moncloa', 'Moncloa'],
  ['Médecins Sans Frontières', 'Doctors Without Borders', 'Ärzte ohne Grenzen', 'Médicos Sin Fronteras', 'Sınır Tanımayan Doktorlar'],
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['Deutsche Presse-Agentur', 'dpa'],
  ['EFE'],
  ['Anadolu Ajansı', 'Anadolu Agency'],
  ['TASS'],
  ['RIA Novosti'],
  ['Interfax'],
  ['Xinhua'],
  ['Bloomberg'],
  ['BBC', 'BBC News'],
  ['CNN'],
  ['Al Jazeera'],
  ['Financial Times'],
  ['New York Times'],
  ['Washington Post'],
  ['Wall Street Journal'],
  ['Le Monde'],
  ['Le Figaro'],
  ['El País'],
  ['El Mundo'],
  ['Der Spiegel'],
  ['Hürriyet'],
  ['Radio France Internationale', 'RFI'],
  ['Hayat Tahrir al-Sham', 'HTS', 'Hayat Tahrir al-Cham', 'Heyet Tahrir el-Şam'],
  ['Hamas'],
  ['Hezbollah', 'Hizbullah', 'Hisbollah'],
  ['Houthis'],
  ['Taliban'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Daech', 'IŞİD', 'Estado Islâmico', 'Estado Islámico', 'État islamique', 'Islamischer Staat', 'Stato Islamico', 'Państwo Islamskie', 'Islamitische Staat', 'Исламское государство', 'ИГИЛ'],
  ['PKK'],
  ['Wagner Group', 'Wagner'],
  ['Bundeswehr'],
  ['Bundestag'],
  ['Bundesrat'],
  ['Duma'],
  ['NATO', 'OTAN', 'North Atlantic Treaty Organization'],
  ['United Nations', 'UN', 'Nations unies', 'Organisation des Nations unies', 'ONU', 'Vereinte Nationen', 'Vereinten Nationen', 'Naciones Unidas', 'Birleşmiş Milletler', 'BM'],
  ['European Union', 'EU', 'Union européenne', 'UE', 'Europäische Union', 'Europäischen Union', 'Unión Europea', 'Avrupa Birliği', 'AB'],
  ['European Commission', 'Commission européenne', 'Europäische Kommission', 'Comisión Europea', 'Avrupa Komisyonu'],
  ['European Central Bank', 'ECB', 'Banque centrale européenne', 'BCE', 'Europäische Zentralbank', 'EZB', 'Banco Central Europeo'],
  ['African Union', 'Union africaine', 'Afrikanische Union', 'Unión Africana', 'Afrika Birliği'],
  ['International Monetary Fund', 'IMF', 'FMI', 'IWF', 'Fonds monétaire international', 'Fondo Monetario Internacional', 'Uluslararası Para Fonu'],
  ['World Bank', 'Banque mondiale', 'Weltbank', 'Banco Mundial', 'Dünya Bankası'],
  ['World Health Organization', 'WHO', 'OMS', 'Organisation mondiale de la santé', 'Weltgesundheitsorganisation', 'Dünya Sağlık Örgütü'],
  ['Organization for Security and Co-operation in Europe', 'OSCE', 'OSZE', 'AGİT'],
  ['Red Crescent', 'Kızılay', 'Türk Kızılay'],
  ['Red Cross', 'Croix-Rouge', 'Rotes Kreuz', 'Cruz Roja'],
  ['House of Commons', 'Chambre des communes', 'Unterhaus', 'Cámara de los Comunes'],
  ['House of Lords'],
  ['House of Representatives'],
  ['National Health Service', 'NHS'],
  ['NHS England'],
  ['Amnesty International', 'Amnistía Internacional', 'Amnistia Internacional', 'Uluslararası Af Örgütü'],
  ['Human Rights Watch'],
  ['Greenpeace'],
  ['Frontex'],
  ['Interpol', 'Интерпол'],
  ['Europol'],
  ['Federal Reserve', 'Réserve fédérale', 'Reserva Federal'],
  ['Bundesbank'],
  ['Banque de France'],
  ['Bank of England'],
  ['Eurostat'],
  ['FIFA'],
  ['UEFA'],
  ['World Athletics'],
  ['Gazprom', 'Газпром', 'Gazpromu'],
  ['Rosatom', 'Росатом'],
  ['Rosneft', 'Роснефть'],
  ['Lukoil', 'Лукойл'],
  ['Novatek', 'Новатэк'],
  ['Roskosmos', 'Роскосмос'],
  ['Sberbank', 'Сбербанк'],
  ['МЧС'],
  ['МИД'],
  ['ФСБ', 'FSB'],
  ['Интерфакс'],
  ['ТАСС'],
  ['РИА Новости'],
  ['Кремль'],
  ['Госдума', 'Государственная дума'],
  ['Евросоюз'],
  ['НАТО'],
  ['ООН'],
  ['Saudi Aramco', 'Aramco'],
  ['Orlen', 'PKN Orlen'],
  ['PAP', 'Polska Agencja Prasowa'],
  ['ANP'],
  ['ANSA'],
  ['Lusa'],
  ['Europa Press'],
  ['Crédit Agricole', 'Crédit agricole'],
  ['BNP Paribas'],
  ['Société Générale', 'Société générale'],
  ['Deutsche Bank'],
  ['Commerzbank'],
  ['UniCredit'],
  ['Intesa Sanpaolo'],
  ['Santander', 'Banco Santander'],
  ['BBVA'],
  ['HSBC'],
  ['Barclays'],
  ['UBS'],
  ['Shell'],
  ['BP'],
  ['TotalEnergies'],
  ['ExxonMobil'],
  ['Chevron'],
  ['Equinor'],
  ['Eni'],
  ['Siemens'],
  ['Bosch'],
  ['Volkswagen'],
  ['BMW'],
  ['Airbus'],
  ['Boeing'],
  ['Maersk'],
  ['Samsung'],
  ['Huawei'],
  ['Nvidia'],
  ['TSMC'],
  ['Apple'],
  ['Microsoft'],
  ['Google'],
  ['Tesla'],
  ['Juventus'],
  ['Real Madrid'],
  ['FC Barcelona', 'Barça'],
  ['Bayern München', 'Bayern Munich', 'FC Bayern'],
];

/** Places news names most, in their forms in several languages (English form first). */
export const KNOWN_PLACES: readonly (readonly string[])[] = [
  ['Russia', 'Russie', 'Russland', 'Rusia', 'Rusya'],
  ['Turkey', 'Türkiye', 'Turquie', 'Türkei', 'Turquía'],
  ['Syria', 'Syrie', 'Syrien', 'Siria', 'Suriye'],
  ['Ukraine', 'Ucrania', 'Ukrayna'],
  ['Germany', 'Allemagne', 'Deutschland', 'Alemania', 'Almanya'],
  ['France', 'Frankreich', 'Francia', 'Fransa'],
  ['United Kingdom', 'Britain', 'Royaume-Uni', 'Großbritannien', 'Reino Unido', 'Birleşik Krallık', 'İngiltere'],
  ['United States', 'États-Unis', 'Vereinigte Staaten', 'USA', 'Estados Unidos', 'ABD', 'Amerika'],
  ['China', 'Chine', 'Çin'],
  ['Japan', 'Japon', 'Japón', 'Japonya'],
  ['Iran', 'İran', 'Irán'],
  ['Iraq', 'Irak'],
  ['Israel', 'Israël', 'İsrail'],
  ['Lebanon', 'Liban', 'Libanon', 'Líbano', 'Lübnan'],
  ['Egypt', 'Égypte', 'Ägypten', 'Egipto', 'Mısır'],
  ['Saudi Arabia', 'Arabie saoudite', 'Saudi-Arabien', 'Arabia Saudí', 'Suudi Arabistan'],
  ['Poland', 'Pologne', 'Polen', 'Polonia', 'Polonya'],
  ['Lithuania', 'Lituanie', 'Litauen', 'Lituania', 'Litvanya'],
  ['Latvia', 'Lettonie', 'Lettland', 'Letonia', 'Letonya'],
  ['Estonia', 'Estonie', 'Estland', 'Estonya'],
  ['Finland', 'Finlande', 'Finnland', 'Finlandia', 'Finlandiya'],
  ['Sweden', 'Suède', 'Schweden', 'Suecia', 'İsveç'],
  ['Norway', 'Norvège', 'Norwegen', 'Noruega', 'Norveç'],
  ['Denmark', 'Danemark', 'Dänemark', 'Dinamarca', 'Danimarka'],
  ['Netherlands', 'Pays-Bas', 'Niederlande', 'Países Bajos', 'Hollanda'],
  ['Belgium', 'Belgique', 'Belgien', 'Bélgica', 'Belçika'],
  ['Switzerland', 'Suisse', 'Schweiz', 'Suiza', 'İsviçre'],
  ['Austria', 'Autriche', 'Österreich', 'Avusturya'],
  ['Italy', 'Italie', 'Italien', 'Italia', 'İtalya'],
  ['Spain', 'Espagne', 'Spanien', 'España', 'İspanya'],
  ['Greece', 'Grèce', 'Griechenland', 'Grecia', 'Yunanistan'],
  ['Cyprus', 'Chypre', 'Zypern', 'Chipre', 'Kıbrıs'],
  ['Georgia', 'Géorgie', 'Georgien', 'Gürcistan'],
  ['Armenia', 'Arménie', 'Armenien', 'Ermenistan'],
  ['Azerbaijan', 'Azerbaïdjan', 'Aserbaidschan', 'Azerbaiyán', 'Azerbaycan'],
  ['Belarus', 'Biélorussie', 'Weißrussland', 'Bielorrusia', 'Belarus'],
  ['Moldova', 'Moldavie', 'Moldau', 'Moldavia'],
  ['Romania', 'Roumanie', 'Rumänien', 'Rumanía', 'Romanya'],
  ['Hungary', 'Hongrie', 'Ungarn', 'Hungría', 'Macaristan'],
  ['Serbia', 'Serbie', 'Serbien', 'Sırbistan'],
  ['Bulgaria', 'Bulgarie', 'Bulgarien', 'Bulgaristan'],
  ['Libya', 'Libye', 'Libyen', 'Libia', 'Libya'],
  ['Algeria', 'Algérie', 'Algerien', 'Argelia', 'Cezayir'],
  ['Morocco', 'Maroc', 'Marokko', 'Marruecos', 'Fas'],
  ['Tunisia', 'Tunisie', 'Tunesien', 'Túnez', 'Tunus'],
  ['Mali'],
  ['Niger', 'Nijer'],
  ['Senegal', 'Sénégal'],
  ['Afghanistan', 'Afganistán', 'Afganistan'],
  ['Pakistan', 'Pakistán'],
  ['India', 'Inde', 'Indien', 'Hindistan'],
  ['Brazil', 'Brésil', 'Brasilien', 'Brasil', 'Brezilya'],
  ['Argentina', 'Argentine', 'Argentinien', 'Arjantin'],
  ['Mexico', 'Mexique', 'Mexiko', 'México', 'Meksika'],
  ['Venezuela'],
  ['Colombia', 'Colombie', 'Kolumbien', 'Kolombiya'],
  ['Canada', 'Kanada', 'Canadá'],
  ['Europe', 'Europa', 'Avrupa'],
  ['Africa', 'Afrique', 'Afrika', 'África'],
  ['Middle East', 'Moyen-Orient', 'Nahost', 'Nahe Osten', 'Oriente Medio', 'Orta Doğu', 'Ortadoğu'],
  ['Black Sea', 'mer Noire', 'Schwarzes Meer', 'Schwarzen Meer', 'mar Negro', 'Karadeniz'],
  ['Red Sea', 'mer Rouge', 'Rotes Meer', 'Roten Meer', 'mar Rojo', 'Kızıldeniz'],
  ['Gaza', 'Gazze', 'غزة'],
  ['West Bank', 'Cisjordanie', 'Westjordanland', 'Cisjordania', 'Batı Şeria'],
  ['Crimea', 'Crimée', 'Krim', 'Kırım'],
  ['Donbas', 'Donbass'],
  ['Idlib', 'İdlib', 'إدلب'],
  ['Aleppo', 'Alep', 'Halep', 'Alepo', 'حلب'],
  ['Damascus', 'Damas', 'Damaskus', 'Damasco', 'Şam', 'دمشق'],
  ['Moscow', 'Moscou', 'Moskau', 'Moscú', 'Moskova', 'Москва', 'Moskwa', 'Mosca', 'موسكو'],
  ['Sochi', 'Sotchi', 'Sotschi', 'Soçi'],
  ['Saint Petersburg', 'Saint-Pétersbourg', 'Sankt Petersburg', 'San Petersburgo', 'St. Petersburg', 'St Petersburg', 'Санкт-Петербург'],
  ['Kyiv', 'Kiev', 'Kiew', 'Киев', 'Kijów', 'Київ', 'كييف'],
  ['Odesa', 'Odessa', 'Одеса', 'Одесса'],
  ['Kharkiv', 'Kharkov', 'Charkiw', 'Harkov', 'Харків', 'Харьков'],
  ['Ankara', 'Анкара', 'أنقرة'],
  ['Istanbul', 'İstanbul', 'Estambul', 'Стамбул', 'Stambuł', 'إسطنبول'],
  ['Izmir', 'İzmir', 'Esmirna'],
  ['Beijing', 'Pékin', 'Peking', 'Pekín', 'Pekin', 'Пекин', 'بكين'],
  ['Brussels', 'Bruxelles', 'Brüssel', 'Bruselas', 'Brüksel', 'Брюссель', 'Bruksela', 'Brussel'],
  ['Warsaw', 'Varsovie', 'Warschau', 'Varsovia', 'Varşova', 'Warszawa', 'Варшава'],
  ['Vienna', 'Vienne', 'Wien', 'Viena', 'Viyana', 'Вена', 'Wiedeń', 'Wenen'],
  ['Geneva', 'Genève', 'Genf', 'Ginebra', 'Cenevre'],
  ['London', 'Londres', 'Londra', 'Лондон', 'Londyn', 'Londen', 'لندن'],
  ['Rome', 'Rom', 'Roma'],
  ['Athens', 'Athènes', 'Athen', 'Atenas', 'Atina'],
  ['Munich', 'München', 'Múnich', 'Münih'],
  ['Frankfurt', 'Francfort', 'Fráncfort'],
  ['Cologne', 'Köln', 'Colonia'],
  ['Hamburg', 'Hambourg', 'Hamburgo'],
  ['Berlin', 'Berlín', 'Берлин', 'Berlijn', 'برلين'],
  ['Paris', 'París', 'Париж', 'Paryż', 'Parijs', 'Parigi', 'باريس'],
  ['Strasbourg', 'Straßburg', 'Estrasburgo'],
  ['Tokyo', 'Tokio'],
  ['Baku', 'Bakou', 'Bakú', 'Bakü'],
  ['Tbilisi', 'Tiflis'],
  ['Yerevan', 'Erevan', 'Eriwan', 'Ereván', 'Erivan'],
  ['Minsk', 'Минск', 'Mińsk'],
  ['Tehran', 'Téhéran', 'Teheran', 'Teherán', 'Tahran', 'Тегеран', 'طهران'],
  ['Baghdad', 'Bagdad', 'بغداد'],
  ['Beirut', 'Beyrouth', 'Beirut', 'Beirut', 'Beyrut', 'بيروت'],
  ['Cairo', 'Le Caire', 'Kairo', 'El Cairo', 'Kahire', 'القاهرة'],
  ['Jerusalem', 'Jérusalem', 'Jerusalén', 'Kudüs', 'القدس'],
  ['Washington', 'Washington D.C.', 'Вашингтон', 'Waszyngton', 'واشنطن'],
  ['New York', 'Nueva York'],
  ['Caracas'],
  ['Bogotá', 'Bogota'],
  ['Buenos Aires'],
  ['Madrid'],
  ['Vilnius', 'Vilna', 'Вильнюс', 'Wilno'],
  ['Riga'],
  ['Tallinn'],
  ['Helsinki'],
  ['Stockholm', 'Estocolmo'],
  ['Tashkent', 'Tachkent', 'Taschkent', 'Taskent', 'Ташкент', 'Taszkent'],
  ['Astana', 'Астана'],
  ['Almaty', 'Алматы', 'Ałmaty'],
  ['Bishkek', 'Бишкек', 'Biszkek'],
  ['Dushanbe', 'Душанбе', 'Duszanbe'],
  ['Ashgabat', 'Ашхабад', 'Aszchabad'],
  ['Novosibirsk', 'Новосибирск', 'Nowosybirsk'],
  ['Yekaterinburg', 'Екатеринбург', 'Jekaterynburg'],
  ['Kazan', 'Казань'],
  ['Vladivostok', 'Владивосток', 'Władywostok'],
  ['Kaliningrad', 'Калининград'],
  ['Gdańsk', 'Gdansk', 'Danzig'],
  ['Kraków', 'Krakow', 'Cracow', 'Cracovie', 'Krakau', 'Cracovia'],
  ['Wrocław', 'Wroclaw', 'Breslau'],
  ['Poznań', 'Poznan', 'Posen'],
  ['Łódź', 'Lodz'],
  ['Szczecin', 'Stettin'],
  ['Lublin'],
  ['Katowice', 'Kattowitz'],
  ['Amsterdam'],
  ['Rotterdam'],
  ['The Hague', 'Den Haag', 'La Haye', 'Den Haag', 'La Haya', 'Lahey', 'Гаага', 'Haga'],
  ['Milan', 'Milano', 'Mailand', 'Milán'],
  ['Naples', 'Naples', 'Neapel', 'Nápoles', 'Napoli'],
  ['Lisbon', 'Lisboa', 'Lisbonne', 'Lissabon', 'Lizbona'],
  ['Kahramanmaraş', 'Kahramanmaras'],
  ['Hatay'],
  ['Gaziantep'],
  ['Adana'],
  ['Diyarbakır', 'Diyarbakir'],
];
