<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="29"/>
        <location filename="../allguide/ui/about_dialog.py" line="34"/>
        <source>About AllGuide</source>
        <translation>Acerca de AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="39"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
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
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="55"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>No se pudo leer la fecha del contenido.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="59"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation>Contenido actualizado el %1, a partir de la página “%3” de %2.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="65"/>
        <source>Third-party components:</source>
        <translation>Componentes de terceros:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/about_dialog.py" line="72"/>
        <source>Source code: %1</source>
        <translation>Código fuente: %1</translation>
    </message>
</context>
<context>
    <name>AlphabetBar</name>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="29"/>
        <source>Jump to a letter</source>
        <translation>Ir a una letra</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/alphabet.py" line="39"/>
        <source>Side effects starting with %1</source>
        <translation>Efectos secundarios que empiezan por %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../allguide/ui/kiosk/attract.py" line="37"/>
        <location filename="../allguide/ui/kiosk/attract.py" line="38"/>
        <source>Touch to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/attract.py" line="40"/>
        <source>AllGuide explains the treatment of ALL in plain words.</source>
        <translation>AllGuide explica con palabras sencillas el tratamiento de la LLA.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="37"/>
        <location filename="../allguide/ui/kiosk/countdown.py" line="38"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="42"/>
        <source>Seconds until AllGuide starts again for the next visitor:</source>
        <translation>Segundos hasta que AllGuide vuelva a empezar para la siguiente persona:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="47"/>
        <source>Seconds left</source>
        <translation>Segundos que faltan</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/countdown.py" line="48"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>CrashNote</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="38"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="39"/>
        <source>Something went wrong, but AllGuide is still working.</source>
        <translation>Algo salió mal, pero AllGuide sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="46"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="69"/>
        <source>You can go on reading. This message closes by itself.</source>
        <translation>Puede seguir leyendo. Este mensaje se cerrará solo.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="72"/>
        <source>You can go on reading. If it keeps happening, close AllGuide and open it again.</source>
        <translation>Puede seguir leyendo. Si sigue pasando, cierre AllGuide y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="76"/>
        <source>You can go on reading. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation>Puede seguir leyendo. Lo que salió mal quedó anotado en %1, para quien se ocupa de esta computadora.</translation>
    </message>
