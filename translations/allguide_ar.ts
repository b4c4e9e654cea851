<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="29"/>
        <location filename="../allguide/ui/about_dialog.py" line="34"/>
        <source>About AllGuide</source>
        <translation>حول AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="39"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="49"/>
        <source>AllGuide %1</source>
        <translation>AllGuide %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="50"/>
        <location filename="../allguide/ui/about_dialog.py" line="71"/>
        <source>Licence: %1</source>
        <translation>الترخيص: %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="55"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>تعذّرت قراءة تاريخ المحتوى.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="59"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation>آخر تحديث للمحتوى في %1، عن صفحة «%3» من %2.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="65"/>
        <source>Third-party components:</source>
        <translation>مكوّنات من أطراف أخرى:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="72"/>
        <source>Source code: %1</source>
        <translation>الشيفرة المصدرية: %1</translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="29"/>
        <source>Jump to a letter</source>
        <translation>الانتقال إلى حرف</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="39"/>
        <source>Side effects starting with %1</source>
        <translation>الآثار الجانبية التي تبدأ بحرف %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../allguide/ui/kiosk/attract.py" line="37"/>
        <location filename="../allguide/ui/kiosk/attract.py" line="38"/>
        <source>Touch to start</source>
        <translation>المس الشاشة للبدء</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/attract.py" line="40"/>
        <source>AllGuide explains the treatment of ALL in plain words.</source>
        <translation>يشرح AllGuide بكلمات بسيطة علاج سرطان الدم الليمفاوي الحاد (ALL).</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="37"/>
        <location filename="../allguide/ui/kiosk/countdown.py" line="38"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="42"/>
        <source>Seconds until AllGuide starts again for the next visitor:</source>
        <translation>الثواني الباقية حتى يبدأ AllGuide من جديد للزائر التالي:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="47"/>
        <source>Seconds left</source>
        <translation>الثواني الباقية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="48"/>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>CrashNote</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="38"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="39"/>
        <source>Something went wrong, but AllGuide is still working.</source>
        <translation>حدث خطأ ما، لكن AllGuide لا يزال يعمل.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="46"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="69"/>
        <source>You can go on reading. This message closes by itself.</source>
        <translation>يمكنك متابعة القراءة. ستُغلق هذه الرسالة من تلقاء نفسها.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="72"/>
        <source>You can go on reading. If it keeps happening, close AllGuide and open it again.</source>
        <translation>يمكنك متابعة القراءة. إذا تكرر ذلك، فأغلق AllGuide ثم افتحه من جديد.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="76"/>
        <source>You can go on reading. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation>يمكنك متابعة القراءة. سُجِّل ما حدث في %1 ليطّلع عليه المسؤول عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <location filename="../allguide/ui/banner.py" line="26"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation>هذه معلومات وليست نصيحة طبية: اسأل فريق الرعاية الخاص بك.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="43"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>تعذّرت قراءة تاريخ المحتوى.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="45"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation>آخر تحديث للمحتوى في %1، عن صفحة «%3» من %2.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="51"/>
        <source>This is a translation of the English version of %1.</source>
        <translation>هذه ترجمة للنسخة الإنجليزية الصادرة في %1.</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="106"/>
        <location filename="../allguide/ui/zoom/control.py" line="108"/>
        <source>Text size and colours</source>
        <translation>حجم النص والألوان</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="109"/>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="30"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="32"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalLinkBar</name>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="55"/>
        <source>AllGuide does not open websites. To visit this page, copy the address:</source>
        <translation>لا يفتح AllGuide المواقع الإلكترونية. لزيارة هذه الصفحة، انسخ العنوان:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="60"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="84"/>
        <source>Web address</source>
        <translation>عنوان الموقع</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="62"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="108"/>
        <source>Copy address</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="43"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="75"/>
        <source>AllGuide does not open websites. To read this page on your phone, point your phone&apos;s camera at this code.</source>
        <translation>لا يفتح AllGuide المواقع الإلكترونية. لقراءة هذه الصفحة على هاتفك، وجّه كاميرا هاتفك نحو هذا الرمز.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="116"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../allguide/ui/home/page.py" line="63"/>
        <source>Welcome to AllGuide</source>
        <translation>مرحبًا بك في AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="72"/>
        <source>AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain words. It is for people with ALL and for their families and friends. It works without the internet.</source>
        <translation>يشرح AllGuide بكلمات بسيطة علاج سرطان الدم الليمفاوي الحاد (ALL). وهو موجَّه إلى المصابين به وإلى عائلاتهم وأصدقائهم. ويعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="90"/>
        <source>Look something up:</source>
        <translation>ابحث عن معلومة:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="95"/>
        <source>Side effects A–Z</source>
        <translation>الآثار الجانبية أ–ي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="96"/>
        <source>Every side effect, in everyday words. Filter by treatment.</source>
        <translation>كل الآثار الجانبية بكلمات يومية. يمكنك تصفيتها حسب العلاج.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="100"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="101"/>
        <source>The phases of treatment and how long each may last.</source>
        <translation>مراحل العلاج والمدة التي قد تستغرقها كل مرحلة.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="105"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="106"/>
        <source>Type a word, a medicine from the pharmacy label, or a side effect.</source>
        <translation>اكتب كلمة، أو اسم دواء كما هو على ملصق الصيدلية، أو أثرًا جانبيًا.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="117"/>
        <source>Or choose a topic:</source>
        <translation>أو اختر موضوعًا:</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../allguide/ui/language/chooser.py" line="35"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../allguide/ui/language/chooser.py" line="70"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../allguide/ui/wording.py" line="51"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="117"/>
        <location filename="../allguide/ui/mainwindow.py" line="546"/>
        <source>AllGuide</source>
        <translation>AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="333"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="335"/>
        <source>Forward</source>
        <translation>تقدُّم</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="339"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="343"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="344"/>
        <source>&amp;Forward</source>
        <translation>&amp;تقدُّم</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="345"/>
        <source>&amp;Home</source>
        <translation>الرئي&amp;سية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="348"/>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="355"/>
        <location filename="../allguide/ui/mainwindow.py" line="538"/>
        <source>Side effects A–Z</source>
        <translation>الآثار الجانبية أ–ي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="356"/>
        <source>&amp;Side effects A–Z</source>
        <translation>الآثار ال&amp;جانبية أ–ي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="358"/>
        <location filename="../allguide/ui/mainwindow.py" line="540"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="359"/>
        <source>&amp;Timeline</source>
        <translation>ال&amp;خط الزمني</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="381"/>
        <location filename="../allguide/ui/mainwindow.py" line="536"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="386"/>
        <source>About AllGuide</source>
        <translation>حول AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="392"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="546"/>
        <source>%1 – AllGuide</source>
        <translation>%1 – AllGuide</translation>
    </message>
