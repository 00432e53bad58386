/**
 * Sentence stops of every script: the cleaner tells a story paragraph from a menu item, a headline, a caption or a label
 * largely by whether the line ends like a sentence, and a sentence ends in a different mark in different scripts: the
 * danda "।" of Hindi, Bengali and the other Devanagari and Bengali-script languages, the Urdu full stop "۔", the Ethiopic
 * "።" of Amharic and Tigrinya, the Armenian "։", the Burmese "။" and the Tibetan shad "།", besides the Latin, Arabic
 * and CJK marks. A page copy in any of these scripts comes out with its headline and exactly its story paragraphs; its
 * menu, caption, related links and footer stay out; a script's comma ("၊", "፣", "،") does not end a sentence; and the
 * language of a script that only one language writes here is named. All pages are invented.
 */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../shared/textdump/lang.ts';
import { endsSentence } from '../../../shared/textdump/pieces.ts';
import { cleanLines } from '../../helpers/textdump.ts';

interface Page {
  /** The language the page is written in, as the cleaner should name it. */
  lang: string;
  /** Site name and menu items, above the headline. */
  menu: string[];
  headline: string;
  /** A byline line and a date line, under the headline. */
  meta: string[];
  story: string[];
  /** The caption of the lead photo, between the date line and the story. */
  caption: string;
  /** Related links and the footer, under the story. */
  foot: string[];
}