</context>
<context>
    <name>DisclaimerBanner</name>
    <message>
        <location filename="../allguide/ui/banner.py" line="26"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation>Esto es información, no consejo médico: consulte a su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="43"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>No se pudo leer la fecha del contenido.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="45"/>
        <source>Content updated %1, from the %2 page “%3”.</source>
        <translation>Contenido actualizado el %1, a partir de la página “%3” de %2.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/banner.py" line="51"/>
        <source>This is a translation of the English version of %1.</source>
        <translation>Esta es una traducción de la versión en inglés del %1.</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="106"/>
        <location filename="../allguide/ui/zoom/control.py" line="108"/>
        <source>Text size and colours</source>
        <translation>Tamaño de la letra y colores</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="109"/>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="30"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/timeline/durations.py" line="32"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalLinkBar</name>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="55"/>
        <source>AllGuide does not open websites. To visit this page, copy the address:</source>
        <translation>AllGuide no abre sitios web. Para visitar esta página, copie la dirección:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="60"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="84"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="62"/>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="108"/>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="43"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="75"/>
        <source>AllGuide does not open websites. To read this page on your phone, point your phone&apos;s camera at this code.</source>
        <translation>AllGuide no abre sitios web. Para leer esta página en su teléfono, apunte la cámara del teléfono a este código.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/external_link_bar.py" line="116"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../allguide/ui/home/page.py" line="63"/>
        <source>Welcome to AllGuide</source>
        <translation>Le damos la bienvenida a AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="72"/>
        <source>AllGuide explains the treatment of acute lymphoblastic leukaemia (ALL) in plain words. It is for people with ALL and for their families and friends. It works without the internet.</source>
        <translation>AllGuide explica con palabras sencillas el tratamiento de la leucemia linfoblástica aguda (LLA). Es para las personas con LLA y para sus familiares y amigos. Funciona sin internet.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="90"/>
        <source>Look something up:</source>
        <translation>Buscar información:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="95"/>
        <source>Side effects A–Z</source>
        <translation>Efectos secundarios A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="96"/>
        <source>Every side effect, in everyday words. Filter by treatment.</source>
        <translation>Todos los efectos secundarios, con palabras de todos los días. Filtre por tratamiento.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="100"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="101"/>
        <source>The phases of treatment and how long each may last.</source>
        <translation>Las fases del tratamiento y cuánto puede durar cada una.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="105"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="106"/>
        <source>Type a word, a medicine from the pharmacy label, or a side effect.</source>
        <translation>Escriba una palabra, un medicamento de la etiqueta de la farmacia o un efecto secundario.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/home/page.py" line="117"/>
        <source>Or choose a topic:</source>
        <translation>O elija un tema:</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../allguide/ui/language/chooser.py" line="35"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../allguide/ui/language/chooser.py" line="70"/>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="335"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="339"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="343"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="344"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="345"/>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="348"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="355"/>
        <location filename="../allguide/ui/mainwindow.py" line="538"/>
        <source>Side effects A–Z</source>
        <translation>Efectos secundarios A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="356"/>
        <source>&amp;Side effects A–Z</source>
        <translation>Efectos &amp;secundarios A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="358"/>
        <location filename="../allguide/ui/mainwindow.py" line="540"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="359"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="381"/>
        <location filename="../allguide/ui/mainwindow.py" line="536"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="386"/>
        <source>About AllGuide</source>
        <translation>Acerca de AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/mainwindow.py" line="392"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Mis fechas</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="56"/>
        <source>Enter the day treatment started to see roughly when each phase may fall.</source>
        <translation>Indique el día en que empezó el tratamiento para ver, más o menos, cuándo puede tocar cada fase.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="65"/>
        <source>Start date of treatment</source>
        <translation>Fecha de inicio del tratamiento</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="66"/>
        <source>Show my dates</source>
        <translation>Ver mis fechas</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="68"/>
        <source>Remember this date on this computer</source>
        <translation>Recordar esta fecha en esta computadora</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="70"/>
        <source>Forget my date</source>
        <translation>Olvidar mi fecha</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="105"/>
        <source>The saved start date could not be read, so it was forgotten.</source>
        <translation>No se pudo leer la fecha de inicio guardada, así que se ha borrado.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="172"/>
        <source>may start on %1</source>
        <translation>puede empezar el %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="180"/>
        <source>may go on until as late as %1</source>
        <translation>puede seguir hasta el %1 como muy tarde</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="182"/>
        <source>may end on %1</source>
        <translation>puede terminar el %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="189"/>
        <source>%1: %2; %3.</source>
        <translation>%1: %2; %3.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="175"/>
        <source>may start between %1 and %2</source>
        <translation>puede empezar entre el %1 y el %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="159"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation>Estas fechas solo usan las duraciones que da la fuente. Lo que cuenta es el plan de su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/my_dates.py" line="185"/>
        <source>may end between %1 and %2</source>
        <translation>puede terminar entre el %1 y el %2</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../allguide/ui/navigation/view.py" line="42"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="57"/>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="74"/>
        <source>Type %1</source>
        <translation>Escribir %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="82"/>
        <source>Hide keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="84"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="86"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="88"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/keyboard.py" line="93"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>PageBuilder</name>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="99"/>
        <source>This page is a translation of the English version of %1.</source>
        <translation>Esta página es una traducción de la versión en inglés del %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="102"/>
        <source>Show in English</source>
        <translation>Ver en inglés</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="118"/>
        <source>Shown in English, the version this page was translated from.</source>
        <translation>Se muestra en inglés, la versión de la que se tradujo esta página.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="119"/>
        <source>Show the translation</source>
        <translation>Ver la traducción</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="122"/>
        <source>This page has not been translated yet, so it is shown in English.</source>
        <translation>Esta página aún no está traducida, por eso se muestra en inglés.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="164"/>
        <source>From %1, “%2”.</source>
        <translation>De %1, “%2”.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="168"/>
        <source>More in “%1”</source>
        <translation>Más en “%1”</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="174"/>
        <source>This page is not available</source>
        <translation>Esta página no está disponible</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="177"/>
        <source>The page “%1” could not be loaded. Its content file may be missing or have a mistake in it. Everything else in AllGuide still works.</source>
        <translation>No se pudo cargar la página “%1”. Puede que falte su archivo de contenido o que tenga un error. Todo lo demás de AllGuide sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="182"/>
        <source>Go to the home page</source>
        <translation>Ir a la página de inicio</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="193"/>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="194"/>
        <source>How strong</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="197"/>
        <source>Medicines in this phase</source>
        <translation>Medicamentos en esta fase</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="198"/>
        <source>Side effects in this phase</source>
        <translation>Efectos secundarios en esta fase</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="211"/>
        <source>Kind of medicine</source>
        <translation>Tipo de medicamento</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="213"/>
        <source>Brand names</source>
        <translation>Nombres comerciales</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="216"/>
        <source>Approved for</source>
        <translation>Aprobado para</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="219"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="232"/>
        <source>Other words for it</source>
        <translation>Otras palabras para decirlo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="236"/>
        <source>Can come with</source>
        <translation>Puede aparecer con</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="294"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="316"/>
        <source>In this section</source>
        <translation>En esta sección</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="328"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="334"/>
        <source>More on this topic, from the source page’s references:</source>
        <translation>Más sobre este tema, en las referencias de la página de origen:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="343"/>
        <source>Also called: %1</source>
        <translation>Otros nombres: %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="351"/>
        <source>The source page’s references</source>
        <translation>Las referencias de la página de origen</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="355"/>
        <source>Sources AllGuide added</source>
        <translation>Fuentes que añadió AllGuide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="364"/>
        <source>Published %1.</source>
        <translation>Publicado el %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="367"/>
        <source>Accessed %1.</source>
        <translation>Consultado el %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="376"/>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="377"/>
        <source>Steroid</source>
        <translation>Esteroide</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="378"/>
        <source>Tyrosine kinase inhibitor (TKI)</source>
        <translation>Inhibidor de la tirosina quinasa (ITQ)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="379"/>
        <source>Menin inhibitor</source>
        <translation>Inhibidor de menina</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="380"/>
        <source>Antibody (immunotherapy)</source>
        <translation>Anticuerpo (inmunoterapia)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/page_builder.py" line="381"/>
        <source>CAR T-cell therapy</source>
        <translation>Terapia con células CAR-T</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="72"/>
        <source>Choose it to see this phase&apos;s details. The arrow keys go to the other phases.</source>
        <translation>Elíjala para ver los detalles de esta fase. Las teclas de flecha llevan a las otras fases.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="148"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/phase_bar.py" line="152"/>
        <source>or %1</source>
        <translation>o %1</translation>
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
        <translation>Salida para el personal</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="78"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="91"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="92"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="209"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="211"/>
        <source>Enter the staff PIN to close AllGuide.</source>
        <translation>Escriba el PIN del personal para cerrar AllGuide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/kiosk/pin_prompt.py" line="219"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>Inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="88"/>
        <source>Save page as PDF…</source>
        <translation>Guardar página como PDF…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="90"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="99"/>
        <source>Save or print</source>
        <translation>Guardar o imprimir</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="100"/>
        <source>&amp;Print</source>
        <translation>Im&amp;primir</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="147"/>
        <source>Save the page shown as a PDF file, or print it</source>
        <translation>Guardar la página que se muestra como archivo PDF, o imprimirla</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="207"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="218"/>
        <source>Save page as PDF</source>
        <translation>Guardar página como PDF</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="232"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/actions.py" line="233"/>
        <source>The file “%1” could not be written.</source>
        <translation>No se ha podido escribir el archivo «%1».</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="56"/>
        <source>This is information, not medical advice: ask your care team.</source>
        <translation>Esto es información, no consejo médico: consulte a su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="61"/>
        <source>The content&apos;s date could not be read.</source>
        <translation>No se ha podido leer la fecha del contenido.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="62"/>
        <source>Content updated %1.</source>
        <translation>Contenido actualizado el %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/sheet.py" line="93"/>
        <source>References cited on this page</source>
        <translation>Fuentes citadas en esta página</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="75"/>
        <source>Some content could not be loaded, so a few pages may be missing. Everything else works. Please tell the people who look after this computer:</source>
        <translation>No se pudo cargar parte del contenido, así que pueden faltar algunas páginas. Todo lo demás funciona. Por favor, avise a las personas que se ocupan de esta computadora:</translation>
    </message>
    <message numerus="yes">
        <location filename="../allguide/ui/problems_bar.py" line="81"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="86"/>
        <source>Some of AllGuide&apos;s saved settings could not be used, so they were forgotten and the usual ones are used. All the content is there.</source>
        <translation>Algunos ajustes guardados de AllGuide no se pudieron usar, así que se borraron y se usan los habituales. Todo el contenido está disponible.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="91"/>
        <source>AllGuide&apos;s saved settings could not be read, so it started with the usual window size and layout. All the content is there.</source>
        <translation>No se pudieron leer los ajustes guardados de AllGuide, así que se abrió con el tamaño y la disposición de ventana habituales. Todo el contenido está disponible.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="106"/>
        <source>the settings file has a mistake in it</source>
        <translation>el archivo de ajustes tiene un error</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="108"/>
        <source>the settings file cannot be read</source>
        <translation>no se puede leer el archivo de ajustes</translation>
    </message>
    <message>
        <location filename="../allguide/ui/problems_bar.py" line="112"/>
        <source>these saved values could not be used, so they were forgotten: %1</source>
        <translation>estos valores guardados no se pudieron usar, así que se borraron: %1</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../allguide/ui/reader/browser.py" line="64"/>
        <source>Reader</source>
        <translation>Área de lectura</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../allguide/ui/search/box.py" line="27"/>
        <source>Search: a word, a medicine, a side effect…</source>
        <translation>Buscar: una palabra, un medicamento, un efecto secundario…</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="28"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/box.py" line="40"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="54"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="93"/>
        <source>That search is too long. Try a few words.</source>
        <translation>Esa búsqueda es demasiado larga. Pruebe con unas pocas palabras.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="91"/>
        <source>Type a word to search for.</source>
        <translation>Escriba una palabra para buscar.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="116"/>
        <source>Results for “%1”: %2</source>
        <translation>Resultados para “%1”: %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="110"/>
        <location filename="../allguide/ui/search/panel.py" line="119"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="121"/>
        <source>(also searched for %1)</source>
        <translation>(también se buscó %1)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="107"/>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para “%1”.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="111"/>
        <source>No page uses %1.</source>
        <translation>Ninguna página usa %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="124"/>
        <source>Pages that mention “%1”:</source>
        <translation>Páginas que mencionan “%1”:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/panel.py" line="136"/>
        <source>Did you mean:</source>
        <translation>Quizás quiso decir:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../allguide/ui/search/model.py" line="30"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="31"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="32"/>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <location filename="../allguide/ui/search/model.py" line="33"/>
        <source>Word explained</source>
        <translation>Palabra explicada</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="229"/>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="234"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="230"/>
        <source>Everything in AllGuide works with the keyboard alone.</source>
        <translation>Todo en AllGuide funciona solo con el teclado.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="235"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="235"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="268"/>
        <source>Go to the next part of the window</source>
        <translation>Ir a la siguiente parte de la ventana</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="269"/>
        <source>Go to the part before</source>
        <translation>Ir a la parte anterior</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="270"/>
        <source>Open or press the part you are on</source>
        <translation>Abrir o pulsar la parte en la que está</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="271"/>
        <source>Move in a list, the topics or the timeline</source>
        <translation>Moverse en una lista, los temas o la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="271"/>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <location filename="../allguide/ui/shortcuts_dialog.py" line="272"/>
        <source>Clear the search, or close a window like this one</source>
        <translation>Borrar la búsqueda, o cerrar una ventana como esta</translation>
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
        <translation>Efectos secundarios A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="38"/>
        <source>No side effect matches.</source>
        <translation>Ningún efecto secundario coincide.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="47"/>
        <source>Only the side effects that match “%1”.</source>
        <translation>Solo los efectos secundarios que coinciden con «%1».</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/side_effect_list.py" line="51"/>
        <source>Only those that come with: %1.</source>
        <translation>Solo los que aparecen con: %1.</translation>
    </message>