</context>
<context>
    <name>MyDatesPanel</name>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="48"/>
        <source>My dates</source>
        <translation>تواريخي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="56"/>
        <source>Enter the day treatment started to see roughly when each phase may fall.</source>
        <translation>أدخل اليوم الذي بدأ فيه العلاج لترى على وجه التقريب متى قد تكون كل مرحلة.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="65"/>
        <source>Start date of treatment</source>
        <translation>تاريخ بدء العلاج</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="66"/>
        <source>Show my dates</source>
        <translation>عرض تواريخي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="68"/>
        <source>Remember this date on this computer</source>
        <translation>حفظ هذا التاريخ على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="70"/>
        <source>Forget my date</source>
        <translation>حذف تاريخي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="105"/>
        <source>The saved start date could not be read, so it was forgotten.</source>
        <translation>تعذّرت قراءة تاريخ البدء المحفوظ، لذا حُذف.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="172"/>
        <source>may start on %1</source>
        <translation>قد تبدأ في %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="180"/>
        <source>may go on until as late as %1</source>
        <translation>قد تستمر حتى %1 على أبعد تقدير</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="182"/>
        <source>may end on %1</source>
        <translation>قد تنتهي في %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="189"/>
        <source>%1: %2; %3.</source>
        <translation>%1: %2؛ %3.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="175"/>
        <source>may start between %1 and %2</source>
        <translation>قد تبدأ بين %1 و%2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="159"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation>لا تعتمد هذه التواريخ إلا على المدد التي يذكرها المصدر. المهم هو خطة فريق الرعاية الخاص بك.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="185"/>
        <source>may end between %1 and %2</source>
        <translation>قد تنتهي بين %1 و%2</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../allguide/ui/navigation/view.py" line="42"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="57"/>
        <source>On-screen keyboard</source>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="74"/>
        <source>Type %1</source>
        <translation>اكتب %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="82"/>
        <source>Hide keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="84"/>
        <source>Clear</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="86"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="88"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="93"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>PageBuilder</name>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="99"/>
        <source>This page is a translation of the English version of %1.</source>
        <translation>هذه الصفحة ترجمة للنسخة الإنجليزية بتاريخ %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="102"/>
        <source>Show in English</source>
        <translation>اعرض بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="118"/>
        <source>Shown in English, the version this page was translated from.</source>
        <translation>معروضة بالإنجليزية، وهي النسخة التي تُرجمت منها هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="119"/>
        <source>Show the translation</source>
        <translation>اعرض الترجمة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="122"/>
        <source>This page has not been translated yet, so it is shown in English.</source>
        <translation>لم تُترجم هذه الصفحة بعد، لذلك تُعرض بالإنجليزية.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="164"/>
        <source>From %1, “%2”.</source>
        <translation>عن صفحة «%2» من %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="168"/>
        <source>More in “%1”</source>
        <translation>المزيد في «%1»</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="174"/>
        <source>This page is not available</source>
        <translation>هذه الصفحة غير متاحة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="177"/>
        <source>The page “%1” could not be loaded. Its content file may be missing or have a mistake in it. Everything else in AllGuide still works.</source>
        <translation>تعذّر تحميل الصفحة «%1». قد يكون ملف محتواها مفقودًا أو فيه خطأ. كل ما عدا ذلك في AllGuide لا يزال يعمل.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="182"/>
        <source>Go to the home page</source>
        <translation>الذهاب إلى الصفحة الرئيسية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="193"/>
        <source>How long</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="194"/>
        <source>How strong</source>
        <translation>شدة العلاج</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="197"/>
        <source>Medicines in this phase</source>
        <translation>الأدوية في هذه المرحلة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="198"/>
        <source>Side effects in this phase</source>
        <translation>الآثار الجانبية في هذه المرحلة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="211"/>
        <source>Kind of medicine</source>
        <translation>نوع الدواء</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="213"/>
        <source>Brand names</source>
        <translation>الأسماء التجارية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="216"/>
        <source>Approved for</source>
        <translation>معتمد للاستخدام لدى</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="219"/>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="232"/>
        <source>Other words for it</source>
        <translation>كلمات أخرى تعني ذلك</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="236"/>
        <source>Can come with</source>
        <translation>قد يظهر مع</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="294"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="316"/>
        <source>In this section</source>
        <translation>في هذا القسم</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="328"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="334"/>
        <source>More on this topic, from the source page’s references:</source>
        <translation>المزيد عن هذا الموضوع في مراجع الصفحة المصدر:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="343"/>
        <source>Also called: %1</source>
        <translation>أسماء أخرى: %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="351"/>
        <source>The source page’s references</source>
        <translation>مراجع الصفحة المصدر</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="355"/>
        <source>Sources AllGuide added</source>
        <translation>مصادر أضافها AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="364"/>
        <source>Published %1.</source>
        <translation>نُشر في %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="367"/>
        <source>Accessed %1.</source>
        <translation>تاريخ الاطلاع: %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="376"/>
        <source>Chemotherapy</source>
        <translation>علاج كيميائي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="377"/>
        <source>Steroid</source>
        <translation>ستيرويد</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="378"/>
        <source>Tyrosine kinase inhibitor (TKI)</source>
        <translation>مثبط التيروزين كيناز (TKI)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="379"/>
        <source>Menin inhibitor</source>
        <translation>مثبط المينين</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="380"/>
        <source>Antibody (immunotherapy)</source>
        <translation>جسم مضاد (علاج مناعي)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="381"/>
        <source>CAR T-cell therapy</source>
        <translation>العلاج بخلايا CAR T</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="72"/>
        <source>Choose it to see this phase&apos;s details. The arrow keys go to the other phases.</source>
        <translation>اخترها لترى تفاصيل هذه المرحلة. مفاتيح الأسهم تنقلك إلى المراحل الأخرى.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="148"/>
        <source>up to %1</source>
        <translation>%1 كحد أقصى</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="152"/>
        <source>or %1</source>
        <translation>أو %1</translation>
    </message>