const PAGES: Readonly<Record<string, Page>> = {
  bengali: {
    lang: 'bn',
    menu: ['নদীতীর সংবাদ', 'প্রচ্ছদ', 'জাতীয়', 'রাজনীতি', 'অর্থনীতি', 'খেলা', 'বিনোদন'],
    headline: 'গ্রামের নতুন গ্রন্থাগারে প্রথম সপ্তাহেই পাঁচশো পাঠক',
    meta: ['নিজস্ব প্রতিবেদক', '১২ মার্চ ২০২৬, ১০:৩০'],
    story: [
      'শান্তিপুর গ্রামের নতুন গ্রন্থাগারটি গত সোমবার সাধারণ মানুষের জন্য খুলে দেওয়া হয়েছে। প্রথম সপ্তাহেই প্রায় পাঁচশো পাঠক সেখানে বই পড়তে এসেছেন।',
      'গ্রন্থাগারের পরিচালক বলেন, স্কুলের ছাত্রছাত্রীরা বিকেলে দল বেঁধে আসছে।',
      'স্থানীয় পরিষদ জানিয়েছে, ভবনটি নির্মাণে প্রায় দুই বছর সময় লেগেছে এবং খরচের বড় অংশ এসেছে গ্রামবাসীর চাঁদা থেকে।',
      'একজন অবসরপ্রাপ্ত শিক্ষক তাঁর সংগ্রহের তিনশো বই দান করেছেন।',
      'আগামী মাসে শিশুদের জন্য গল্প বলার আসর শুরু হবে।',
    ],
    caption: 'গ্রন্থাগারের পাঠকক্ষে বই পড়ছে শিশুরা',
    foot: ['আরও পড়ুন', 'জেলার স্কুলে নতুন কম্পিউটার ল্যাব চালু', 'বইমেলায় রেকর্ড বিক্রি', 'আমাদের সম্পর্কে', 'যোগাযোগ', '© ২০২৬ নদীতীর সংবাদ'],
  },
  hindi: {
    lang: 'hi',
    menu: ['नगर समाचार', 'होम', 'देश', 'राज्य', 'खेल', 'मनोरंजन', 'व्यापार'],
    headline: 'नदी किनारे बना नया पुल यातायात के लिए खुला',
    meta: ['संवाददाता, रामपुर', '12 मार्च 2026, 10:30'],
    story: [
      'रामपुर ज़िले में नदी के ऊपर बना नया पुल सोमवार सुबह आम लोगों के लिए खोल दिया गया। इससे दोनों किनारों के गाँवों के बीच की दूरी घट गई है।',
      'ज़िला प्रशासन के अनुसार पुल के निर्माण में करीब तीन साल लगे।',
      'स्थानीय किसानों का कहना है कि अब वे अपनी फसल कम समय में मंडी तक पहुँचा सकेंगे। पहले उन्हें नाव का सहारा लेना पड़ता था।',
      'बरसात के मौसम में नाव से नदी पार करना खतरनाक होता था।',
      'अधिकारियों ने बताया कि रात में रोशनी की व्यवस्था अगले महीने तक पूरी हो जाएगी॥',
    ],
    caption: 'नए पुल से गुज़रते वाहन',
    foot: ['यह भी पढ़ें', 'ज़िले में नई बस सेवा शुरू', 'बाढ़ से बचाव की तैयारियाँ तेज़', 'हमारे बारे में', 'संपर्क करें', '© 2026 नगर समाचार'],
  },
  urdu: {
    lang: 'ur',
    menu: ['شہر کی خبریں', 'صفحہ اول', 'پاکستان', 'دنیا', 'کھیل', 'کاروبار'],
    headline: 'شہر کے پرانے بازار میں نئی روشنیاں نصب',
    meta: ['نمائندہ خصوصی', '12 مارچ 2026'],
    story: [
      'شہر کے پرانے بازار میں بلدیہ نے پیر کی رات سو سے زیادہ نئی روشنیاں نصب کر دیں۔ دکانداروں کا کہنا ہے کہ اب شام کے بعد بھی گاہک آ سکیں گے۔',
      'بلدیہ کے ایک افسر نے بتایا کہ یہ منصوبہ تین مہینے میں مکمل ہوا۔',
      'ایک پرانے کپڑا فروش نے کہا کہ پچھلے سال اندھیرے کی وجہ سے کئی دکانیں جلد بند ہو جاتی تھیں۔',
      'شہریوں نے مطالبہ کیا ہے کہ بازار کی ٹوٹی ہوئی سڑک کی مرمت بھی جلد کی جائے۔',
      'اگلے مرحلے میں قریبی گلیوں میں بھی روشنیاں لگائی جائیں گی۔',
    ],
    caption: 'بازار میں نصب نئی روشنیاں',
    foot: ['مزید پڑھیں', 'شہر میں پانی کی فراہمی کا نیا منصوبہ', 'ٹریفک کے نئے قوانین نافذ', 'ہمارے بارے میں', 'رابطہ', '© 2026 شہر کی خبریں'],
  },
  amharic: {
    lang: 'am',
    menu: ['የከተማ ዜና', 'መነሻ', 'ዜና', 'ፖለቲካ', 'ኢኮኖሚ', 'ስፖርት', 'መዝናኛ'],
    headline: 'በከተማዋ አዲስ የሕዝብ ቤተ መጻሕፍት ተከፈተ',
    meta: ['የዜና ክፍል', 'መጋቢት 3, 2018'],
    story: [
      'በከተማዋ መሃል የተገነባው አዲሱ የሕዝብ ቤተ መጻሕፍት ሰኞ ዕለት ለአገልግሎት ክፍት ሆኗል። በመጀመሪያው ሳምንት ከአምስት መቶ በላይ አንባቢዎች ጎብኝተውታል።',
      'የቤተ መጻሕፍቱ ኃላፊ እንደገለጹት፣ ተማሪዎች ከትምህርት በኋላ በቡድን ይመጣሉ።',
      'የከተማው አስተዳደር ሕንፃው በሁለት ዓመት ውስጥ መጠናቀቁን እና ወጪው በከፊል ከነዋሪዎች መዋጮ መሸፈኑን አስታውቋል።',
      'አንድ ጡረተኛ መምህር ሦስት መቶ መጻሕፍትን በስጦታ አበርክተዋል።',
      'በሚቀጥለው ወር ለልጆች የተረት ፕሮግራም ይጀመራል።',
    ],
    caption: 'በንባብ ክፍሉ ውስጥ የሚያነቡ ልጆች',
    foot: ['ተዛማጅ ዜናዎች', 'በክልሉ አዲስ ትምህርት ቤት ተመረቀ', 'የመጻሕፍት አውደ ርዕይ ተጀመረ', 'ስለ እኛ', 'ያግኙን', '© 2026 የከተማ ዜና'],
  },
  armenian: {
    lang: 'hy',
    menu: ['Քաղաքային լուրեր', 'Գլխավոր', 'Քաղաքականություն', 'Տնտեսություն', 'Սպորտ', 'Մշակույթ'],
    headline: 'Գյուղում բացվեց նոր գրադարան',
    meta: ['Թղթակից', '12 մարտի, 2026'],
    story: [
      'Գյուղի նոր գրադարանը երկուշաբթի օրը բացվեց բոլոր բնակիչների համար։ Առաջին շաբաթվա ընթացքում այն այցելել է ավելի քան հինգ հարյուր ընթերցող։',
      'Գրադարանի տնօրենը նշեց, որ դպրոցականները դասերից հետո խմբերով են գալիս։',
      'Համայնքի ղեկավարի խոսքով՝ շենքի կառուցումը տևել է երկու տարի, իսկ ծախսերի մեծ մասը հոգացել են բնակիչները։',
      'Թոշակառու ուսուցիչը գրադարանին է նվիրել երեք հարյուր գիրք։',
      'Հաջորդ ամսից կսկսվեն հեքիաթների ընթերցումներ երեխաների համար։',
    ],
    caption: 'Երեխաները ընթերցասրահում',
    foot: ['Կարդացեք նաև', 'Մարզում նոր դպրոց է կառուցվում', 'Գրքի տոնավաճառը մեկնարկեց', 'Մեր մասին', 'Կապ', '© 2026 Քաղաքային լուրեր'],
  },
  burmese: {
    lang: 'my',
    menu: ['မြို့သတင်း', 'ပင်မစာမျက်နှာ', 'နိုင်ငံရေး', 'စီးပွားရေး', 'အားကစား', 'ဖျော်ဖြေရေး'],
    headline: 'ရွာတွင် စာကြည့်တိုက်အသစ် ဖွင့်လှစ်',
    meta: ['သတင်းထောက်', '၂၀၂၆ မတ်လ ၁၂ ရက်'],
    story: [
      'ရွာ၏ စာကြည့်တိုက်အသစ်ကို တနင်္လာနေ့က ပြည်သူများအတွက် ဖွင့်လှစ်ခဲ့သည်။ ပထမအပတ်အတွင်း စာဖတ်သူ ငါးရာကျော် လာရောက်ခဲ့ကြသည်။',
      'ကျောင်းသားများသည် ကျောင်းဆင်းပြီးနောက် အုပ်စုလိုက် လာရောက်စာဖတ်ကြသည်။',
      'အဆောက်အအုံကို နှစ်နှစ်ကြာ တည်ဆောက်ခဲ့ပြီး ကုန်ကျစရိတ်အများစုကို ရွာသားများက လှူဒါန်းခဲ့ကြသည်။',
      'အငြိမ်းစားဆရာတစ်ဦးက စာအုပ်သုံးရာကို လှူဒါန်းခဲ့သည်။',
      'လာမည့်လတွင် ကလေးများအတွက် ပုံပြင်ပြောပွဲများ စတင်မည်။',
    ],
    caption: 'စာဖတ်နေသော ကလေးများ',
    foot: ['ဆက်စပ်သတင်းများ', 'မြို့နယ်တွင် ကျောင်းသစ် ဖွင့်', 'စာအုပ်ပွဲတော် စတင်', 'ကျွန်ုပ်တို့အကြောင်း', 'ဆက်သွယ်ရန်', '© 2026 မြို့သတင်း'],
  },
};