</context>
<context>
    <name>SideEffectsView</name>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="51"/>
        <source>Side effects A–Z</source>
        <translation>Efectos secundarios A–Z</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="57"/>
        <source>Type to filter, e.g. tired or sick</source>
        <translation>Escriba para filtrar, p. ej., cansancio o náuseas</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="58"/>
        <source>Filter side effects</source>
        <translation>Filtrar efectos secundarios</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="71"/>
        <source>Comes with:</source>
        <translation>Aparece con:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="86"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="90"/>
        <source>No side effect matches. Try other words, or switch on all treatments.</source>
        <translation>Ningún efecto secundario coincide. Pruebe con otras palabras o active todos los tratamientos.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/side_effects/view.py" line="100"/>
        <source>Side effect details</source>
        <translation>Detalles del efecto secundario</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="121"/>
        <source>AllGuide could not open</source>
        <translation>AllGuide no pudo abrirse</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="122"/>
        <source>AllGuide could not open. This is not your fault.</source>
        <translation>AllGuide no pudo abrirse. No es culpa suya.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="130"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="141"/>
        <source>Please tell someone who looks after this computer.</source>
        <translation>Por favor, avise a alguien que se ocupe de esta computadora.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="144"/>
        <source>Close this window and open AllGuide again. If it keeps happening, tell whoever looks after this computer.</source>
        <translation>Cierre esta ventana y vuelva a abrir AllGuide. Si sigue pasando, avise a quien se ocupa de esta computadora.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/crash_note.py" line="149"/>
        <source>Close this window and open AllGuide again. What went wrong was written down in %1, for whoever looks after this computer.</source>
        <translation>Cierre esta ventana y vuelva a abrir AllGuide. Lo que salió mal quedó anotado en %1, para quien se ocupa de esta computadora.</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <location filename="../allguide/ui/reader/term_card.py" line="59"/>
        <location filename="../allguide/ui/reader/term_card.py" line="60"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../allguide/ui/reader/term_card.py" line="82"/>
        <source>Meaning of “%1”</source>
        <translation>Qué significa “%1”</translation>
    </message>