</context>
<context>
    <name>PhasesModel</name>
    <message>
        <location filename="../allguide/ui/timeline/model.py" line="34"/>
        <source>%1. %2: %3. %4.</source>
        <translation>%1. %2: %3. %4.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="62"/>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="64"/>
        <source>Staff exit</source>
        <translation>خروج خاص بالموظفين</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="78"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="91"/>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="92"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="96"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="209"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>الرقم السري غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="211"/>
        <source>Enter the staff PIN to close AllGuide.</source>
        <translation>أدخل الرقم السري للموظفين لإغلاق AllGuide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="219"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="88"/>
        <source>Save page as PDF…</source>
        <translation>حفظ الصفحة بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="90"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="99"/>
        <source>Save or print</source>
        <translation>حفظ أو طباعة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="100"/>
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="147"/>
        <source>Save the page shown as a PDF file, or print it</source>
        <translation>حفظ الصفحة المعروضة كملف PDF أو طباعتها</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="207"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="218"/>
        <source>Save page as PDF</source>
        <translation>حفظ الصفحة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="232"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="233"/>
        <source>The file “%1” could not be written.</source>
        <translation>تعذّرت كتابة الملف «%1».</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="56"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation>هذه معلومات وليست نصيحة طبية: اسأل فريق الرعاية الخاص بك.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="61"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>تعذّرت قراءة تاريخ المحتوى.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="62"/>
        <source>Content updated %1.</source>
        <translation>حُدِّث المحتوى في %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="93"/>
        <source>References cited on this page</source>
        <translation>المراجع المذكورة في هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="75"/>
        <source>Some content could not be loaded, so a few pages may be missing. Everything else works. Please tell the people who look after this computer:</source>
        <translation>تعذّر تحميل بعض المحتوى، لذا قد تنقص بعض الصفحات. كل ما عدا ذلك يعمل. يُرجى إبلاغ المسؤولين عن هذا الحاسوب بما يلي:</translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/problems_bar.py" line="81"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… ومشكلة أخرى.</numerusform>
            <numerusform>… ومشكلتان أخريان.</numerusform>
            <numerusform>… و%n مشكلات أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="86"/>
        <source>Some of AllGuide&apos;s saved settings could not be used, so they were forgotten and the usual ones are used. All the content is there.</source>
        <translation>تعذّر استخدام بعض إعدادات AllGuide المحفوظة، لذا حُذفت وتُستخدم الإعدادات المعتادة. كل المحتوى موجود.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="91"/>
        <source>AllGuide&apos;s saved settings could not be read, so it started with the usual window size and layout. All the content is there.</source>
        <translation>تعذّرت قراءة إعدادات AllGuide المحفوظة، لذا فُتح بحجم النافذة وترتيبها المعتادين. كل المحتوى موجود.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="106"/>
        <source>the settings file has a mistake in it</source>
        <translation>في ملف الإعدادات خطأ</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="108"/>
        <source>the settings file cannot be read</source>
        <translation>لا يمكن قراءة ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="112"/>
        <source>these saved values could not be used, so they were forgotten: %1</source>
        <translation>تعذّر استخدام هذه القيم المحفوظة، لذا حُذفت: %1</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../allguide/ui/reader/browser.py" line="64"/>
        <source>Reader</source>
        <translation>منطقة القراءة</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../allguide/ui/search/box.py" line="27"/>
        <source>Search: a word, a medicine, a side effect…</source>
        <translation>ابحث: كلمة، دواء، أثر جانبي…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="28"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="40"/>
        <source>Clear the search</source>
        <translation>امسح البحث</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="54"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="93"/>
        <source>That search is too long. Try a few words.</source>
        <translation>هذا البحث طويل جدًا. جرّب بضع كلمات.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="91"/>
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="116"/>
        <source>Results for “%1”: %2</source>
        <translation>نتائج البحث عن «%1»: %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="110"/>
        <location filename="../allguide/ui/search/panel.py" line="119"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="121"/>
        <source>(also searched for %1)</source>
        <translation>(وجرى البحث أيضًا عن %1)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="107"/>
        <source>Nothing found for “%1”.</source>
        <translation>لا توجد نتائج لـ«%1».</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="111"/>
        <source>No page uses %1.</source>
        <translation>لا توجد صفحة تستخدم %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="124"/>
        <source>Pages that mention “%1”:</source>
        <translation>الصفحات التي تذكر «%1»:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="136"/>
        <source>Did you mean:</source>
        <translation>هل تقصد:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../allguide/ui/search/model.py" line="30"/>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="31"/>
        <source>Medicine</source>
        <translation>دواء</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="32"/>
        <source>Side effect</source>
        <translation>أثر جانبي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="33"/>
        <source>Word explained</source>
        <translation>كلمة مشروحة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="229"/>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="234"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="230"/>
        <source>Everything in AllGuide works with the keyboard alone.</source>
        <translation>كل شيء في AllGuide يعمل بلوحة المفاتيح وحدها.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="235"/>
        <source>What it does</source>
        <translation>ماذا يفعل</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="235"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="268"/>
        <source>Go to the next part of the window</source>
        <translation>انتقل إلى الجزء التالي من النافذة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="269"/>
        <source>Go to the part before</source>
        <translation>انتقل إلى الجزء السابق</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="270"/>
        <source>Open or press the part you are on</source>
        <translation>افتح الجزء الذي أنت عليه أو اضغطه</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="271"/>
        <source>Move in a list, the topics or the timeline</source>
        <translation>تحرّك في قائمة أو في المواضيع أو في الخط الزمني</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="271"/>
        <source>Arrow keys</source>
        <translation>مفاتيح الأسهم</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="272"/>
        <source>Clear the search, or close a window like this one</source>
        <translation>امسح البحث، أو أغلق نافذة مثل هذه</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="276"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SideEffectListPage</name>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="25"/>
        <source>Side effects A–Z</source>
        <translation>الآثار الجانبية أ–ي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="38"/>
        <source>No side effect matches.</source>
        <translation>لا يوجد أثر جانبي مطابق.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="47"/>
        <source>Only the side effects that match “%1”.</source>
        <translation>الآثار الجانبية المطابقة لـ «%1» فقط.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="51"/>
        <source>Only those that come with: %1.</source>
        <translation>فقط التي تظهر مع: %1.</translation>
    </message>