/** The page as a browser copy gives it: one block per line, blank lines between the story's paragraphs. */
function pageCopy(page: Page): string[] {
  return [...page.menu, '', page.headline, ...page.meta, '', page.caption, '', ...page.story.flatMap((paragraph) => [paragraph, '']), ...page.foot];
}

describe('a page copy in a script with its own full stop', () => {
  it.each(Object.entries(PAGES))('%s: keeps the headline and exactly the story paragraphs', (_, page) => {
    const article = cleanLines(pageCopy(page));
    expect(article.title).toBe(page.headline);
    expect(article.blocks.map((block) => block.text)).toEqual(page.story);
  });

  it.each(Object.entries(PAGES))('%s: names the language', (_, page) => {
    expect(guessLanguage(pageCopy(page).join('\n')).lang).toBe(page.lang);
  });
});

describe('the language of a script that one language writes', () => {
  const SCRIPTS: ReadonlyArray<[string, string]> = [
    ['pa', 'ਪਿੰਡ ਵਿੱਚ ਨਵੀਂ ਲਾਇਬ੍ਰੇਰੀ ਖੁੱਲ੍ਹੀ'],
    ['gu', 'ગામમાં નવું પુસ્તકાલય ખુલ્યું'],
    ['ta', 'கிராமத்தில் புதிய நூலகம் திறக்கப்பட்டது'],
    ['te', 'గ్రామంలో కొత్త గ్రంథాలయం ప్రారంభమైంది'],
    ['kn', 'ಗ್ರಾಮದಲ್ಲಿ ಹೊಸ ಗ್ರಂಥಾಲಯ ಆರಂಭ'],
    ['ml', 'ഗ്രാമത്തിൽ പുതിയ ലൈബ്രറി തുറന്നു'],
    ['si', 'ගමේ නව පුස්තකාලයක් විවෘත කෙරේ'],
    ['km', 'បណ្ណាល័យថ្មីបានបើកនៅក្នុងភូមិ'],
    ['lo', 'ຫ້ອງສະໝຸດໃໝ່ເປີດຢູ່ໃນບ້ານ'],
    ['ka', 'სოფელში ახალი ბიბლიოთეკა გაიხსნა'],
  ];
  it.each(SCRIPTS)('%s', (lang, line) => expect(guessLanguage(line).lang).toBe(lang));
});