</context>
<context>
    <name>TextSizeActions</name>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="50"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="53"/>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/control.py" line="55"/>
        <source>Normal size</source>
        <translation>Tamaño normal</translation>
    </message>
</context>
<context>
    <name>ThemeActions</name>
    <message>
        <location filename="../allguide/ui/zoom/themes.py" line="51"/>
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <location filename="../allguide/ui/zoom/themes.py" line="53"/>
        <source>This colour theme&apos;s file is damaged, so it cannot be shown. Please tell the people who look after this computer.</source>
        <translation>El archivo de este tema de colores está dañado, así que no se puede mostrar. Por favor, avise a las personas que se ocupan de esta computadora.</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="70"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="71"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="72"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../allguide/ui/theme/choice.py" line="78"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="79"/>
        <source>Equal widths: each phase gets the same space, whatever its length.</source>
        <translation>Anchos iguales: cada fase ocupa el mismo espacio, dure lo que dure.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="95"/>
        <source>For some patients. The source gives these no fixed time:</source>
        <translation>Para algunos pacientes. La fuente no les da un momento fijo:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="93"/>
        <source>Among the common chemotherapy medicines:</source>
        <translation>Entre los medicamentos de quimioterapia más comunes:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="319"/>
        <location filename="../allguide/ui/timeline/chart.py" line="330"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/chart.py" line="336"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="27"/>
        <source>Treatment phases over time</source>
        <translation>Las fases del tratamiento en el tiempo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="32"/>
        <source>This is not your child&apos;s or your own plan.</source>
        <translation>Esto no es el plan de su hijo o hija, ni el suyo.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="49"/>
        <source>My dates</source>
        <translation>Mis fechas</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="50"/>
        <source>Start date: %1.</source>
        <translation>Fecha de inicio: %1.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/printing/timeline_page.py" line="59"/>
        <source>These dates only use the lengths the source gives. Your care team&apos;s plan is what counts.</source>
        <translation>Estas fechas solo usan las duraciones que da la fuente. Lo que cuenta es el plan de su equipo de atención.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="53"/>
        <location filename="../allguide/ui/timeline/view.py" line="61"/>
        <source>Treatment phases over time</source>
        <translation>Las fases del tratamiento en el tiempo</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="66"/>
        <source>Chemotherapy for ALL has three phases. Choose a phase to read about it. Each bar shows how long the source says a phase may last. This is not your child&apos;s or your own plan.</source>
        <translation>La quimioterapia para la LLA tiene tres fases. Elija una fase para leer sobre ella. Cada barra muestra cuánto puede durar una fase, según la fuente. Esto no es el plan de su hijo o hija, ni el suyo.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="73"/>
        <source>To scale</source>
        <translation>A escala</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="74"/>
        <source>Equal widths</source>
        <translation>Anchos iguales</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="83"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="92"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="102"/>
        <source>The phases follow one another. The source gives no start dates: drawn to scale, each bar starts where the phase before it may end at the earliest. A bar reaches as far as its phase may last; a dashed line inside marks another length it may last. Tall bar: high doses; short bar: lower doses. Dashed box: the source gives it no fixed time.</source>
        <translation>Las fases van una tras otra. La fuente no da fechas de inicio: a escala, cada barra empieza donde la fase anterior puede terminar como muy pronto. Una barra llega hasta donde puede durar su fase; una línea discontinua dentro marca otra duración que puede tener. Barra alta: dosis altas; barra baja: dosis más bajas. Recuadro discontinuo: la fuente no le da un momento fijo.</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="117"/>
        <source>Phase details</source>
        <translation>Detalles de la fase</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="120"/>
        <source>Read this phase in the reader</source>
        <translation>Leer sobre esta fase en el área de lectura</translation>
    </message>
    <message>
        <location filename="../allguide/ui/timeline/view.py" line="129"/>
        <location filename="../allguide/ui/timeline/view.py" line="136"/>
        <source>The phases as a list</source>
        <translation>Las fases en forma de lista</translation>
    </message>
</context>
<context>
    <name>TrackRow</name>
    <message>
        <location filename="../allguide/ui/timeline/track_row.py" line="25"/>
        <source>Opens its page in the reader.</source>
        <translation>Abre su página en el lector.</translation>
    </message>
</context>
</TS>