</context>
<context>
    <name>SideEffectsView</name>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="51"/>
        <source>Side effects A–Z</source>
        <translation>الآثار الجانبية أ–ي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="57"/>
        <source>Type to filter, e.g. tired or sick</source>
        <translation>اكتب للتصفية، مثلًا: تعب أو غثيان</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="58"/>
        <source>Filter side effects</source>
        <translation>تصفية الآثار الجانبية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="71"/>
        <source>Comes with:</source>
        <translation>يظهر مع:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="86"/>
        <source>Side effects</source>
        <translation>الآثار الجانبية</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="90"/>
        <source>No side effect matches. Try other words, or switch on all treatments.</source>
        <translation>لا يوجد أثر جانبي مطابق. جرّب كلمات أخرى أو فعّل كل العلاجات.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="100"/>
        <source>Side effect details</source>
        <translation>تفاصيل الأثر الجانبي</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="121"/>
        <source>AllGuide could not open</source>
        <translation>تعذّر فتح AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="122"/>
        <source>AllGuide could not open. This is not your fault.</source>
        <translation>تعذّر فتح AllGuide. هذا ليس خطأك.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="130"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="141"/>
        <source>Please tell someone who looks after this computer.</source>
        <translation>يُرجى إبلاغ أحد المسؤولين عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="144"/>
        <source>Close this window and open AllGuide again. If it keeps happening, tell whoever looks after this computer.</source>
        <translation>أغلق هذه النافذة وافتح AllGuide من جديد. إذا تكرر ذلك، فأبلغ المسؤول عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="149"/>
        <source>Close this window and open AllGuide again. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation>أغلق هذه النافذة وافتح AllGuide من جديد. سُجِّل ما حدث في %1 ليطّلع عليه المسؤول عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../allguide/ui/reader/term_card.py" line="59"/>
        <location filename="../allguide/ui/reader/term_card.py" line="60"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/term_card.py" line="82"/>
        <source>Meaning of “%1”</source>
        <translation>معنى «%1»</translation>
    </message>