describe('what ends a sentence', () => {
  const ENDS: ReadonlyArray<[string, string]> = [
    ['Devanagari danda', 'पुल खोल दिया गया।'],
    ['Devanagari double danda', 'यह कथा यहीं समाप्त होती है॥'],
    ['Bengali danda', 'গ্রন্থাগারটি খুলে দেওয়া হয়েছে।'],
    ['Urdu full stop', 'منصوبہ مکمل ہوا۔'],
    ['Ethiopic full stop', 'ቤተ መጻሕፍቱ ተከፈተ።'],
    ['Ethiopic question mark', 'መቼ ይከፈታል፧'],
    ['Armenian full stop', 'Գրադարանը բացվեց։'],
    ['Burmese full stop', 'ဖွင့်လှစ်ခဲ့သည်။'],
    ['Tibetan shad', 'བོད་ཀྱི་གསར་འགྱུར།'],
    ['danda inside a closing quote', 'उन्होंने कहा, "काम पूरा हो गया।"'],
    ['Latin full stop, as before', 'The bridge opened on Monday.'],
    ['Arabic question mark, as before', 'متى يفتح الجسر؟'],
    ['CJK full stop, as before', '新桥周一通车。'],
  ];
  it.each(ENDS)('%s', (_, line) => expect(endsSentence(line)).toBe(true));

  const OPEN: ReadonlyArray<[string, string]> = [
    ['Burmese comma', 'ရွာသားများ၊'],
    ['Ethiopic comma', 'የከተማው አስተዳደር፣'],
    ['Arabic comma', 'قال المسؤول،'],
    ['Armenian comma', 'Համայնքի ղեկավարի խոսքով՝'],
    ['Hindi menu item', 'मनोरंजन'],
    ['Bengali headline', 'গ্রামের নতুন গ্রন্থাগারে পাঁচশো পাঠক'],
  ];
  it.each(OPEN)('not a %s', (_, line) => expect(endsSentence(line)).toBe(false));
});

describe('a menu of short items in these scripts', () => {
  it.each(Object.entries(PAGES))('%s: stays out when it stands between the headline and the story', (_, page) => {
    const [site, ...items] = page.menu;
    const article = cleanLines([site!, '', page.headline, ...page.meta, '', ...items, '', ...page.story.flatMap((paragraph) => [paragraph, '']), ...page.foot]);
    expect(article.title).toBe(page.headline);
    expect(article.blocks.map((block) => block.text)).toEqual(page.story);
  });
});
