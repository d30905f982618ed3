<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DriverImportance</name>
    <message numerus="yes">
        <source>Only %n complete row(s) for %1 drivers: derived importance needs at least %2. Use fewer drivers or more responses.</source>
        <translation>
            <numerusform>Only %n complete row for %1 drivers: derived importance needs at least %2. Use fewer drivers or more responses.</numerusform>
            <numerusform>Only %n complete rows for %1 drivers: derived importance needs at least %2. Use fewer drivers or more responses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::MainWindow</name>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
</TS>