</context>
<context>
    <name>TextSizeActions</name>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="50"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="53"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="55"/>
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
</context>
<context>
    <name>ThemeActions</name>
    <message>
        <location filename="../allguide/ui/zoom/themes.py" line="51"/>
        <source>%1 (not available)</source>
        <translation>%1 (غير متاح)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/themes.py" line="53"/>
        <source>This colour theme&apos;s file is damaged, so it cannot be shown. Please tell the people who look after this computer.</source>
        <translation>ملف سمة الألوان هذه تالف، لذلك لا يمكن عرضها. يُرجى إبلاغ المسؤولين عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="70"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="71"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="72"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="78"/>
        <source>Follow the system</source>
        <translation>مثل النظام</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="79"/>
        <source>Equal widths: each phase gets the same space, whatever its length.</source>
        <translation>عرض متساوٍ: تأخذ كل مرحلة المساحة نفسها مهما كانت مدتها.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="95"/>
        <source>For some patients. The source gives these no fixed time:</source>
        <translation>لبعض المرضى. لا يحدد المصدر لهذه العلاجات وقتًا ثابتًا:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="93"/>
        <source>Among the common chemotherapy medicines:</source>
        <translation>من أدوية العلاج الكيميائي الشائعة:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="319"/>
        <location filename="../allguide/ui/timeline/chart.py" line="330"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="336"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="27"/>
        <source>Treatment phases over time</source>
        <translation>مراحل العلاج عبر الزمن</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="32"/>
        <source>This is not your child&apos;s or your own plan.</source>
        <translation>هذه ليست خطة طفلك ولا خطتك.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="49"/>
        <source>My dates</source>
        <translation>تواريخي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="50"/>
        <source>Start date: %1.</source>
        <translation>تاريخ البدء: %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="59"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation>لا تعتمد هذه التواريخ إلا على المدد التي يذكرها المصدر. المهم هو خطة فريق الرعاية الخاص بك.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="53"/>
        <location filename="../allguide/ui/timeline/view.py" line="61"/>
        <source>Treatment phases over time</source>
        <translation>مراحل العلاج عبر الزمن</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="66"/>
        <source>Chemotherapy for ALL has three phases. Choose a phase to read about it. Each bar shows how long the source says a phase may last. This is not your child&apos;s or your own plan.</source>
        <translation>للعلاج الكيميائي لسرطان الدم الليمفاوي الحاد (ALL) ثلاث مراحل. اختر مرحلة لتقرأ عنها. يبيّن كل شريط المدة التي قد تستغرقها المرحلة بحسب المصدر. هذه ليست خطة طفلك ولا خطتك.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="73"/>
        <source>To scale</source>
        <translation>بالمقياس الحقيقي</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="74"/>
        <source>Equal widths</source>
        <translation>بعرض متساوٍ</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="83"/>
        <source>Show:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="92"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="102"/>
        <source>The phases follow one another. The source gives no start dates: drawn to scale, each bar starts where the phase before it may end at the earliest. A bar reaches as far as its phase may last; a dashed line inside marks another length it may last. Tall bar: high doses; short bar: lower doses. Dashed box: the source gives it no fixed time.</source>
        <translation>تتوالى المراحل واحدة بعد الأخرى. لا يذكر المصدر تواريخ للبدء: في الرسم بالمقياس الحقيقي، يبدأ كل شريط حيث قد تنتهي المرحلة السابقة في أبكر وقت. يمتد الشريط إلى أقصى مدة قد تستغرقها مرحلته؛ ويشير خط متقطع داخله إلى مدة أخرى قد تستغرقها. الشريط المرتفع: جرعات عالية؛ الشريط المنخفض: جرعات أقل. المربع المتقطع: لا يحدد المصدر له وقتًا ثابتًا.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="117"/>
        <source>Phase details</source>
        <translation>تفاصيل المرحلة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="120"/>
        <source>Read this phase in the reader</source>
        <translation>قراءة هذه المرحلة في منطقة القراءة</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="129"/>
        <location filename="../allguide/ui/timeline/view.py" line="136"/>
        <source>The phases as a list</source>
        <translation>المراحل في قائمة</translation>
    </message>
</context>
<context>
    <name>TrackRow</name>
    <message>
        <location filename="../allguide/ui/timeline/track_row.py" line="25"/>
        <source>Opens its page in the reader.</source>
        <translation>يفتح صفحته في القارئ.</translation>
    </message>
</context>
</TS>
