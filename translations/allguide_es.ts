<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlphabetBar</name>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="29"/>
        <source>Jump to a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="39"/>
        <source>Side effects starting with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashNote</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="37"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="38"/>
        <source>Something went wrong, but AllGuide is still working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="45"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="61"/>
        <source>You can go on reading. This message closes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="64"/>
        <source>You can go on reading. If it keeps happening, close AllGuide and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="68"/>
        <source>You can go on reading. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <location filename="../allguide/ui/banner.py" line="26"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="43"/>
        <source>The content&apos;s date could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="45"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="51"/>
        <source>This is a translation of the English version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="28"/>
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="30"/>
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalLinkBar</name>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="18"/>
        <source>AllGuide does not open websites. To visit this page, copy the address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="23"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="24"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="43"/>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="26"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="50"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../allguide/ui/home/page.py" line="44"/>
        <source>Welcome to AllGuide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="53"/>
        <source>AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain words. It is for people with ALL and for their families and friends. It works without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="71"/>
        <source>Look something up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="76"/>
        <source>Side effects A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="77"/>
        <source>Every side effect, in everyday words. Filter by treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="81"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="82"/>
        <source>The phases of treatment and how long each may last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="86"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="87"/>
        <source>Type a word, a medicine from the pharmacy label, or a side effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="98"/>
        <source>Or choose a topic:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="94"/>
        <location filename="../allguide/ui/mainwindow.py" line="399"/>
        <source>AllGuide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="281"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="283"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="287"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="291"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="299"/>
        <location filename="../allguide/ui/mainwindow.py" line="391"/>
        <source>Side effects A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="301"/>
        <location filename="../allguide/ui/mainwindow.py" line="393"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="309"/>
        <location filename="../allguide/ui/mainwindow.py" line="389"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="399"/>
        <source>%1 – AllGuide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDatesPanel</name>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="48"/>
        <source>My dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="56"/>
        <source>Enter the day treatment started to see roughly when each phase may fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="65"/>
        <source>Start date of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="66"/>
        <source>Show my dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="68"/>
        <source>Remember this date on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="70"/>
        <source>Forget my date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="105"/>
        <source>The saved start date could not be read, so it was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="172"/>
        <source>may start on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="180"/>
        <source>may go on until as late as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="182"/>
        <source>may end on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="189"/>
        <source>%1: %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="175"/>
        <source>may start between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="159"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="185"/>
        <source>may end between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../allguide/ui/navigation/view.py" line="28"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageBuilder</name>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="79"/>
        <source>This page is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="82"/>
        <source>The page “%1” could not be loaded. Its content file may be missing or have a mistake in it. Everything else in AllGuide still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="87"/>
        <source>Go to the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="98"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="99"/>
        <source>How strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="102"/>
        <source>Medicines in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="103"/>
        <source>Side effects in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="116"/>
        <source>Kind of medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="118"/>
        <source>Brand names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="121"/>
        <source>Approved for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="124"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="137"/>
        <source>Other words for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="141"/>
        <source>Can come with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="213"/>
        <source>More on this topic, from the source page’s references:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="222"/>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="241"/>
        <source>Published %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="244"/>
        <source>Accessed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="252"/>
        <source>Chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="253"/>
        <source>Steroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="254"/>
        <source>Tyrosine kinase inhibitor (TKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="255"/>
        <source>Menin inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="256"/>
        <source>Antibody (immunotherapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="257"/>
        <source>CAR T-cell therapy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="92"/>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="96"/>
        <source>or %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesModel</name>
    <message>
        <location filename="../allguide/ui/timeline/model.py" line="34"/>
        <source>%1. %2: %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="72"/>
        <source>Some content could not be loaded, so a few pages may be missing. Everything else works. Please tell the people who look after this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/problems_bar.py" line="78"/>
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="83"/>
        <source>Some of AllGuide&apos;s saved settings could not be used, so they were forgotten and the usual ones are used. All the content is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="88"/>
        <source>AllGuide&apos;s saved settings could not be read, so it started with the usual window size and layout. All the content is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="103"/>
        <source>the settings file has a mistake in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="105"/>
        <source>the settings file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="109"/>
        <source>these saved values could not be used, so they were forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../allguide/ui/reader/browser.py" line="55"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../allguide/ui/search/box.py" line="27"/>
        <source>Search: a word, a medicine, a side effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="54"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="93"/>
        <source>That search is too long. Try a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="91"/>
        <source>Type a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="116"/>
        <source>Results for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="110"/>
        <location filename="../allguide/ui/search/panel.py" line="119"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="121"/>
        <source>(also searched for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="107"/>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="111"/>
        <source>No page uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="124"/>
        <source>Pages that mention “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="136"/>
        <source>Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../allguide/ui/search/model.py" line="30"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="31"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="32"/>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="33"/>
        <source>Word explained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideEffectsView</name>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="45"/>
        <source>Side effects A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="51"/>
        <source>Type to filter, e.g. tired or sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="52"/>
        <source>Filter side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="65"/>
        <source>Comes with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="80"/>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="84"/>
        <source>No side effect matches. Try other words, or switch on all treatments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="92"/>
        <source>Side effect details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="110"/>
        <source>AllGuide could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="111"/>
        <source>AllGuide could not open. This is not your fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="119"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="130"/>
        <source>Please tell someone who looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="133"/>
        <source>Close this window and open AllGuide again. If it keeps happening, tell whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="138"/>
        <source>Close this window and open AllGuide again. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="252"/>
        <source>Equal widths: each phase gets the same space, whatever its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="87"/>
        <source>For some patients. The source gives these no fixed time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="85"/>
        <source>Among the common chemotherapy medicines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="263"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="272"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="57"/>
        <source>Treatment phases over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="62"/>
        <source>Chemotherapy for ALL has three phases. Choose a phase to read about it. Each bar shows how long the source says a phase may last. This is not your child&apos;s or your own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="69"/>
        <source>To scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="70"/>
        <source>Equal widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="79"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="88"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="98"/>
        <source>The phases follow one another. The source gives no start dates: drawn to scale, each bar starts where the phase before it may end at the earliest. A bar reaches as far as its phase may last; a dashed line inside marks another length it may last. Tall bar: high doses; short bar: lower doses. Dashed box: the source gives it no fixed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="111"/>
        <source>Phase details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="114"/>
        <source>Read this phase in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="123"/>
        <location filename="../allguide/ui/timeline/view.py" line="130"/>
        <source>The phases as a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
