<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="29"/>
        <location filename="../allguide/ui/about_dialog.py" line="34"/>
        <source>About AllGuide</source>
        <translation>À propos d’AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="39"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
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
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="55"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>La date du contenu n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="59"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation>Contenu mis à jour le %1, d’après la page «&#xa0;%3&#xa0;» de %2.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="65"/>
        <source>Third-party components:</source>
        <translation>Composants tiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="72"/>
        <source>Source code: %1</source>
        <translation>Code source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="29"/>
        <source>Jump to a letter</source>
        <translation>Aller à une lettre</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="39"/>
        <source>Side effects starting with %1</source>
        <translation>Effets secondaires commençant par %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../allguide/ui/kiosk/attract.py" line="37"/>
        <location filename="../allguide/ui/kiosk/attract.py" line="38"/>
        <source>Touch to start</source>
        <translation>Touchez l’écran pour commencer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/attract.py" line="40"/>
        <source>AllGuide explains the treatment of ALL in plain words.</source>
        <translation>AllGuide explique avec des mots simples le traitement de la LAL.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="37"/>
        <location filename="../allguide/ui/kiosk/countdown.py" line="38"/>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="42"/>
        <source>Seconds until AllGuide starts again for the next visitor:</source>
        <translation>Secondes avant qu’AllGuide ne recommence pour la personne suivante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="47"/>
        <source>Seconds left</source>
        <translation>Secondes restantes</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="48"/>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>CrashNote</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="38"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="39"/>
        <source>Something went wrong, but AllGuide is still working.</source>
        <translation>Un problème est survenu, mais AllGuide fonctionne toujours.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="69"/>
        <source>You can go on reading. This message closes by itself.</source>
        <translation>Vous pouvez continuer à lire. Ce message se fermera tout seul.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="72"/>
        <source>You can go on reading. If it keeps happening, close AllGuide and open it again.</source>
        <translation>Vous pouvez continuer à lire. Si cela continue, fermez AllGuide puis rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="76"/>
        <source>You can go on reading. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation>Vous pouvez continuer à lire. Ce qui s’est passé a été noté dans %1, pour la personne qui s’occupe de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <location filename="../allguide/ui/banner.py" line="26"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation>Ceci est une information, pas un avis médical&#xa0;: demandez à votre équipe soignante.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="43"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>La date du contenu n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="45"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation>Contenu mis à jour le %1, d’après la page «&#xa0;%3&#xa0;» de %2.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="51"/>
        <source>This is a translation of the English version of %1.</source>
        <translation>Ceci est une traduction de la version anglaise du %1.</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="106"/>
        <location filename="../allguide/ui/zoom/control.py" line="108"/>
        <source>Text size and colours</source>
        <translation>Taille du texte et couleurs</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="109"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="30"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="32"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalLinkBar</name>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="55"/>
        <source>AllGuide does not open websites. To visit this page, copy the address:</source>
        <translation>AllGuide n’ouvre pas les sites web. Pour consulter cette page, copiez l’adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="60"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="84"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="62"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="108"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="43"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="75"/>
        <source>AllGuide does not open websites. To read this page on your phone, point your phone&apos;s camera at this code.</source>
        <translation>AllGuide n’ouvre pas les sites web. Pour lire cette page sur votre téléphone, dirigez l’appareil photo de votre téléphone vers ce code.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="116"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../allguide/ui/home/page.py" line="63"/>
        <source>Welcome to AllGuide</source>
        <translation>Bienvenue dans AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="72"/>
        <source>AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain words. It is for people with ALL and for their families and friends. It works without the internet.</source>
        <translation>AllGuide explique avec des mots simples le traitement de la leucémie aiguë lymphoblastique (LAL). Il s’adresse aux personnes atteintes de LAL, à leur famille et à leurs amis. Il fonctionne sans Internet.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="90"/>
        <source>Look something up:</source>
        <translation>Chercher une information&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="95"/>
        <source>Side effects A–Z</source>
        <translation>Effets secondaires A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="96"/>
        <source>Every side effect, in everyday words. Filter by treatment.</source>
        <translation>Tous les effets secondaires, avec des mots de tous les jours. Filtrez par traitement.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="100"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="101"/>
        <source>The phases of treatment and how long each may last.</source>
        <translation>Les phases du traitement et combien de temps chacune peut durer.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="105"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="106"/>
        <source>Type a word, a medicine from the pharmacy label, or a side effect.</source>
        <translation>Tapez un mot, un médicament de l’étiquette de la pharmacie ou un effet secondaire.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="117"/>
        <source>Or choose a topic:</source>
        <translation>Ou choisissez un sujet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../allguide/ui/language/chooser.py" line="35"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../allguide/ui/language/chooser.py" line="70"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../allguide/ui/wording.py" line="51"/>
        <source>, </source>
        <translation>, </translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="335"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="339"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="343"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="344"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="345"/>
        <source>&amp;Home</source>
        <translation>Acc&amp;ueil</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="348"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="355"/>
        <location filename="../allguide/ui/mainwindow.py" line="538"/>
        <source>Side effects A–Z</source>
        <translation>Effets secondaires A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="356"/>
        <source>&amp;Side effects A–Z</source>
        <translation>&amp;Effets secondaires A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="358"/>
        <location filename="../allguide/ui/mainwindow.py" line="540"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="359"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="381"/>
        <location filename="../allguide/ui/mainwindow.py" line="536"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="386"/>
        <source>About AllGuide</source>
        <translation>À propos d’AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="392"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Mes dates</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="56"/>
        <source>Enter the day treatment started to see roughly when each phase may fall.</source>
        <translation>Indiquez le jour où le traitement a commencé pour voir à peu près quand chaque phase peut avoir lieu.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="65"/>
        <source>Start date of treatment</source>
        <translation>Date de début du traitement</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="66"/>
        <source>Show my dates</source>
        <translation>Afficher mes dates</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="68"/>
        <source>Remember this date on this computer</source>
        <translation>Mémoriser cette date sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="70"/>
        <source>Forget my date</source>
        <translation>Oublier ma date</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="105"/>
        <source>The saved start date could not be read, so it was forgotten.</source>
        <translation>La date de début enregistrée n’a pas pu être lue&#xa0;; elle a donc été oubliée.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="172"/>
        <source>may start on %1</source>
        <translation>peut commencer le %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="180"/>
        <source>may go on until as late as %1</source>
        <translation>peut durer jusqu’au %1 au plus tard</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="182"/>
        <source>may end on %1</source>
        <translation>peut se terminer le %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="189"/>
        <source>%1: %2; %3.</source>
        <translation>%1&#xa0;: %2&#xa0;; %3.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="175"/>
        <source>may start between %1 and %2</source>
        <translation>peut commencer entre le %1 et le %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="159"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation>Ces dates reposent seulement sur les durées données par la source. C’est le plan de votre équipe soignante qui compte.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="185"/>
        <source>may end between %1 and %2</source>
        <translation>peut se terminer entre le %1 et le %2</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../allguide/ui/navigation/view.py" line="42"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="57"/>
        <source>On-screen keyboard</source>
        <translation>Clavier à l’écran</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="74"/>
        <source>Type %1</source>
        <translation>Taper %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="82"/>
        <source>Hide keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="84"/>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="86"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="88"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="93"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>PageBuilder</name>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="99"/>
        <source>This page is a translation of the English version of %1.</source>
        <translation>Cette page est une traduction de la version anglaise du %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="102"/>
        <source>Show in English</source>
        <translation>Voir en anglais</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="118"/>
        <source>Shown in English, the version this page was translated from.</source>
        <translation>Affichée en anglais, la version dont cette page est traduite.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="119"/>
        <source>Show the translation</source>
        <translation>Voir la traduction</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="122"/>
        <source>This page has not been translated yet, so it is shown in English.</source>
        <translation>Cette page n’est pas encore traduite, elle est donc affichée en anglais.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="164"/>
        <source>From %1, “%2”.</source>
        <translation>D’après %1, « %2 ».</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="168"/>
        <source>More in “%1”</source>
        <translation>Plus dans « %1 »</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="174"/>
        <source>This page is not available</source>
        <translation>Cette page n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="177"/>
        <source>The page “%1” could not be loaded. Its content file may be missing or have a mistake in it. Everything else in AllGuide still works.</source>
        <translation>La page «&#xa0;%1&#xa0;» n’a pas pu être chargée. Son fichier de contenu manque peut-être ou contient une erreur. Tout le reste d’AllGuide fonctionne.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="182"/>
        <source>Go to the home page</source>
        <translation>Aller à la page d’accueil</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="193"/>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="194"/>
        <source>How strong</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="197"/>
        <source>Medicines in this phase</source>
        <translation>Médicaments de cette phase</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="198"/>
        <source>Side effects in this phase</source>
        <translation>Effets secondaires de cette phase</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="211"/>
        <source>Kind of medicine</source>
        <translation>Type de médicament</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="213"/>
        <source>Brand names</source>
        <translation>Noms de marque</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="216"/>
        <source>Approved for</source>
        <translation>Approuvé pour</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="219"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="232"/>
        <source>Other words for it</source>
        <translation>Autres mots pour le dire</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="236"/>
        <source>Can come with</source>
        <translation>Peut survenir avec</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="294"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="316"/>
        <source>In this section</source>
        <translation>Dans cette section</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="328"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="334"/>
        <source>More on this topic, from the source page’s references:</source>
        <translation>Pour en savoir plus, voir les références de la page source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="343"/>
        <source>Also called: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="351"/>
        <source>The source page’s references</source>
        <translation>Les références de la page source</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="355"/>
        <source>Sources AllGuide added</source>
        <translation>Sources ajoutées par AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="364"/>
        <source>Published %1.</source>
        <translation>Publié le %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="367"/>
        <source>Accessed %1.</source>
        <translation>Consulté le %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="376"/>
        <source>Chemotherapy</source>
        <translation>Chimiothérapie</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="377"/>
        <source>Steroid</source>
        <translation>Corticoïde</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="378"/>
        <source>Tyrosine kinase inhibitor (TKI)</source>
        <translation>Inhibiteur de tyrosine kinase (ITK)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="379"/>
        <source>Menin inhibitor</source>
        <translation>Inhibiteur de la ménine</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="380"/>
        <source>Antibody (immunotherapy)</source>
        <translation>Anticorps (immunothérapie)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="381"/>
        <source>CAR T-cell therapy</source>
        <translation>Thérapie par cellules CAR-T</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="72"/>
        <source>Choose it to see this phase&apos;s details. The arrow keys go to the other phases.</source>
        <translation>Choisissez-la pour voir les détails de cette phase. Les touches fléchées mènent aux autres phases.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="148"/>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="152"/>
        <source>or %1</source>
        <translation>ou %1</translation>
    </message>
