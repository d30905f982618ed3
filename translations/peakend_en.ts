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
    <name>EmotionCurveChart</name>
    <message numerus="yes">
        <source>%n other vendor(s)</source>
        <translation>
            <numerusform>%n other vendor</numerusform>
            <numerusform>%n other vendors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>Step 6: decide which of the %n requirement(s) to do, by strategic fit and readiness.</source>
        <translation>
            <numerusform>Step 6: decide which of the %n requirement to do, by strategic fit and readiness.</numerusform>
            <numerusform>Step 6: decide which of the %n requirements to do, by strategic fit and readiness.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>  … and %Ln more.</source>
        <translation>
            <numerusform>  … and %Ln more.</numerusform>
            <numerusform>  … and %Ln more.</numerusform>
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
    <message numerus="yes">
        <source>suggested from the headers and %Ln answer row(s)</source>
        <translation>
            <numerusform>suggested from the headers and %Ln answer row</numerusform>
            <numerusform>suggested from the headers and %Ln answer rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln header row(s), mapping %3.</source>
        <translation>
            <numerusform>%1: %2, %Ln header row, mapping %3.</numerusform>
            <numerusform>%1: %2, %Ln header rows, mapping %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln data row(s): </source>
        <translation>
            <numerusform>Checked %Ln data row: </numerusform>
            <numerusform>Checked %Ln data rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s), </source>
        <translation>
            <numerusform>%Ln respondent, </numerusform>
            <numerusform>%Ln respondents, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); nothing written (--dry-run).</source>
        <translation>
            <numerusform>%Ln rating; nothing written (--dry-run).</numerusform>
            <numerusform>%Ln ratings; nothing written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %1 of %Ln data row(s).</source>
        <translation>
            <numerusform> in %1 of %Ln data row.</numerusform>
            <numerusform> in %1 of %Ln data rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the project: %Ln vendor(s), </source>
        <translation>
            <numerusform>Added to the project: %Ln vendor, </numerusform>
            <numerusform>Added to the project: %Ln vendors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subprocess(es), </source>
        <translation>
            <numerusform>%Ln subprocess, </numerusform>
            <numerusform>%Ln subprocesses, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln factor(s), </source>
        <translation>
            <numerusform>%Ln factor, </numerusform>
            <numerusform>%Ln factors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent attribute(s).</source>
        <translation>
            <numerusform>%Ln respondent attribute.</numerusform>
            <numerusform>%Ln respondent attributes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message numerus="yes">
        <source>The mapping describes %n column(s), the file has %1.</source>
        <translation>
            <numerusform>The mapping describes %n column, the file has %1.</numerusform>
            <numerusform>The mapping describes %n columns, the file has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message numerus="yes">
        <source>no answers in the first %Ln row(s)</source>
        <translation>
            <numerusform>no answers in the first %Ln row</numerusform>
            <numerusform>no answers in the first %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentResponseChart</name>
    <message numerus="yes">
        <source>Critical incidents answered within %Ln hour(s)</source>
        <translation>
            <numerusform>Critical incidents answered within %Ln hour</numerusform>
            <numerusform>Critical incidents answered within %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s) answered within the window, %2 of the complaints; median response of the answered ones %3 hours. Bars: the share answered in time at each touchpoint and channel; beside them how many and the median response.</source>
        <translation>
            <numerusform>%1 of %Ln incident answered within the window, %2 of the complaints; median response of the answered ones %3 hours. Bars: the share answered in time at each touchpoint and channel; beside them how many and the median response.</numerusform>
            <numerusform>%1 of %Ln incidents answered within the window, %2 of the complaints; median response of the answered ones %3 hours. Bars: the share answered in time at each touchpoint and channel; beside them how many and the median response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % answered within %Ln hour(s)</source>
        <translation>
            <numerusform>%1 % answered within %Ln hour</numerusform>
            <numerusform>%1 % answered within %Ln hours</numerusform>
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
    <name>Peakend::ImportMappingModel</name>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ImportMappingPage</name>
    <message numerus="yes">
        <source>Suggested from the column headers, the first %Ln answer row(s) and the project&apos;s names: check every row before going on.</source>
        <translation>
            <numerusform>Suggested from the column headers, the first %Ln answer row and the project&apos;s names: check every row before going on.</numerusform>
            <numerusform>Suggested from the column headers, the first %Ln answer rows and the project&apos;s names: check every row before going on.</numerusform>
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
    <message numerus="yes">
        <source>%Ln respondent(s), scale %1</source>
        <translation>
            <numerusform>%Ln respondent, scale %1</numerusform>
            <numerusform>%Ln respondents, scale %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectReport</name>
    <message numerus="yes">
        <source>Moments customers tell of unprompted, good or bad (seed 003); a complaint answered within %Ln hour(s) can still be turned round. Median response: of the incidents that were answered.</source>
        <translation>
            <numerusform>Moments customers tell of unprompted, good or bad (seed 003); a complaint answered within %Ln hour can still be turned round. Median response: of the incidents that were answered.</numerusform>
            <numerusform>Moments customers tell of unprompted, good or bad (seed 003); a complaint answered within %Ln hours can still be turned round. Median response: of the incidents that were answered.</numerusform>
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
    <name>SegmentComparisonChart</name>
    <message numerus="yes">
        <source>%Ln respondent(s) are in both segments: the intervals assume two independent groups.</source>
        <translation>
            <numerusform>%Ln respondent are in both segments: the intervals assume two independent groups.</numerusform>
            <numerusform>%Ln respondents are in both segments: the intervals assume two independent groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyDataLoader</name>
    <message numerus="yes">
        <source>The ratings of %n respondent × vendor pair(s) of wave “%1” do not read back and were left out (the first: respondent %2, vendor %3).</source>
        <translation>
            <numerusform>The ratings of %n respondent × vendor pair of wave “%1” do not read back and were left out (the first: respondent %2, vendor %3).</numerusform>
            <numerusform>The ratings of %n respondent × vendor pairs of wave “%1” do not read back and were left out (the first: respondent %2, vendor %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) name a respondent who is not in wave “%1” and were left out.</source>
        <translation>
            <numerusform>%n answer name a respondent who is not in wave “%1” and were left out.</numerusform>
            <numerusform>%n answers name a respondent who is not in wave “%1” and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) name a vendor that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n answer name a vendor that is not in the project and were left out.</numerusform>
            <numerusform>%n answers name a vendor that is not in the project and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) name a subprocess that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n rating name a subprocess that is not in the project and were left out.</numerusform>
            <numerusform>%n ratings name a subprocess that is not in the project and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) name a factor or a kind that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n factor answer name a factor or a kind that is not in the project and were left out.</numerusform>
            <numerusform>%n factor answers name a factor or a kind that is not in the project and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) of wave “%1” have a weight outside 0.000001 to 1,000,000 and were left out.</source>
        <translation>
            <numerusform>%n respondent of wave “%1” has a weight outside 0.000001 to 1,000,000 and was left out.</numerusform>
            <numerusform>%n respondents of wave “%1” have a weight outside 0.000001 to 1,000,000 and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of wave “%1” hold a number no rating scale has (above a million, or infinite) and were left out.</source>
        <translation>
            <numerusform>%n answer of wave “%1” holds a number no rating scale has (above a million, or infinite) and was left out.</numerusform>
            <numerusform>%n answers of wave “%1” hold a number no rating scale has (above a million, or infinite) and were left out.</numerusform>
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
    <message numerus="yes">
        <source>No answer in column(s) %1: every cell is empty or a code for no answer.</source>
        <translation>
            <numerusform>No answer in column %1: every cell is empty or a code for no answer.</numerusform>
            <numerusform>No answer in columns %1: every cell is empty or a code for no answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overall or recommend answer(s) name no vendor and are left out: map a vendor column or give the vendor of the file.</source>
        <translation>
            <numerusform>%Ln overall or recommend answer names no vendor and is left out: map a vendor column or give the vendor of the file.</numerusform>
            <numerusform>%Ln overall or recommend answers name no vendor and are left out: map a vendor column or give the vendor of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: column(s) %1.</source>
        <translation>
            <numerusform>Not imported: column %1.</numerusform>
            <numerusform>Not imported: columns %1.</numerusform>
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
    <message numerus="yes">
        <source>Set %n workshop rating(s)</source>
        <translation>
            <numerusform>Set %n workshop rating</numerusform>
            <numerusform>Set %n workshop ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveAssembly</name>
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
    <name>WeakestLinkChart</name>
    <message numerus="yes">
        <source>Alert: %1 and %n more vendor(s).</source>
        <translation>
            <numerusform>Alert: %1 and %n more vendor.</numerusform>
            <numerusform>Alert: %1 and %n more vendors.</numerusform>
        </translation>
    </message>
</context>
</TS>
