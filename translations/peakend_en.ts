<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliProject</name>
    <message numerus="yes">
        <source>n = %Ln respondent(s)</source>
        <translation>
            <numerusform>n = %Ln respondent</numerusform>
            <numerusform>n = %Ln respondents</numerusform>
        </translation>
    </message>
</context>
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
    <name>DriverImportanceChart</name>
    <message numerus="yes">
        <source> (%Ln rows with a missing answer left out)</source>
        <translation>
            <numerusform> (%Ln rows with a missing answer left out)</numerusform>
            <numerusform> (%Ln rows with a missing answer left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more.</source>
        <translation>
            <numerusform>  … and %Ln more.</numerusform>
            <numerusform>  … and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln data row(s): nothing written (--dry-run).</source>
        <translation>
            <numerusform>Checked %Ln data row: nothing written (--dry-run).</numerusform>
            <numerusform>Checked %Ln data rows: nothing written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the wave “%1”: %Ln respondent(s), </source>
        <translation>
            <numerusform>Imported the wave “%1”: %Ln respondent, </numerusform>
            <numerusform>Imported the wave “%1”: %Ln respondents, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) with problems left out</source>
        <translation>
            <numerusform>; %Ln row with problems left out</numerusform>
            <numerusform>; %Ln rows with problems left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message numerus="yes">
        <source>%n period(s).</source>
        <translation>
            <numerusform>%n period.</numerusform>
            <numerusform>%n periods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::CatalogueEditor</name>
    <message numerus="yes">
        <source>“%1” is not removed: %Ln stored row(s) (survey answers, touchpoints, incidents, cycle entries or KPIs) refer to it. Remove those first, or rename it instead.</source>
        <translation>
            <numerusform>“%1” is not removed: %Ln stored row (survey answers, touchpoints, incidents, cycle entries or KPIs) refer to it. Remove those first, or rename it instead.</numerusform>
            <numerusform>“%1” is not removed: %Ln stored rows (survey answers, touchpoints, incidents, cycle entries or KPIs) refer to it. Remove those first, or rename it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ChartsPage</name>
    <message numerus="yes">
        <source>n = %Ln respondent(s)</source>
        <translation>
            <numerusform>n = %Ln respondent</numerusform>
            <numerusform>n = %Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent × vendor pair(s)</source>
        <translation>
            <numerusform>%Ln respondent × vendor pair</numerusform>
            <numerusform>%Ln respondent × vendor pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ImportProgressPage</name>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with problems.</source>
        <translation>
            <numerusform>Left out: %Ln row with problems.</numerusform>
            <numerusform>Left out: %Ln rows with problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ImportValidationPage</name>
    <message numerus="yes">
        <source>No problems in %Ln row(s): %1 respondents and %2 subprocess ratings are ready to import.</source>
        <translation>
            <numerusform>No problems in %Ln row: %1 respondents and %2 subprocess ratings are ready to import.</numerusform>
            <numerusform>No problems in %Ln rows: %1 respondents and %2 subprocess ratings are ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in %1 of %2 rows.</source>
        <translation>
            <numerusform>%Ln problem in %1 of %2 rows.</numerusform>
            <numerusform>%Ln problems in %1 of %2 rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln row(s) with problems and import the other %1</source>
        <translation>
            <numerusform>&amp;Skip the %Ln row with problems and import the other %1</numerusform>
            <numerusform>&amp;Skip the %Ln rows with problems and import the other %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::MainWindow</name>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectTreeModel</name>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>Wrote %n table as CSV to %1</numerusform>
            <numerusform>Wrote %n tables as CSV to %1</numerusform>
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
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>%n stored row(s) refer to it, so it was not removed.</source>
        <translation>
            <numerusform>%n stored row refer to it, so it was not removed.</numerusform>
            <numerusform>%n stored rows refer to it, so it was not removed.</numerusform>
        </translation>
    </message>
</context>
</TS>
