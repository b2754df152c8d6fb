<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Romanian for the texts Qt draws itself (standard buttons, wizard buttons): PySide6 ships no
     qtbase_ro.qm, so without this file Romanian dialogs would show English OK/Cancel/Next. -->
<TS version="2.1" language="ro_RO">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvați</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvați tot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschideți</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da pentru &amp;toate</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u pentru toate</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonați</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncercați</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorați</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunțați</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Nu salvați</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicați</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetați</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabiliți valorile implicite</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminați</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuați</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmați</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
</TS>