</context>
<context>
    <name>PhasesModel</name>
    <message>
        <location filename="../allguide/ui/timeline/model.py" line="34"/>
        <source>%1. %2: %3. %4.</source>
        <translation>%1. %2&#xa0;: %3. %4.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="62"/>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="64"/>
        <source>Staff exit</source>
        <translation>Sortie réservée au personnel</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="78"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="91"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="92"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="209"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN n’est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="211"/>
        <source>Enter the staff PIN to close AllGuide.</source>
        <translation>Saisissez le code PIN du personnel pour fermer AllGuide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="219"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="88"/>
        <source>Save page as PDF…</source>
        <translation>Enregistrer la page en PDF…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="90"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="99"/>
        <source>Save or print</source>
        <translation>Enregistrer ou imprimer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="100"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="147"/>
        <source>Save the page shown as a PDF file, or print it</source>
        <translation>Enregistrer la page affichée en fichier PDF, ou l’imprimer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="207"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="218"/>
        <source>Save page as PDF</source>
        <translation>Enregistrer la page en PDF</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="232"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="233"/>
        <source>The file “%1” could not be written.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="56"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation>Ceci est une information, pas un avis médical&#xa0;: demandez à votre équipe soignante.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="61"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>La date du contenu n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="62"/>
        <source>Content updated %1.</source>
        <translation>Contenu mis à jour le %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="93"/>
        <source>References cited on this page</source>
        <translation>Sources citées sur cette page</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="75"/>
        <source>Some content could not be loaded, so a few pages may be missing. Everything else works. Please tell the people who look after this computer:</source>
        <translation>Une partie du contenu n’a pas pu être chargée, donc quelques pages peuvent manquer. Tout le reste fonctionne. Merci de prévenir les personnes qui s’occupent de cet ordinateur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/problems_bar.py" line="81"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="86"/>
        <source>Some of AllGuide&apos;s saved settings could not be used, so they were forgotten and the usual ones are used. All the content is there.</source>
        <translation>Certains réglages enregistrés d’AllGuide n’ont pas pu être utilisés, donc ils ont été oubliés et les réglages habituels sont utilisés. Tout le contenu est là.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="91"/>
        <source>AllGuide&apos;s saved settings could not be read, so it started with the usual window size and layout. All the content is there.</source>
        <translation>Les réglages enregistrés d’AllGuide n’ont pas pu être lus, donc il s’est ouvert avec la taille et la disposition de fenêtre habituelles. Tout le contenu est là.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="106"/>
        <source>the settings file has a mistake in it</source>
        <translation>le fichier de réglages contient une erreur</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="108"/>
        <source>the settings file cannot be read</source>
        <translation>le fichier de réglages ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="112"/>
        <source>these saved values could not be used, so they were forgotten: %1</source>
        <translation>ces valeurs enregistrées n’ont pas pu être utilisées, donc elles ont été oubliées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../allguide/ui/reader/browser.py" line="64"/>
        <source>Reader</source>
        <translation>Zone de lecture</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../allguide/ui/search/box.py" line="27"/>
        <source>Search: a word, a medicine, a side effect…</source>
        <translation>Rechercher&#xa0;: un mot, un médicament, un effet secondaire…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="28"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="40"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="54"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="93"/>
        <source>That search is too long. Try a few words.</source>
        <translation>Cette recherche est trop longue. Essayez avec quelques mots.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="91"/>
        <source>Type a word to search for.</source>
        <translation>Tapez un mot à rechercher.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="116"/>
        <source>Results for “%1”: %2</source>
        <translation>Résultats pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="110"/>
        <location filename="../allguide/ui/search/panel.py" line="119"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="121"/>
        <source>(also searched for %1)</source>
        <translation>(également recherché&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="107"/>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="111"/>
        <source>No page uses %1.</source>
        <translation>Aucune page n’utilise %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="124"/>
        <source>Pages that mention “%1”:</source>
        <translation>Pages qui mentionnent «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="136"/>
        <source>Did you mean:</source>
        <translation>Vouliez-vous dire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../allguide/ui/search/model.py" line="30"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="31"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="32"/>
        <source>Side effect</source>
        <translation>Effet secondaire</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="33"/>
        <source>Word explained</source>
        <translation>Mot expliqué</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="229"/>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="234"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="230"/>
        <source>Everything in AllGuide works with the keyboard alone.</source>
        <translation>Tout dans AllGuide fonctionne avec le clavier seul.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="235"/>
        <source>What it does</source>
        <translation>Ce que cela fait</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="235"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="268"/>
        <source>Go to the next part of the window</source>
        <translation>Aller à la partie suivante de la fenêtre</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="269"/>
        <source>Go to the part before</source>
        <translation>Aller à la partie précédente</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="270"/>
        <source>Open or press the part you are on</source>
        <translation>Ouvrir ou appuyer sur la partie où vous êtes</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="271"/>
        <source>Move in a list, the topics or the timeline</source>
        <translation>Se déplacer dans une liste, les sujets ou la frise du temps</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="271"/>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="272"/>
        <source>Clear the search, or close a window like this one</source>
        <translation>Effacer la recherche, ou fermer une fenêtre comme celle-ci</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="276"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SideEffectListPage</name>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="25"/>
        <source>Side effects A–Z</source>
        <translation>Effets secondaires A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="38"/>
        <source>No side effect matches.</source>
        <translation>Aucun effet secondaire ne correspond.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="47"/>
        <source>Only the side effects that match “%1”.</source>
        <translation>Seulement les effets secondaires qui correspondent à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="51"/>
        <source>Only those that come with: %1.</source>
        <translation>Seulement ceux qui surviennent avec&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SideEffectsView</name>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="51"/>
        <source>Side effects A–Z</source>
        <translation>Effets secondaires A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="57"/>
        <source>Type to filter, e.g. tired or sick</source>
        <translation>Tapez pour filtrer, par ex. fatigue ou nausées</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="58"/>
        <source>Filter side effects</source>
        <translation>Filtrer les effets secondaires</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="71"/>
        <source>Comes with:</source>
        <translation>Survient avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="86"/>
        <source>Side effects</source>
        <translation>Effets secondaires</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="90"/>
        <source>No side effect matches. Try other words, or switch on all treatments.</source>
        <translation>Aucun effet secondaire ne correspond. Essayez d’autres mots ou activez tous les traitements.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="100"/>
        <source>Side effect details</source>
        <translation>Détails de l’effet secondaire</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="121"/>
        <source>AllGuide could not open</source>
        <translation>AllGuide n’a pas pu s’ouvrir</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="122"/>
        <source>AllGuide could not open. This is not your fault.</source>
        <translation>AllGuide n’a pas pu s’ouvrir. Ce n’est pas de votre faute.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="130"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="141"/>
        <source>Please tell someone who looks after this computer.</source>
        <translation>Merci de prévenir une personne qui s’occupe de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="144"/>
        <source>Close this window and open AllGuide again. If it keeps happening, tell whoever looks after this computer.</source>
        <translation>Fermez cette fenêtre et rouvrez AllGuide. Si cela continue, prévenez la personne qui s’occupe de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="149"/>
        <source>Close this window and open AllGuide again. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation>Fermez cette fenêtre et rouvrez AllGuide. Ce qui s’est passé a été noté dans %1, pour la personne qui s’occupe de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../allguide/ui/reader/term_card.py" line="59"/>
        <location filename="../allguide/ui/reader/term_card.py" line="60"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/term_card.py" line="82"/>
        <source>Meaning of “%1”</source>
        <translation>Sens de « %1 »</translation>
    </message>
</context>
<context>
    <name>TextSizeActions</name>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="50"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="53"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="55"/>
        <source>Normal size</source>
        <translation>Taille normale</translation>
    </message>
</context>
<context>
    <name>ThemeActions</name>
    <message>
        <location filename="../allguide/ui/zoom/themes.py" line="51"/>
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/themes.py" line="53"/>
        <source>This colour theme&apos;s file is damaged, so it cannot be shown. Please tell the people who look after this computer.</source>
        <translation>Le fichier de ce thème de couleurs est abîmé : il ne peut pas être affiché. Merci de prévenir les personnes qui s’occupent de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="70"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="71"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="72"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="78"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="79"/>
        <source>Equal widths: each phase gets the same space, whatever its length.</source>
        <translation>Largeurs égales&#xa0;: chaque phase a la même place, quelle que soit sa durée.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="95"/>
        <source>For some patients. The source gives these no fixed time:</source>
        <translation>Pour certains patients. La source ne leur donne pas de moment précis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="93"/>
        <source>Among the common chemotherapy medicines:</source>
        <translation>Parmi les médicaments de chimiothérapie courants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="319"/>
        <location filename="../allguide/ui/timeline/chart.py" line="330"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="336"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="27"/>
        <source>Treatment phases over time</source>
        <translation>Les phases du traitement dans le temps</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="32"/>
        <source>This is not your child&apos;s or your own plan.</source>
        <translation>Ce n’est pas le plan de votre enfant, ni le vôtre.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="49"/>
        <source>My dates</source>
        <translation>Mes dates</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="50"/>
        <source>Start date: %1.</source>
        <translation>Date de début&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="59"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation>Ces dates reposent seulement sur les durées données par la source. C’est le plan de votre équipe soignante qui compte.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="53"/>
        <location filename="../allguide/ui/timeline/view.py" line="61"/>
        <source>Treatment phases over time</source>
        <translation>Les phases du traitement dans le temps</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="66"/>
        <source>Chemotherapy for ALL has three phases. Choose a phase to read about it. Each bar shows how long the source says a phase may last. This is not your child&apos;s or your own plan.</source>
        <translation>La chimiothérapie de la LAL comporte trois phases. Choisissez une phase pour en savoir plus. Chaque barre montre combien de temps une phase peut durer, selon la source. Ce n’est pas le plan de votre enfant, ni le vôtre.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="73"/>
        <source>To scale</source>
        <translation>À l’échelle</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="74"/>
        <source>Equal widths</source>
        <translation>Largeurs égales</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="83"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="92"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="102"/>
        <source>The phases follow one another. The source gives no start dates: drawn to scale, each bar starts where the phase before it may end at the earliest. A bar reaches as far as its phase may last; a dashed line inside marks another length it may last. Tall bar: high doses; short bar: lower doses. Dashed box: the source gives it no fixed time.</source>
        <translation>Les phases se suivent. La source ne donne pas de dates de début&#xa0;: à l’échelle, chaque barre commence là où la phase précédente peut se terminer au plus tôt. Une barre va aussi loin que sa phase peut durer&#xa0;; une ligne en pointillés à l’intérieur marque une autre durée possible. Barre haute&#xa0;: doses élevées&#xa0;; barre basse&#xa0;: doses plus faibles. Cadre en pointillés&#xa0;: la source ne lui donne pas de moment précis.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="117"/>
        <source>Phase details</source>
        <translation>Détails de la phase</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="120"/>
        <source>Read this phase in the reader</source>
        <translation>Ouvrir cette phase dans la zone de lecture</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="129"/>
        <location filename="../allguide/ui/timeline/view.py" line="136"/>
        <source>The phases as a list</source>
        <translation>Les phases sous forme de liste</translation>
    </message>
</context>
<context>
    <name>TrackRow</name>
    <message>
        <location filename="../allguide/ui/timeline/track_row.py" line="25"/>
        <source>Opens its page in the reader.</source>
        <translation>Ouvre sa page dans le lecteur.</translation>
    </message>
</context>
</TS>
