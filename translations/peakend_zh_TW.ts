<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>What to print, comma-separated: %1, or all (default).</source>
        <translation>要輸出的部分，以逗號分隔：%1，或 all（預設）。</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Unknown --what “%1”: use %2 or all.</source>
        <translation>未知的 --what「%1」：請使用 %2 或 all。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>已將 %1 寫入 %2</translation>
    </message>
    <message>
        <source>Analyse a project&apos;s survey wave and print the results as JSON (shape in README.md) or as CSV, one table per section.</source>
        <translation>分析專案的調查批次，並以 JSON（結構見 README.md）或 CSV（每個部分一個表格）輸出結果。</translation>
    </message>
    <message>
        <source>JSON output (the default).</source>
        <translation>JSON 輸出（預設）。</translation>
    </message>
    <message>
        <source>CSV output: one section on stdout, or with -o each section as SECTION.csv.</source>
        <translation>CSV 輸出：一個部分輸出到標準輸出，或配合 -o 將每個部分寫為 部分.csv。</translation>
    </message>
    <message>
        <source>With --csv: the folder for the CSV files.</source>
        <translation>配合 --csv：存放 CSV 檔的資料夾。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Choose --json or --csv.</source>
        <translation>請選擇 --json 或 --csv。</translation>
    </message>
    <message>
        <source>--csv prints one section: name it with --what, or write them all with -o FOLDER.</source>
        <translation>--csv 只輸出一個部分：請用 --what 指定，或用 -o 資料夾 寫出全部。</translation>
    </message>
    <message>
        <source>The comparison needs two segments: --compare A B.</source>
        <translation>比較需要兩個細分群體：--compare A B。</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>The scale must have a minimum below its maximum and the neutral point between them.</source>
        <translation>量表的最小值必須小於最大值，且中性點須介於兩者之間。</translation>
    </message>
    <message>
        <source>A project holds at most %1 vendors.</source>
        <translation>一個專案最多包含 %1 個供應商。</translation>
    </message>
    <message>
        <source>A project holds at most %1 subprocesses.</source>
        <translation>一個專案最多包含 %1 個子流程。</translation>
    </message>
    <message>
        <source>A project holds at most %1 factors.</source>
        <translation>一個專案最多包含 %1 個體驗因素。</translation>
    </message>
    <message>
        <source>A project holds at most %1 channels.</source>
        <translation>一個專案最多包含 %1 個通路。</translation>
    </message>
    <message>
        <source>A project holds at most %1 touchpoints.</source>
        <translation>一個專案最多包含 %1 個接觸點。</translation>
    </message>
</context>
<context>
    <name>CemFromSurvey</name>
    <message>
        <source>Overall satisfaction</source>
        <translation>整體滿意度</translation>
    </message>
</context>
<context>
    <name>ChannelConsistencyChart</name>
    <message>
        <source>Channel consistency</source>
        <translation>通路一致性</translation>
    </message>
    <message>
        <source>Consistency = 1 − mean |channel A − channel B| / (scale max − min); 1 is the same experience everywhere. Overall %1.</source>
        <translation>一致性 = 1 − 平均 |通路 A − 通路 B| / (量表最大值 − 最小值)；1 表示各通路體驗完全相同。整體 %1。</translation>
    </message>
    <message>
        <source>Needs a respondent attribute that says through which channel each customer came: one named “channel”, or one whose answers are the names of the project&apos;s channels (two or more), so that the same subprocess can be compared across channels.</source>
        <translation>需要一個說明每位顧客透過哪個渠道而來的受訪者屬性：名為“channel”的屬性，或其回答為專案渠道名稱（兩個或以上）的屬性，以便在不同渠道間比較同一子流程。</translation>
    </message>
    <message>
        <source>%1: mean %2</source>
        <translation>%1：平均值 %2</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>consistency %1</source>
        <translation>一致性 %1</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>no ratings</source>
        <translation>沒有評分</translation>
    </message>
    <message>
        <source>mean %1 · n = %2</source>
        <translation>平均值 %1 · n = %2</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95 % 置信區間 %1 至 %2</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>沒有回答</translation>
    </message>
    <message>
        <source>%1 % · n = %2</source>
        <translation>%1 % · n = %2</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2 %</source>
        <translation>95 % 置信區間 %1 至 %2 %</translation>
    </message>
    <message>
        <source>%1 (%2–%3 of %4)</source>
        <translation>%1（第 %2–%3 列，共 %4 列）</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, and only %3 fit in its space with their names readable.</source>
        <translation>「%1」有 %2 列，但在其空間內只能容納 %3 列而使名稱清晰易讀。</translation>
    </message>
</context>
<context>
    <name>ChartBook</name>
    <message>
        <source>Emotion Curves</source>
        <translation>情緒曲線</translation>
    </message>
    <message>
        <source>Importance Along the Journey</source>
        <translation>旅程各階段的重要性</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>領先次數</translation>
    </message>
    <message>
        <source>Journey Drivers</source>
        <translation>旅程驅動力</translation>
    </message>
    <message>
        <source>Factor Drivers</source>
        <translation>因素驅動力</translation>
    </message>
    <message>
        <source>Importance–Performance</source>
        <translation>重要性–表現</translation>
    </message>
    <message>
        <source>Memory Rules</source>
        <translation>記憶規則</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Weakest Link</source>
        <translation>最薄弱環節</translation>
    </message>
    <message>
        <source>Channel Consistency</source>
        <translation>通路一致性</translation>
    </message>
    <message>
        <source>Journey Map</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <source>Gaps (CEM)</source>
        <translation>差距（CEM）</translation>
    </message>
    <message>
        <source>subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>factors</source>
        <translation>體驗因素</translation>
    </message>
    <message>
        <source>derived (%1, rescaled to the scale)</source>
        <translation>推導值（%1，換算到量表）</translation>
    </message>
    <message>
        <source>all vendors</source>
        <translation>所有供應商</translation>
    </message>
    <message>
        <source>Critical Incidents</source>
        <translation>關鍵事件</translation>
    </message>
    <message>
        <source>Segment Comparison</source>
        <translation>細分群體比較</translation>
    </message>
    <message>
        <source>Factor IPA</source>
        <translation>因素 IPA</translation>
    </message>
    <message>
        <source>derived from the factor ratings, rescaled to the scale</source>
        <translation>由因素評分推導，並換算到量表</translation>
    </message>
    <message>
        <source>stated importance</source>
        <translation>陳述重要性</translation>
    </message>
    <message>
        <source>subprocesses as the customers of %1 rate them</source>
        <translation>%1 的顧客所評的子流程</translation>
    </message>
    <message>
        <source>Impact and Feasibility (CEM)</source>
        <translation>影響與可行性（CEM）</translation>
    </message>
    <message>
        <source>KPIs (CEM)</source>
        <translation>KPI（CEM）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>“%1” cannot be written: name it .png, .svg or .pdf.</source>
        <translation>無法寫入「%1」：檔名須以 .png、.svg 或 .pdf 結尾。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the size must be positive.</source>
        <translation>無法寫入「%1」：尺寸必須大於零。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Exported by Peakend on %1</source>
        <translation>由 Peakend 於 %1 匯出</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 Export it as PNG or SVG, at a greater height.</source>
        <translation>未寫入「%1」：%2請以更大的高度匯出為 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 Make it at least %3 pixels high.</source>
        <translation>未寫入「%1」：%2請將高度設為至少 %3 像素。</translation>
    </message>
    <message>
        <source>“%1” was not written: %2</source>
        <translation>未寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>CliProject</name>
    <message>
        <source>Use a bundled demo project: meisu or b2b.</source>
        <translation>使用內建的示範專案：meisu 或 b2b。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Unknown demo “%1”: use meisu or b2b.</source>
        <translation>未知的示範「%1」：請使用 meisu 或 b2b。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The survey wave to analyse, by name or id (default: the latest).</source>
        <translation>要分析的調查批次，依名稱或編號（預設：最新一批）。</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Only respondents in this segment, e.g. &quot;tier = A | B; size = large&quot;.</source>
        <translation>只分析此細分群體的受訪者，例如 &quot;tier = A | B; size = large&quot;。</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>細分群體</translation>
    </message>
    <message>
        <source>The .peakend project (or --demo instead).</source>
        <translation>.peakend 專案檔（或改用 --demo）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use %2.</source>
        <translation>未知的語言「%1」：請使用 %2。</translation>
    </message>
    <message>
        <source>Name one .peakend file, or --demo meisu|b2b.</source>
        <translation>請指定一個 .peakend 檔案，或使用 --demo meisu|b2b。</translation>
    </message>
    <message>
        <source>The project has no survey wave “%1”.</source>
        <translation>專案中沒有調查批次「%1」。</translation>
    </message>
    <message>
        <source>The language of messages, names and texts: en, zh_CN or zh_TW (default: the environment&apos;s locale).</source>
        <translation>訊息、名稱和文字的語言：en、zh_CN 或 zh_TW（預設：環境的區域設定）。</translation>
    </message>
    <message>
        <source>What derived importance explains: overall (the default), recommend, satisfied (overall in the top two boxes), promoter (recommend 9–10), a respondent attribute holding numbers, or any of them with &gt;=T for yes/no (a logistic model).</source>
        <translation>推導重要性所解釋的結果：overall（預設，總體滿意度）、recommend（推薦意願）、satisfied（總體滿意度在最高兩檔）、promoter（推薦意願 9–10）、含數字的受訪者屬性，或在任一項後加 &gt;=T 表示是/否結果（用邏輯迴歸模型）。</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Compare two segments over the whole wave: --compare &quot;tier = A&quot; --compare &quot;tier = B&quot; (or --compare A B): every curve cell, overall satisfaction and NPS, A − B with 95 % intervals.</source>
        <translation>在整個調查波次中比較兩個細分群體：--compare &quot;tier = A&quot; --compare &quot;tier = B&quot;（或 --compare A B）：曲線的每個點、總體滿意度和 NPS，給出 A − B 及 95 % 區間。</translation>
    </message>
    <message>
        <source>--compare takes two segments, e.g. --compare &quot;size = small&quot; &quot;size = large&quot;.</source>
        <translation>--compare 需要兩個細分群體，例如 --compare &quot;size = small&quot; &quot;size = large&quot;。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals of derived importance, 0 to 100,000 (default: 1,000; 0: point estimates only, the fastest).</source>
        <translation>推導重要性區間的 bootstrap 重抽樣次數，0 至 100,000（預設：1,000；0：只算點估計，最快）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>--resamples takes a whole number from 0 to %1, not “%2”.</source>
        <translation>--resamples 需要 0 至 %1 的整數，而不是「%2」。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to open a window on. Use a subcommand instead, e.g. peakend report --demo b2b -o report.pdf (see peakend --help).
</source>
        <translation>沒有可以開啟視窗的顯示器。請改用子命令，例如 peakend report --demo b2b -o report.pdf（參見 peakend --help）。
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Create a new project file, empty or filled with a demo.</source>
        <translation>建立新專案檔，可以是空的，也可以填入示範資料。</translation>
    </message>
    <message>
        <source>The .peakend file to create.</source>
        <translation>要建立的 .peakend 檔案。</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>專案名稱。</translation>
    </message>
    <message>
        <source>Name one file to create.</source>
        <translation>請指定一個要建立的檔案。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已建立 %1</translation>
    </message>
    <message>
        <source>The .peakend file.</source>
        <translation>.peakend 檔案。</translation>
    </message>
    <message>
        <source>Name one file to check.</source>
        <translation>請指定一個要檢查的檔案。</translation>
    </message>
    <message>
        <source>%1: OK (file format %2)</source>
        <translation>%1：正常（檔案格式 %2）</translation>
    </message>
    <message>
        <source>A .peakend project to open.</source>
        <translation>要開啟的 .peakend 專案。</translation>
    </message>
    <message>
        <source>Name at most one file to open.</source>
        <translation>最多只能指定一個要開啟的檔案。</translation>
    </message>
    <message>
        <source>Open the import wizard on &lt;export&gt;, a survey export (CSV or XLSX), once the project is open.</source>
        <translation>專案開啟後，對 &lt;export&gt;（CSV 或 XLSX 格式的問卷匯出檔）開啟匯入精靈。</translation>
    </message>
    <message>
        <source>Peakend: customer-experience analytics.

Subcommands (each has --help): new, import, analyze, export, report, check.</source>
        <translation>Peakend：顧客體驗分析。

子命令（均有 --help）：new、import、analyze、export、report、check。</translation>
    </message>
    <message>
        <source>Check that a project file is a healthy Peakend project (header, identity, schema, integrity, every rating readable) without changing it.</source>
        <translation>檢查專案檔是否為完好的 Peakend 專案（檔頭、識別、結構、完整性、每個評分皆可讀取），不作任何修改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The project&apos;s rating scale, e.g. 1-10 (the default), 1-5, 0-10 or 1-7:4 (neutral after the colon; default: the middle). Each imported wave may have its own.</source>
        <translation>專案的評分量表，例如 1-10（預設）、1-5、0-10 或 1-7:4（冒號後為中性點；預設取中間值）。每個匯入的批次可以有自己的量表。</translation>
    </message>
    <message>
        <source>min-max[:neutral]</source>
        <translation>最小-最大[:中性點]</translation>
    </message>
    <message>
        <source>--scale takes the lowest and highest answer and optionally the neutral point, e.g. 1-5, 0-10 or 1-7:4; “%1” is not one.</source>
        <translation>--scale 需要最低和最高回答，可選中性點，例如 1-5、0-10 或 1-7:4；「%1」不是有效的量表。</translation>
    </message>
    <message>
        <source>A demo project has its own scale: --scale goes with an empty project.</source>
        <translation>示範專案有自己的量表：--scale 只用於空專案。</translation>
    </message>
    <message>
        <source>Peakend ran out of memory and stopped; nothing was changed. Close other programs, or split the input into smaller files.
</source>
        <translation>Peakend 記憶體不足，已停止；未做任何變更。請關閉其他程式，或將輸入拆分為較小的檔案。
</translation>
    </message>
    <message>
        <source>Replace the file if it exists (everything in it is lost).</source>
        <translation>如果檔案已存在則取代它（其中的全部內容都會遺失）。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be replaced.</source>
        <translation>「%1」不是可以取代的檔案。</translation>
    </message>
    <message>
        <source>“%1” already exists. Nothing was changed; pass --force to replace it (everything in it is lost).</source>
        <translation>「%1」已存在。未做任何變更；如要取代它，請加上 --force（其中的全部內容都會遺失）。</translation>
    </message>
    <message>
        <source>First roll back a change that was interrupted (a crash or a full disk left its journal beside the file), as opening it for editing does; then check.</source>
        <translation>先復原被中斷的變更（當機或磁碟已滿時會在檔案旁留下日誌），與以編輯方式開啟時相同；然後檢查。</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>“%1” was changed by another program and was not opened: %2</source>
        <translation>「%1」已被其他程式修改，未開啟：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2</source>
        <translation>「%1」已損毀，未開啟：%2</translation>
    </message>
    <message>
        <source>it has no project row.</source>
        <translation>檔案中沒有專案記錄。</translation>
    </message>
    <message>
        <source>it has %1 vendors; a project holds at most %2.</source>
        <translation>檔案有 %1 個供應商；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>it has %1 subprocesses; a project holds at most %2.</source>
        <translation>檔案有 %1 個子流程；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>it has %1 factors; a project holds at most %2.</source>
        <translation>檔案有 %1 個體驗因素；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>it has %1 channels; a project holds at most %2.</source>
        <translation>檔案有 %1 個通路；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>it has %1 touchpoints; a project holds at most %2.</source>
        <translation>檔案有 %1 個接觸點；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>it has %1 respondent attributes; a project holds at most %2.</source>
        <translation>檔案有 %1 個受訪者屬性；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>it has %1 waves; a project holds at most %2.</source>
        <translation>檔案有 %1 個調查批次；一個專案最多包含 %2 個。</translation>
    </message>
    <message>
        <source>a name is %1 characters long; Peakend keeps names to %2.</source>
        <translation>有一個名稱長 %1 個字元；Peakend 的名稱最多 %2 個字元。</translation>
    </message>
    <message>
        <source>journeys hold ratings at a subprocess that is not in the project (%1 of them).</source>
        <translation>有旅程在專案中不存在的子流程上有評分（共 %1 個）。</translation>
    </message>
    <message>
        <source>%1 name(s) in “%2” hold invisible characters that change how text shows (bidirectional overrides, zero-width characters or controls).</source>
        <translation>「%2」中有 %1 個名稱含有會改變文字顯示方式的不可見字元（雙向覆寫字元、零寬字元或控制字元）。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The text encoding “%1” is not known.</source>
        <translation>未知的文字編碼「%1」。</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>從第 %1 行開始的帶引號欄位沒有結束引號。</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Meisu Electronics (seven-step workshop)</source>
        <translation>美蘇電器（七步驟工作坊）</translation>
    </message>
    <message>
        <source>B2B IT purchasing (synthetic survey)</source>
        <translation>B2B IT 採購（合成調查資料）</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1</source>
        <translation>無法寫入示範專案：%1</translation>
    </message>
    <message>
        <source>Recognise the need</source>
        <translation>認識到需求</translation>
    </message>
    <message>
        <source>Research options</source>
        <translation>研究選項</translation>
    </message>
    <message>
        <source>Identify vendors</source>
        <translation>確定供應商</translation>
    </message>
    <message>
        <source>Compare vendors</source>
        <translation>比較供應商</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>初次接觸</translation>
    </message>
    <message>
        <source>Needs discovery</source>
        <translation>需求挖掘</translation>
    </message>
    <message>
        <source>Solution design</source>
        <translation>方案設計</translation>
    </message>
    <message>
        <source>Demo / trial</source>
        <translation>演示 / 試用</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建議書</translation>
    </message>
    <message>
        <source>Price quote</source>
        <translation>報價</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>談判</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>下單</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安裝</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>實施</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>整合</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Go-live support</source>
        <translation>上線支援</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>開票</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服務請求</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技術支援</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>客戶經理服務</translation>
    </message>
    <message>
        <source>Upgrade / renewal</source>
        <translation>升級 / 續約</translation>
    </message>
    <message>
        <source>After-sales follow-up</source>
        <translation>售後跟進</translation>
    </message>
    <message>
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>convenience</source>
        <translation>便利</translation>
    </message>
    <message>
        <source>brand image</source>
        <translation>品牌形象</translation>
    </message>
    <message>
        <source>price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>B2B IT purchasing (synthetic)</source>
        <translation>B2B IT 採購（合成數據）</translation>
    </message>
    <message>
        <source>Synthetic data shaped like the 2007 X-VOC study of 757 B2B buyers of IT solutions rating 14 vendors along 25 purchase subprocesses. Vendor names are fictional; every number is generated.</source>
        <translation>仿照 2007 年 X-VOC 研究生成的合成數據：757 位 IT 解決方案的 B2B 買家沿 25 個購買子流程為 14 家供應商評分。供應商名稱是虛構的，所有數字均為生成。</translation>
    </message>
    <message>
        <source>Help customers buy IT solutions with confidence.</source>
        <translation>幫助顧客放心地購買 IT 解決方案。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>線下</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>Vendor website</source>
        <translation>供應商網站</translation>
    </message>
    <message>
        <source>Trade shows and events</source>
        <translation>展會與活動</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Sales call centre</source>
        <translation>銷售呼叫中心</translation>
    </message>
    <message>
        <source>Online configurator and quote</source>
        <translation>線上配置與報價</translation>
    </message>
    <message>
        <source>Account manager quote</source>
        <translation>客戶經理報價</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>網上商店</translation>
    </message>
    <message>
        <source>Order desk</source>
        <translation>訂單服務檯</translation>
    </message>
    <message>
        <source>Installation engineers</source>
        <translation>安裝工程師</translation>
    </message>
    <message>
        <source>Training portal</source>
        <translation>培訓門戶</translation>
    </message>
    <message>
        <source>Billing and collections</source>
        <translation>賬單與收款</translation>
    </message>
    <message>
        <source>Support hotline</source>
        <translation>支援熱線</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>支援門戶</translation>
    </message>
    <message>
        <source>Product manuals</source>
        <translation>產品手冊</translation>
    </message>
    <message>
        <source>B2B purchasing experience, Jul–Aug 2007 (synthetic)</source>
        <translation>B2B 採購體驗，2007 年 7–8 月（合成數據）</translation>
    </message>
    <message>
        <source>Notice a need</source>
        <translation>發現需要</translation>
    </message>
    <message>
        <source>Look for a shop on the street</source>
        <translation>在街上找店</translation>
    </message>
    <message>
        <source>Walk in and browse</source>
        <translation>進店瀏覽</translation>
    </message>
    <message>
        <source>Compare models with staff</source>
        <translation>與店員比較型號</translation>
    </message>
    <message>
        <source>Check the marked price</source>
        <translation>檢視標價</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Take the product home</source>
        <translation>把產品帶回家</translation>
    </message>
    <message>
        <source>Set up and use</source>
        <translation>安裝和使用</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售後服務</translation>
    </message>
    <message>
        <source>Meisu Electronics (美蘇電器)</source>
        <translation>美蘇電器</translation>
    </message>
    <message>
        <source>Clearly marked prices and a reliable brand image: why customers come to Meisu rather than the shop next door.</source>
        <translation>明碼標價和可靠的品牌形象：顧客選擇美蘇而不是隔壁店鋪的原因。</translation>
    </message>
    <message>
        <source>A Hong Kong chain selling cameras and audio-visual equipment on Sai Yeung Choi Street, Mong Kok. One CEM cycle from the seed case (Schmitt&apos;s seven steps), entered in a management workshop.</source>
        <translation>香港連鎖店，在旺角西洋菜街銷售相機和影音器材。取自原始案例的一個 CEM 週期（Schmitt 的七個步驟），在管理層研討會中錄入。</translation>
    </message>
    <message>
        <source>Meisu Electronics</source>
        <translation>美蘇電器</translation>
    </message>
    <message>
        <source>Shop window and price tags</source>
        <translation>櫥窗和價格標籤</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>店員</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收銀臺</translation>
    </message>
    <message>
        <source>After-sales counter</source>
        <translation>售後櫃檯</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>服務熱線</translation>
    </message>
    <message>
        <source>Cycle 1: convenience</source>
        <translation>週期 1：便利</translation>
    </message>
    <message>
        <source>Open more branches on Sai Yeung Choi Street and close branches in districts where business is average; no online or telephone sales. Branches a few doors apart share stock: more convenient for customers and cheaper to run. People, process and technology are adjusted to match.</source>
        <translation>在西洋菜街開設更多分店，關閉生意一般地區的分店；不做網上或電話銷售。相隔幾個門面的分店共享庫存：對顧客更便利，經營成本也更低。人員、流程和技術隨之調整。</translation>
    </message>
    <message>
        <source>Open more stores on the same street</source>
        <translation>在同一條街上開更多分店</translation>
    </message>
    <message>
        <source>Customers find too few Meisu shops (convenience −2 against expectation). Open branches a few doors apart on Sai Yeung Choi Street, one at a time, and check sales after each.</source>
        <translation>顧客覺得美蘇的店太少（便利比期望低 2 分）。在西洋菜街相隔幾個門面逐家開設分店，每開一家都檢查銷售額。</translation>
    </message>
    <message>
        <source>Retail operations director</source>
        <translation>零售運營總監</translation>
    </message>
    <message>
        <source>Sales on Sai Yeung Choi Street</source>
        <translation>西洋菜街的銷售額</translation>
    </message>
    <message>
        <source>× sales with one store</source>
        <translation>× 單店銷售額</translation>
    </message>
    <message>
        <source>1 store</source>
        <translation>1 家店</translation>
    </message>
    <message>
        <source>2 stores</source>
        <translation>2 家店</translation>
    </message>
    <message>
        <source>3 stores</source>
        <translation>3 家店</translation>
    </message>
    <message>
        <source>4 stores</source>
        <translation>4 家店</translation>
    </message>
</context>
<context>
    <name>DriverImportance</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Choose at least one driver.</source>
        <translation>請至少選擇一個驅動因素。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n complete row(s) for %1 drivers: derived importance needs at least %2. Use fewer drivers or more responses.</source>
        <translation>
            <numerusform>%1 個驅動因素只有 %n 列完整資料：推導重要性至少需要 %2 列。請減少驅動因素或增加答卷。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the same value in every complete row: there is nothing to explain.</source>
        <translation>%1 在每一列完整資料中的值都相同：沒有可解釋的變化。</translation>
    </message>
    <message>
        <source>%1 has the same value in every complete row, so it cannot explain anything. Leave it out.</source>
        <translation>%1 在每一列完整資料中的值都相同，因此無法解釋任何變化。請將其移除。</translation>
    </message>
    <message>
        <source>%1 is a linear combination of %2 (perfectly collinear): leave one of them out.</source>
        <translation>%1 是 %2 的線性組合（完全共線）：請移除其中一個。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The drivers could not be fitted.</source>
        <translation>無法擬合這些驅動因素。</translation>
    </message>
    <message>
        <source>The logistic model of %1 cannot be fitted: the drivers separate yes from no perfectly, or one of them never varies. Use fewer drivers or more responses.</source>
        <translation>無法擬合 %1 的邏輯迴歸模型：驅動因素把“是”和“否”完全分開，或其中某項從不變化。請減少驅動因素或增加回答。</translation>
    </message>
</context>
<context>
    <name>DriverImportanceChart</name>
    <message>
        <source>Shapley / LMG</source>
        <translation>Shapley / LMG</translation>
    </message>
    <message>
        <source>Johnson&apos;s relative weights</source>
        <translation>Johnson 相對權重</translation>
    </message>
    <message>
        <source>standardised β</source>
        <translation>標準化 β</translation>
    </message>
    <message>
        <source>What drives %1: importance of the %2</source>
        <translation>什麼驅動%1：%2的重要性</translation>
    </message>
    <message>
        <source>overall satisfaction</source>
        <translation>整體滿意度</translation>
    </message>
    <message>
        <source>No survey ratings to derive importance from: import a survey wave with overall satisfaction and ratings of the %1.</source>
        <translation>沒有可用於推導重要性的調查評分：請匯入包含整體滿意度與%1評分的調查批次。</translation>
    </message>
    <message>
        <source>Method: %1. n = %2 respondent × vendor rows, R² = %3</source>
        <translation>方法：%1。n = %2 列受訪者 × 供應商資料，R² = %3</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln rows with a missing answer left out)</source>
        <translation>
            <numerusform>（%Ln 列因缺少答案被排除）</numerusform>
        </translation>
    </message>
    <message>
        <source>Whiskers: bootstrap %1 % interval, %2 resamples of whole respondents.</source>
        <translation>誤差線：bootstrap %1% 區間，以受訪者為單位重抽樣 %2 次。</translation>
    </message>
    <message>
        <source>No intervals computed.</source>
        <translation>未計算區間。</translation>
    </message>
    <message>
        <source>Bars are shares of R² and sum to 100 %; red bars and “−”: the rating works against the outcome (negative β).</source>
        <translation>長條為佔 R² 的份額，合計 100%；紅色長條與「−」表示該評分與結果反向（β 為負）。</translation>
    </message>
    <message>
        <source>raises the outcome</source>
        <translation>提高結果</translation>
    </message>
    <message>
        <source>lowers the outcome</source>
        <translation>降低結果</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>% of R²</source>
        <translation>佔 R² 的百分比</translation>
    </message>
    <message>
        <source>No whiskers: Shapley intervals are left out for this many drivers (the relative weights&apos; intervals are computed).</source>
        <translation>無誤差線：驅動因素較多時不計算 Shapley 區間（已計算相對權重的區間）。</translation>
    </message>
    <message>
        <source>Yes/no outcome, logistic model. Method: %1. n = %2 respondent × vendor rows, R² of the outcome with the predicted probability = %3</source>
        <translation>是/否結果，邏輯迴歸模型。方法：%1。n = %2 行（受訪者 × 供應商），結果與預測機率的 R² = %3</translation>
    </message>
    <message>
        <source>standardised logistic β</source>
        <translation>標準化邏輯迴歸 β</translation>
    </message>
    <message>
        <source>relative weights for logistic regression (Tonidandel &amp; LeBreton); no Shapley values for a yes/no outcome</source>
        <translation>邏輯迴歸的相對權重（Tonidandel 與 LeBreton）；是/否結果不計算 Shapley 值</translation>
    </message>
    <message>
        <source>standardised β %1</source>
        <translation>標準化 β %1</translation>
    </message>
    <message>
        <source>%1 % of R²</source>
        <translation>佔 R² 的 %1%</translation>
    </message>
    <message>
        <source>%1 % interval %2 to %3</source>
        <translation>%1% 區間 %2 至 %3</translation>
    </message>
    <message>
        <source>works against the outcome (negative β)</source>
        <translation>對結果起反作用（β 為負）</translation>
    </message>
    <message>
        <source>n = %1 respondent × vendor rows</source>
        <translation>n = %1 行（受訪者 × 供應商）</translation>
    </message>
    <message>
        <source>. </source>
        <comment>the full stop after the method sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>Each resample drew %1 of the %2 respondents (m-out-of-n, scaled by √(m/n)).</source>
        <translation>每次重抽樣從 %2 名受訪者中抽取 %1 人（m-out-of-n，按 √(m/n) 縮放）。</translation>
    </message>
    <message>
        <source>The bootstrap intervals are being computed: the whiskers follow.</source>
        <translation>正在計算 bootstrap 區間：誤差線隨後顯示。</translation>
    </message>
</context>
<context>
    <name>EmotionCurveChart</name>
    <message>
        <source>Pleasure peak</source>
        <translation>愉悅峰值</translation>
    </message>
    <message>
        <source>Pain peak</source>
        <translation>痛點峰值</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>Emotion curves against the benchmark</source>
        <translation>相對基準的情緒曲線</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>情緒曲線</translation>
    </message>
    <message>
        <source>The project has no subprocesses yet: add the stages of the purchase journey to see emotion curves.</source>
        <translation>專案尚無子流程：新增購買旅程的各個階段後即可檢視情緒曲線。</translation>
    </message>
    <message>
        <source>No ratings to draw: import a survey wave or enter workshop ratings, or show at least one vendor.</source>
        <translation>沒有可繪製的評分：請匯入調查批次或輸入工作坊評分，或至少顯示一個供應商。</translation>
    </message>
    <message>
        <source>e = mean rating − mean of the other vendors at the same subprocess</source>
        <translation>e = 平均評分 − 同一子流程其他供應商的平均值</translation>
    </message>
    <message>
        <source>e = mean rating − neutral %1</source>
        <translation>e = 平均評分 − 中性點 %1</translation>
    </message>
    <message>
        <source>n = %1 per point</source>
        <translation>每點 n = %1</translation>
    </message>
    <message>
        <source>n = %1–%2 per point</source>
        <translation>每點 n = %1–%2</translation>
    </message>
    <message>
        <source>%1: peak-end %2, pleasure–pain–end %3, pleasure–pain spread %4.</source>
        <translation>%1：峰終值 %2，愉悅–痛點–結尾 %3，愉悅與痛點落差 %4。</translation>
    </message>
    <message>
        <source>e</source>
        <translation>e</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95% 信賴區間</translation>
    </message>
    <message>
        <source>benchmark (the other vendors)</source>
        <translation>基準（其他供應商）</translation>
    </message>
    <message>
        <source>neutral (%1)</source>
        <translation>中性點（%1）</translation>
    </message>
    <message>
        <source>Workshop ratings: drag a point up or down to change its score (Undo takes it back).</source>
        <translation>工作坊評分：上下拖曳資料點即可修改其評分（可用「復原」還原）。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>mean %1 · e %2</source>
        <translation>均值 %1 · e %2</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95% 置信區間 %1 至 %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>marker, subprocess, e</comment>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source> (off brand)</source>
        <translation>（偏離品牌）</translation>
    </message>
    <message numerus="yes">
        <source>%n other vendor(s)</source>
        <translation>
            <numerusform>其他 %n 家供應商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionCurves</name>
    <message>
        <source>%1 is best at %2 of %3 subprocesses (rank %4 by wins) yet ranks %5 of %6 by overall satisfaction. Customers remember the most intense moment and the end: its pain peak is “%7” (%8) and its journey ends at “%9” (%10).</source>
        <translation>%1 在 %3 個子流程中的 %2 個領先（按領先次數排名第 %4），整體滿意度卻在 %6 家中排名第 %5。客戶記住的是最強烈的時刻和結尾：其痛點峰值是「%7」（%8），旅程結束於「%9」（%10）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Off brand: the pleasure peak of %1, “%2”, and its end, “%3”, are not where the brand value is delivered (%4).</source>
        <translation>偏離品牌：%1 的愉悅峰值“%2”和終點“%3”都不在傳遞品牌價值之處（%4）。</translation>
    </message>
    <message>
        <source>Off brand: the pleasure peak of %1, “%2”, is not where the brand value is delivered (%3).</source>
        <translation>偏離品牌：%1 的愉悅峰值“%2”不在傳遞品牌價值之處（%3）。</translation>
    </message>
    <message>
        <source>Off brand: the journey with %1 ends at “%2”, not where the brand value is delivered (%3).</source>
        <translation>偏離品牌：與 %1 的旅程終於“%2”，不在傳遞品牌價值之處（%3）。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one chart of a project as PNG, SVG or PDF (by the output&apos;s suffix).

Charts: %1.</source>
        <translation>將專案中的一張圖表匯出為 PNG、SVG 或 PDF（依輸出檔的副檔名）。

圖表：%1。</translation>
    </message>
    <message>
        <source>The chart to export.</source>
        <translation>要匯出的圖表。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>要寫入的檔案：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Width in pixels (PNG, SVG; default 1600).</source>
        <translation>寬度，單位像素（PNG、SVG；預設 1600）。</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Height in pixels (PNG, SVG; default 1000).</source>
        <translation>高度，單位像素（PNG、SVG；預設 1000）。</translation>
    </message>
    <message>
        <source>PNG pixels per pixel: 1, 2 (high-DPI screens) or 300dpi (print); default 1.</source>
        <translation>PNG 的像素倍數：1、2（高解析度螢幕）或 300dpi（印刷）；預設 1。</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>倍數</translation>
    </message>
    <message>
        <source>PDF page size: A4, A3 or Letter (default A4).</source>
        <translation>PDF 紙張大小：A4、A3 或 Letter（預設 A4）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>PDF in portrait (default landscape).</source>
        <translation>PDF 直向（預設橫向）。</translation>
    </message>
    <message>
        <source>Highlight this vendor (by name).</source>
        <translation>醒目顯示此供應商（依名稱）。</translation>
    </message>
    <message>
        <source>Name a chart with --chart: %1.</source>
        <translation>請用 --chart 指定圖表：%1。</translation>
    </message>
    <message>
        <source>Name the output with -o FILE.png, FILE.svg or FILE.pdf.</source>
        <translation>請用 -o 檔案.png、檔案.svg 或 檔案.pdf 指定輸出。</translation>
    </message>
    <message>
        <source>--width and --height take 100 to 20000 pixels, --scale 1, 2 or 300dpi.</source>
        <translation>--width 和 --height 取 100 到 20000 像素，--scale 取 1、2 或 300dpi。</translation>
    </message>
    <message>
        <source>--page takes A4, A3 or Letter.</source>
        <translation>--page 取 A4、A3 或 Letter。</translation>
    </message>
    <message>
        <source>The project has no vendor “%1”.</source>
        <translation>專案中沒有供應商「%1」。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels: tall enough for every row)</source>
        <translation>已寫入 %1（%2 × %3 像素：高度足以容納每一列）</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Peakend project: it is not an SQLite database.</source>
        <translation>「%1」不是 Peakend 專案：它不是 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>“%1” is truncated: it is only %2 bytes long.</source>
        <translation>「%1」已被截斷：只有 %2 位元組。</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should be %2 bytes long but is %3 bytes. Restore it from a backup.</source>
        <translation>「%1」已被截斷：應為 %2 位元組，實際只有 %3 位元組。請從備份還原。</translation>
    </message>
    <message>
        <source>“%1” is not a Peakend project: it is not a regular file (a folder, a pipe or a device).</source>
        <translation>「%1」不是 Peakend 專案：它不是一般檔案（而是資料夾、管道或裝置）。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program (application id 0x%2), not a Peakend project.</source>
        <translation>「%1」是其他程式的 SQLite 資料庫（應用程式識別碼 0x%2），不是 Peakend 專案。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1 is best at %2 of %3 subprocesses, yet ranks %4 of %5 by overall satisfaction: customers remember its worst moment, “%6”, and how its journey ends, “%7”.</source>
        <translation>%1 在 %3 個子流程中的 %2 個表現最好，總體滿意度卻排第 %4 名（共 %5 家）：顧客記住的是它最糟的時刻“%6”和旅程的結尾“%7”。</translation>
    </message>
    <message>
        <source>%1 is the best liked of %2 vendors (overall %3) and %4 the least liked (%5); none of them wins most subprocesses yet is liked least.</source>
        <translation>在 %2 家供應商中，%1 最受喜愛（總體 %3），%4 最不受喜愛（%5）；沒有哪家贏得多數子流程卻最不受喜愛。</translation>
    </message>
    <message>
        <source>Customers of %1 feel best at “%2” and worst at “%3”; their journey ends at “%4” (%5 against the neutral point).</source>
        <translation>%1 的顧客在“%2”感受最好，在“%3”最差；旅程終於“%4”（相對中性點 %5）。</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>淨推薦值</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2 · n = %3</source>
        <translation>95% 置信區間 %1 至 %2 · n = %3</translation>
    </message>
    <message>
        <source>Best liked</source>
        <translation>最受喜愛</translation>
    </message>
    <message>
        <source>overall %1 · least liked: %2 (%3)</source>
        <translation>總體 %1 · 最不受喜愛：%2（%3）</translation>
    </message>
    <message>
        <source>Key experience · %1</source>
        <translation>關鍵體驗 · %1</translation>
    </message>
    <message>
        <source>W = %1 · gap to the ideal %2</source>
        <translation>W = %1 · 與理想的差距 %2</translation>
    </message>
    <message>
        <source>What customers remember</source>
        <translation>顧客記住什麼</translation>
    </message>
    <message>
        <source>fits overall satisfaction best: R² = %1 · n = %2</source>
        <translation>最能解釋總體滿意度：R² = %1 · n = %2</translation>
    </message>
    <message>
        <source>Weakest link · %1</source>
        <translation>最弱環節 · %1</translation>
    </message>
    <message>
        <source>mean %1 against an average of %2: below the alert threshold %3</source>
        <translation>均值 %1，平均為 %2：低於警戒閾值 %3</translation>
    </message>
    <message>
        <source>mean %1 against an average of %2; no alert (threshold %3)</source>
        <translation>均值 %1，平均為 %2；未觸發警戒（閾值 %3）</translation>
    </message>
    <message>
        <source>In the cycle “%1”, the key experience is “%2”: it falls furthest short of what customers expect, weighted by its importance.</source>
        <translation>在週期“%1”中，關鍵體驗是“%2”：按重要性加權，它離顧客的期望最遠。</translation>
    </message>
    <message>
        <source>Step 1: state the brand value, why customers come to you.</source>
        <translation>第 1 步：寫下品牌價值——顧客為什麼來找你。</translation>
    </message>
    <message>
        <source>Step 2: rate each factor&apos;s experience, expectation and importance, from a survey wave or in a workshop.</source>
        <translation>第 2 步：根據調查波次或在研討會中，為每個因素評定體驗、期望和重要性。</translation>
    </message>
    <message>
        <source>No factor falls short of expectations: raise the ideal where you should exceed them (step 4).</source>
        <translation>沒有因素低於期望：在應當超越期望之處提高理想值（第 4 步）。</translation>
    </message>
    <message>
        <source>Step 5: write the requirements that close the gap of “%1”.</source>
        <translation>第 5 步：寫出彌補“%1”差距的需求。</translation>
    </message>
    <message numerus="yes">
        <source>Step 6: decide which of the %n requirement(s) to do, by strategic fit and readiness.</source>
        <translation>
            <numerusform>第 6 步：按戰略契合度和準備程度，決定 %n 項需求中要做哪些。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 7: set a KPI for “%1” and measure it in the next survey wave.</source>
        <translation>第 7 步：為“%1”設定 KPI，並在下一調查波次中衡量。</translation>
    </message>
    <message>
        <source>Measure the KPIs in the next survey wave and start the next cycle from it.</source>
        <translation>在下一調查波次中衡量 KPI，並由此開始下一個週期。</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>2a Experience X</source>
        <translation>2a 體驗 X</translation>
    </message>
    <message>
        <source>2b Expectation E</source>
        <translation>2b 期望 E</translation>
    </message>
    <message>
        <source>2c Satisfaction S = X − E</source>
        <translation>2c 滿意度 S = X − E</translation>
    </message>
    <message>
        <source>2d Importance I</source>
        <translation>2d 重要性 I</translation>
    </message>
    <message>
        <source>3 Weighted W = I × S</source>
        <translation>3 加權滿意度 W = I × S</translation>
    </message>
    <message>
        <source>4a Ideal D</source>
        <translation>4a 理想值 D</translation>
    </message>
    <message>
        <source>4b Gap G = X − D</source>
        <translation>4b 差距 G = X − D</translation>
    </message>
    <message>
        <source>Experience, expectation and gaps</source>
        <translation>體驗、期望與差距</translation>
    </message>
    <message>
        <source>Experience, expectation and gaps: %1</source>
        <translation>體驗、期望與差距：%1</translation>
    </message>
    <message>
        <source>No CEM cycle with factor entries yet: run the seven steps (or fill step 2 from a survey) to see the gaps.</source>
        <translation>尚無含因素資料的 CEM 循環：完成七個步驟（或以調查資料填寫第 2 步）後即可檢視差距。</translation>
    </message>
    <message>
        <source>No key experience: no factor has a negative weighted satisfaction.</source>
        <translation>沒有關鍵體驗：沒有任何因素的加權滿意度為負。</translation>
    </message>
    <message>
        <source>Key experience: %1 (importance %2 × satisfaction %3 = %4), gap to ideal %5. Scale %6–%7.</source>
        <translation>關鍵體驗：%1（重要性 %2 × 滿意度 %3 = %4），與理想的差距 %5。量表 %6–%7。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>無數值</translation>
    </message>
</context>
<context>
    <name>ImpactFeasibilityChart</name>
    <message>
        <source>Impact and feasibility of the requirements</source>
        <translation>需求的影響與可行性</translation>
    </message>
    <message>
        <source>No requirement with both a priority (its factors&apos; gaps and importance) and at least one alignment score yet.</source>
        <translation>還沒有同時具備優先級（其因素的差距與重要性）和至少一項對齊評分的需求。</translation>
    </message>
    <message>
        <source>Impact: priority Σ |G| × I over the factors a requirement closes, split at the mean (%1). Feasibility: mean of strategic fit and the readiness of people, process and technology (1–5), split at %2. Colour: the decision.</source>
        <translation>影響：需求所彌合因素的優先級 Σ |G| × I，以平均值（%1）劃分。可行性：策略契合度與人員、流程、技術準備度（1–5）的平均值，以 %2 劃分。顏色：決定。</translation>
    </message>
    <message>
        <source>feasibility (1–5)</source>
        <translation>可行性（1–5）</translation>
    </message>
    <message>
        <source>impact (priority)</source>
        <translation>影響（優先級）</translation>
    </message>
    <message>
        <source>impact %1 · feasibility %2</source>
        <translation>影響 %1 · 可行性 %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>  … and %Ln more.</source>
        <translation>
            <numerusform>  … 另有 %Ln 筆。</numerusform>
        </translation>
    </message>
    <message>
        <source>The .peakend project.</source>
        <translation>.peakend 專案。</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>要匯入的匯出檔。</translation>
    </message>
    <message>
        <source>Use the mapping saved in the project under this name (default: the one saved for files with the same columns, else one suggested from the headers).</source>
        <translation>使用專案中以此名稱儲存的對應（預設：為相同欄位的檔案儲存的對應，否則根據表頭建議）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The layout of the export: %1 (default: detected).</source>
        <translation>匯出檔的版面：%1（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>The wave&apos;s name (default: the file&apos;s name).</source>
        <translation>批次名稱（預設：檔名）。</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file, e.g. UTF-8, GB18030, Big5, windows-1252 (default: detected).</source>
        <translation>CSV 檔的文字編碼，如 UTF-8、GB18030、Big5、windows-1252（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>The worksheet of a workbook (default: the first).</source>
        <translation>活頁簿中的工作表（預設：第一個）。</translation>
    </message>
    <message>
        <source>The vendor every answer rates, when no column says.</source>
        <translation>沒有欄位指明時，所有回答所評價的供應商。</translation>
    </message>
    <message>
        <source>Add vendors, subprocesses and factors the project does not have yet.</source>
        <translation>新增專案中尚未有的供應商、子流程和因素。</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the rest.</source>
        <translation>排除有問題的列，匯入其餘列。</translation>
    </message>
    <message>
        <source>Import a file whose answers are already in the project.</source>
        <translation>匯入其回答已在專案中的檔案。</translation>
    </message>
    <message>
        <source>Save the mapping under this name for the next wave.</source>
        <translation>以此名稱儲存對應，供下一批次使用。</translation>
    </message>
    <message>
        <source>Usage: peakend import FILE.peakend SURVEY.(csv|xlsx)</source>
        <translation>用法：peakend import 檔案.peakend 調查.(csv|xlsx)</translation>
    </message>
    <message>
        <source>Unknown --format “%1”: use %2.</source>
        <translation>未知的 --format「%1」：請使用 %2。</translation>
    </message>
    <message>
        <source>%1 does not look like “%2”: its header rows are those of “%3”.</source>
        <translation>%1 看起來不是「%2」：其表頭列屬於「%3」。</translation>
    </message>
    <message>
        <source>The project has no saved mapping “%1”; it has none.</source>
        <translation>專案中沒有已儲存的對應「%1」；專案中沒有任何對應。</translation>
    </message>
    <message>
        <source>The project has no saved mapping “%1”; it has: %2.</source>
        <translation>專案中沒有已儲存的對應「%1」；現有：%2。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>These answers are already in the project as the wave “%1”; pass --again to import them twice.</source>
        <translation>這些回答已作為批次「%1」在專案中；如需再次匯入請使用 --again。</translation>
    </message>
    <message>
        <source>The project lacks %1: pass --create-missing to add them.</source>
        <translation>專案中缺少 %1：使用 --create-missing 新增。</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file or the mapping, or pass --skip-invalid to leave those rows out.</source>
        <translation>未匯入任何內容。請更正檔案或對應，或使用 --skip-invalid 排除這些列。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>匯入失敗；未寫入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported the wave “%1”: %Ln respondent(s), </source>
        <translation>
            <numerusform>已匯入批次「%1」：%Ln 位受訪者，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln 筆評分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) with problems left out</source>
        <translation>
            <numerusform>；排除了 %Ln 列有問題的資料</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open read-only (a newer file format, or a read-only file): nothing can be imported into it.</source>
        <translation>%1 以唯讀方式開啟（檔案格式較新，或檔案唯讀）：無法向其中匯入任何內容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source> “%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, vendor “%1”</source>
        <translation>，供應商「%1」</translation>
    </message>
    <message>
        <source>, answers %1–%2 mapped onto %3–%4</source>
        <translation>，回答 %1–%2 按比例換算為 %3–%4</translation>
    </message>
    <message>
        <source>, reversed (the lowest answer is the best)</source>
        <translation>，反向（最低的回答最好）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>無回答</translation>
    </message>
    <message>
        <source>, labels %1</source>
        <translation>，標籤 %1</translation>
    </message>
    <message>
        <source>, no answer: %1</source>
        <translation>，無回答：%1</translation>
    </message>
    <message>
        <source>Scale of the wave: %1.</source>
        <translation>批次的量表：%1。</translation>
    </message>
    <message>
        <source>Respondent id: the row&apos;s number (each row is one respondent).</source>
        <translation>受訪者編號：列號（每列為一位受訪者）。</translation>
    </message>
    <message>
        <source>Vendor of every answer: “%1”.</source>
        <translation>所有回答的供應商：「%1」。</translation>
    </message>
    <message>
        <source>Codes for no answer: %1.</source>
        <translation>表示無回答的代碼：%1。</translation>
    </message>
    <message>
        <source>Columns imported:</source>
        <translation>匯入的欄：</translation>
    </message>
    <message>
        <source>  column %1 (“%2”): %3</source>
        <translation>  第 %1 欄（「%2」）：%3</translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation>未匯入的欄：</translation>
    </message>
    <message>
        <source>Import a survey export (CSV or XLSX) into a project as a new wave. Every row is checked first; any problem is listed with its row and column and nothing is imported unless --skip-invalid leaves those rows out. The mapping (what each column holds) comes from --mapping-file, a mapping saved in the project, or is suggested from the headers and answers; --dry-run --write-mapping FILE writes it for editing.</source>
        <translation>將問卷匯出檔案（CSV 或 XLSX）作為新批次匯入專案。先檢查每一列；任何問題都會連同列號和欄號列出，除非 --skip-invalid 排除這些列，否則不匯入任何內容。對應（每一欄的內容）來自 --mapping-file、專案中儲存的對應，或根據表頭和回答建議；--dry-run --write-mapping 檔案 會把它寫出以便編輯。</translation>
    </message>
    <message>
        <source>Read the mapping from this JSON file (the shape README.md shows).</source>
        <translation>從此 JSON 檔案讀取對應（格式見 README.md）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file (with --dry-run: the suggested one).</source>
        <translation>把所用的對應寫入此 JSON 檔案（配合 --dry-run：寫入建議的對應）。</translation>
    </message>
    <message>
        <source>Rows of headers above the answers, 1 to 10 (default: detected).</source>
        <translation>回答上方的表頭列數，1 到 10（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The rating scale of the wave, e.g. 1-5, 0-10, 1-7:4 (neutral after the colon; default: from the answers, else the project&apos;s).</source>
        <translation>批次的評分量表，例如 1-5、0-10、1-7:4（冒號後為中性點；預設：根據回答判斷，否則用專案的量表）。</translation>
    </message>
    <message>
        <source>min-max[:neutral]</source>
        <translation>最小-最大[:中性點]</translation>
    </message>
    <message>
        <source>Answers that mean no answer in every column, e.g. -99,99 (added to the mapping&apos;s).</source>
        <translation>在所有欄中表示無回答的值，例如 -99,99（加到對應已有的代碼中）。</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>“row”: the file has no respondent id column; each row is one respondent, named by its row number.</source>
        <translation>「row」：檔案沒有受訪者編號欄；每列為一位受訪者，以列號命名。</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>Import even when answers would be missing from the wave: no rating read, a column with no answer, overall or recommend answers with no vendor.</source>
        <translation>即使批次會缺少回答也匯入：未讀到評分、某欄沒有回答、整體滿意度或推薦意願的回答沒有供應商。</translation>
    </message>
    <message>
        <source>Only check the file and print the mapping and every column left out; write nothing to the project.</source>
        <translation>只檢查檔案，並列出對應和每個未匯入的欄；不向專案寫入任何內容。</translation>
    </message>
    <message>
        <source>--header-rows takes a whole number from 1 to 10.</source>
        <translation>--header-rows 需要 1 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>--scale takes the lowest and highest answer and optionally the neutral point, e.g. 1-5, 0-10 or 1-7:4; “%1” is not one.</source>
        <translation>--scale 需要最低和最高回答，可選中性點，例如 1-5、0-10 或 1-7:4；「%1」不是有效的量表。</translation>
    </message>
    <message>
        <source>--missing takes numbers separated by commas, e.g. -99,99.</source>
        <translation>--missing 需要用逗號分隔的數字，例如 -99,99。</translation>
    </message>
    <message>
        <source>--id takes “row”: each row is one respondent.</source>
        <translation>--id 只接受「row」：每列為一位受訪者。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>無法讀取對應檔案 %1：%2</translation>
    </message>
    <message>
        <source>Give the mapping either with --mapping-file or with --mapping.</source>
        <translation>請用 --mapping-file 或 --mapping 二者之一指定對應。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message numerus="yes">
        <source>suggested from the headers and %Ln answer row(s)</source>
        <translation>
            <numerusform>根據表頭和 %Ln 列回答建議</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln header row(s), mapping %3.</source>
        <translation>
            <numerusform>%1：%2，%Ln 列表頭，對應%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the mapping to %1: %2</source>
        <translation>無法把對應寫入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the mapping to %1.</source>
        <translation>已把對應寫入 %1。</translation>
    </message>
    <message>
        <source>Write the mapping with --dry-run --write-mapping map.json, edit it, and pass it with --mapping-file map.json (or map the columns in the import wizard and save the mapping).</source>
        <translation>用 --dry-run --write-mapping map.json 寫出對應，編輯後用 --mapping-file map.json 傳入（或在匯入嚮導中對應各欄並儲存對應）。</translation>
    </message>
    <message>
        <source>Every row has a problem: nothing was imported.</source>
        <translation>每一列都有問題：未匯入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln data row(s): </source>
        <translation>
            <numerusform>已檢查 %Ln 列資料：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s), </source>
        <translation>
            <numerusform>%Ln 位受訪者，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); nothing written (--dry-run).</source>
        <translation>
            <numerusform>%Ln 條評分；未寫入任何內容（--dry-run）。</numerusform>
        </translation>
    </message>
    <message>
        <source>An import would stop at the warnings; --allow-empty imports anyway.</source>
        <translation>實際匯入會因這些警告而停止；--allow-empty 可照樣匯入。</translation>
    </message>
    <message>
        <source>Correct the mapping, or pass --allow-empty to import anyway.</source>
        <translation>請更正對應，或使用 --allow-empty 照樣匯入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln 個問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %1 of %Ln data row(s).</source>
        <translation>
            <numerusform>，分佈在 %Ln 列資料中的 %1 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the project: %Ln vendor(s), </source>
        <translation>
            <numerusform>已新增到專案：%Ln 個供應商，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subprocess(es), </source>
        <translation>
            <numerusform>%Ln 個子流程，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln factor(s), </source>
        <translation>
            <numerusform>%Ln 個體驗因素，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent attribute(s).</source>
        <translation>
            <numerusform>%Ln 個受訪者屬性。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1 (“%2”) needs the subprocess, factor or attribute it is about.</source>
        <translation>第 %1 欄（「%2」）需要指明它對應的子流程、因素或屬性。</translation>
    </message>
    <message>
        <source>Column %1 needs the attribute&apos;s name.</source>
        <translation>第 %1 欄需要屬性名稱。</translation>
    </message>
    <message>
        <source>No column holds answers to import.</source>
        <translation>沒有可匯入回答的欄。</translation>
    </message>
    <message>
        <source>Say which vendor the answers rate: a column, the vendor of each rating column, or one vendor for the whole file.</source>
        <translation>請說明回答評價的是哪個供應商：用一欄指明、為每個評分欄指明，或為整個檔案指定一個供應商。</translation>
    </message>
    <message>
        <source>A long layout needs both a subprocess column and a rating column.</source>
        <translation>長格式需要同時有子流程欄和評分欄。</translation>
    </message>
    <message>
        <source>Give the wave a name.</source>
        <translation>請為批次命名。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>受訪者編號</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Subprocess (long layout)</source>
        <translation>子流程（長格式）</translation>
    </message>
    <message>
        <source>Rating (long layout)</source>
        <translation>評分（長格式）</translation>
    </message>
    <message>
        <source>Subprocess rating</source>
        <translation>子流程評分</translation>
    </message>
    <message>
        <source>Factor: experience</source>
        <translation>因素：體驗</translation>
    </message>
    <message>
        <source>Factor: expectation</source>
        <translation>因素：期望</translation>
    </message>
    <message>
        <source>Factor: importance</source>
        <translation>因素：重要性</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>整體滿意度</translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation>推薦意願（0–10）</translation>
    </message>
    <message>
        <source>Reason liked (multi-select)</source>
        <translation>喜歡的原因（多選）</translation>
    </message>
    <message>
        <source>Reason disliked (multi-select)</source>
        <translation>不喜歡的原因（多選）</translation>
    </message>
    <message>
        <source>Segment attribute</source>
        <translation>區隔屬性</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message numerus="yes">
        <source>The mapping describes %n column(s), the file has %1.</source>
        <translation>
            <numerusform>對應描述了 %n 欄，檔案有 %1 欄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 of the mapping was made for “%2”; the file has “%3” there.</source>
        <translation>對應的第 %1 欄是為「%2」製作的；檔案在該位置是「%3」。</translation>
    </message>
    <message>
        <source>Column %1 (“%2”): its scale needs a minimum below its maximum.</source>
        <translation>第 %1 欄（「%2」）：其量表的最小值必須小於最大值。</translation>
    </message>
    <message>
        <source>Only one column can hold the respondent id.</source>
        <translation>只能有一欄是受訪者編號。</translation>
    </message>
    <message>
        <source>No column holds the respondent id: map one, or count each row as one respondent.</source>
        <translation>沒有欄是受訪者編號：請對應一欄，或把每列算作一位受訪者。</translation>
    </message>
    <message>
        <source>The wave&apos;s scale needs a minimum below its maximum and the neutral point between them.</source>
        <translation>批次量表的最小值必須小於最大值，中性點須在兩者之間。</translation>
    </message>
    <message>
        <source>A long layout needs a column with the respondent id: one respondent has several rows.</source>
        <translation>長格式需要受訪者編號欄：一位受訪者有多列。</translation>
    </message>
    <message>
        <source>%1: unknown key “%2” (known: %3).</source>
        <translation>%1：未知的鍵「%2」（可用：%3）。</translation>
    </message>
    <message>
        <source>%1: “labels” must be an object of text → number or null.</source>
        <translation>%1：「labels」必須是「文字 → 數字或 null」的物件。</translation>
    </message>
    <message>
        <source>%1: the label “%2” must stand for a number or null (no answer).</source>
        <translation>%1：標籤「%2」必須對應一個數字或 null（無回答）。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of numbers.</source>
        <translation>%1：「%2」必須是數字列表。</translation>
    </message>
    <message>
        <source>%1: “%2” must be text.</source>
        <translation>%1：「%2」必須是文字。</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false.</source>
        <translation>%1：「%2」必須是 true 或 false。</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>不是 JSON：第 %2 個字元處%1。</translation>
    </message>
    <message>
        <source>A mapping is a JSON object with “columns”.</source>
        <translation>對應是帶有「columns」的 JSON 物件。</translation>
    </message>
    <message>
        <source>The mapping</source>
        <translation>對應</translation>
    </message>
    <message>
        <source>%1: “headerRows” must be a whole number from 1 to 10.</source>
        <translation>%1：「headerRows」必須是 1 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>%1: “respondentId” can only be “row” (each row one respondent).</source>
        <translation>%1：「respondentId」只能是「row」（每列一位受訪者）。</translation>
    </message>
    <message>
        <source>The mapping&apos;s scale</source>
        <translation>對應的量表</translation>
    </message>
    <message>
        <source>%1 must be {&quot;min&quot;: …, &quot;max&quot;: …, &quot;neutral&quot;: …} with the minimum below the maximum and the neutral point between them.</source>
        <translation>%1 必須是 {&quot;min&quot;: …, &quot;max&quot;: …, &quot;neutral&quot;: …}，最小值小於最大值，中性點在兩者之間。</translation>
    </message>
    <message>
        <source>%1 needs “columns”: a list with one entry per column of the file.</source>
        <translation>%1 需要「columns」：檔案每一欄對應一項的列表。</translation>
    </message>
    <message>
        <source>Column %1 of the mapping</source>
        <translation>對應的第 %1 欄</translation>
    </message>
    <message>
        <source>%1 must be an object with a “role”.</source>
        <translation>%1 必須是帶有「role」的物件。</translation>
    </message>
    <message>
        <source>%1: unknown role “%2” (known: %3).</source>
        <translation>%1：未知的角色「%2」（可用：%3）。</translation>
    </message>
    <message>
        <source>%1: “scale” must be [minimum, maximum] with the minimum below the maximum.</source>
        <translation>%1：「scale」必須是 [最小值, 最大值]，且最小值小於最大值。</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>the survey tool&apos;s own column</source>
        <translation>問卷工具自己的欄</translation>
    </message>
    <message numerus="yes">
        <source>no answers in the first %Ln row(s)</source>
        <translation>
            <numerusform>前 %Ln 列中沒有回答</numerusform>
        </translation>
    </message>
    <message>
        <source>numbers, but the header names no subprocess or factor of the project</source>
        <translation>是數字，但表頭沒有提到專案中的子流程或因素</translation>
    </message>
    <message>
        <source>text answers such as “%1”</source>
        <translation>文本回答，例如「%1」</translation>
    </message>
    <message>
        <source>”, “</source>
        <translation>」、「</translation>
    </message>
    <message>
        <source>column %1 (“%2”): %3</source>
        <translation>第 %1 欄（「%2」）：%3</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>一張 PNG 圖片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>一張 JPEG 圖片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>一張 GIF 圖片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>一份 PDF 文件</translation>
    </message>
    <message>
        <source>a database (a Peakend project or another)</source>
        <translation>一個數據庫（Peakend 專案或其他資料庫）</translation>
    </message>
    <message>
        <source>a zip archive that is not an Excel workbook</source>
        <translation>一個不是 Excel 工作簿的 zip 壓縮包</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls): save it as .xlsx or CSV first</source>
        <translation>一箇舊版 Excel 工作簿（.xls）：請先另存為 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>一個 gzip 壓縮包</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>二進位制資料，不是文字</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 是空檔案：沒有可匯入的內容。</translation>
    </message>
    <message>
        <source>%1 is %2, not a survey export. Peakend imports CSV or text files, Excel workbooks (.xlsx) and SPSS data files (.sav).</source>
        <translation>%1 是%2，不是問卷匯出檔案。Peakend 可匯入 CSV 或文字檔案、Excel 工作簿（.xlsx）和 SPSS 資料檔案（.sav）。</translation>
    </message>
</context>
<context>
    <name>ImportancePerformance</name>
    <message>
        <source>Concentrate here</source>
        <translation>重點改進</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>繼續保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低優先順序</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能過度投入</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未定位</translation>
    </message>
</context>
<context>
    <name>IncidentResponseChart</name>
    <message numerus="yes">
        <source>Critical incidents answered within %Ln hour(s)</source>
        <translation>
            <numerusform>%Ln 小時內回應的關鍵事件</numerusform>
        </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s) answered within the window, %2 of the complaints; median response of the answered ones %3 hours. Bars: the share answered in time at each touchpoint and channel; beside them how many and the median response.</source>
        <translation>
            <numerusform>%Ln 個事件中 %1 在時限內得到回應，投訴中為 %2；已回應事件的回應時間中位數為 %3 小時。條形：各接觸點和渠道按時回應的比例；旁邊為數量和回應時間中位數。</numerusform>
        </translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>按接觸點</translation>
    </message>
    <message>
        <source>(no touchpoint)</source>
        <translation>（無接觸點）</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（無渠道）</translation>
    </message>
    <message>
        <source>%1 of %2 in time · none answered</source>
        <translation>%2 件中 %1 件按時 · 均未回應</translation>
    </message>
    <message>
        <source>%1 of %2 in time · median %3 h</source>
        <translation>%2 件中 %1 件按時 · 中位數 %3 小時</translation>
    </message>
    <message>
        <source>No critical incidents recorded: add them in the Incidents table, with the hours each took to answer.</source>
        <translation>尚未記錄關鍵事件：請在“事件”表中新增，並填寫每件事回應所用的小時數。</translation>
    </message>
    <message numerus="yes">
        <source>%1 % answered within %Ln hour(s)</source>
        <translation>
            <numerusform>%1 % 在 %Ln 小時內得到回應</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpaChart</name>
    <message>
        <source>Importance and performance of the %1</source>
        <translation>%1的重要性與表現</translation>
    </message>
    <message>
        <source>No %1 with both a mean rating and an importance yet.</source>
        <translation>尚無同時具備平均評分與重要性的%1。</translation>
    </message>
    <message>
        <source>Performance: weighted mean rating. Importance: %1. Crosshairs at the %2.</source>
        <translation>表現：加權平均評分。重要性：%1。十字線位於%2。</translation>
    </message>
    <message>
        <source>means of the points</source>
        <translation>各點的平均值</translation>
    </message>
    <message>
        <source>middle of the scales</source>
        <translation>量表中點</translation>
    </message>
    <message>
        <source>Concentrate here: %1.</source>
        <translation>重點改進：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>performance (mean rating)</source>
        <translation>表現（平均評分）</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>By %1 every one stays in its quadrant.</source>
        <translation>按%1，每一項都留在原象限。</translation>
    </message>
    <message>
        <source>By %1 these land elsewhere: %2.</source>
        <translation>按%1，這些項落在其他象限：%2。</translation>
    </message>
    <message>
        <source>performance %1 · importance %2</source>
        <translation>表現 %1 · 重要性 %2</translation>
    </message>
</context>
<context>
    <name>JourneyImportanceChart</name>
    <message>
        <source>Importance along the journey</source>
        <translation>旅程各階段的重要性</translation>
    </message>
    <message>
        <source>No emotion curve to draw: import a survey wave or enter workshop ratings.</source>
        <translation>沒有可繪製的情緒曲線：請匯入調查批次或輸入工作坊評分。</translation>
    </message>
    <message>
        <source>No derived importance: the survey needs overall satisfaction.</source>
        <translation>無法推導重要性：調查需要包含整體滿意度。</translation>
    </message>
    <message>
        <source>Curve: %1. Bars: derived importance of each subprocess (%2, % of R²).</source>
        <translation>曲線：%1。長條：各子流程的推導重要性（%2，佔 R² 的百分比）。</translation>
    </message>
    <message>
        <source>Shapley / LMG</source>
        <translation>Shapley / LMG</translation>
    </message>
    <message>
        <source>relative weights</source>
        <translation>相對權重</translation>
    </message>
    <message>
        <source>Fix first: “%1”, below the line where customers weigh it most.</source>
        <translation>優先改進：「%1」，客戶最看重卻低於基準線。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>e %1</source>
        <translation>e %1</translation>
    </message>
    <message>
        <source>importance %1 % of R²</source>
        <translation>重要性 佔 R² 的 %1 %</translation>
    </message>
</context>
<context>
    <name>JourneyMapChart</name>
    <message>
        <source>Journey map</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <source>Add the subprocesses of the purchase journey to see the map.</source>
        <translation>新增購買旅程的子流程後即可檢視旅程圖。</translation>
    </message>
    <message>
        <source>Chips: touchpoints in their channel&apos;s colour. ▲ positive and ▼ negative critical incidents at the stage.</source>
        <translation>標籤：接觸點，顏色表示通路。▲ 正面、▼ 負面關鍵事件（所在階段）。</translation>
    </message>
    <message>
        <source>Emotion lane: %1 (e, the zero line dashed).</source>
        <translation>情緒帶：%1（e，零線為虛線）。</translation>
    </message>
    <message>
        <source>Subprocess</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>touchpoints: %1</source>
        <translation>接觸點：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>critical incidents: %1 positive, %2 negative</source>
        <translation>關鍵事件：正面 %1 個，負面 %2 個</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add a KPI to see its values over time.</source>
        <translation>新增一個 KPI 以查看其隨時間的數值。</translation>
    </message>
    <message>
        <source>No values for this KPI yet: add a period.</source>
        <translation>此 KPI 還沒有數值：請新增一個期間。</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s).</source>
        <translation>
            <numerusform>%n 個期間。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracks “%1”. %2</source>
        <translation>追蹤「%1」。%2</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>自 %2 起變化 %1</translation>
    </message>
</context>
<context>
    <name>MemoryModel</name>
    <message>
        <source>Average of all moments</source>
        <translation>所有時刻的平均</translation>
    </message>
    <message>
        <source>Peak and end</source>
        <translation>峰值與結尾</translation>
    </message>
    <message>
        <source>Pleasure peak, pain peak and end</source>
        <translation>愉悅峰值、痛點峰值與結尾</translation>
    </message>
    <message>
        <source>End only</source>
        <translation>僅結尾</translation>
    </message>
    <message>
        <source>Weakest link</source>
        <translation>最薄弱環節</translation>
    </message>
</context>
<context>
    <name>MemoryModelChart</name>
    <message>
        <source>Which memory rule predicts the overall rating</source>
        <translation>哪條記憶規則最能預測整體評分</translation>
    </message>
    <message>
        <source>Needs overall ratings and subprocess ratings from the same respondents.</source>
        <translation>需要同一批受訪者的整體評分與子流程評分。</translation>
    </message>
    <message>
        <source>Best: %1. Each rule sums up a respondent&apos;s own ratings of one vendor (as e) and is set against the overall rating they gave: R² of the straight-line fit, Spearman&apos;s ρ beside it; n = %2 respondent × vendor pairs.</source>
        <translation>最佳：%1。每條規則把受訪者對一家供應商的各項評分（以 e 表示）歸納為一個值，再與其給出的整體評分對照：長條為直線擬合的 R²，旁邊為 Spearman ρ；n = %2 個受訪者 × 供應商組合。</translation>
    </message>
    <message>
        <source>R² with the overall rating</source>
        <translation>與整體評分的 R²</translation>
    </message>
    <message>
        <source>R² %1 · ρ %2</source>
        <translation>R² %1 · ρ %2</translation>
    </message>
    <message>
        <source>n = %1 respondent × vendor pairs</source>
        <translation>n = %1 個受訪者 × 供應商組合</translation>
    </message>
    <message>
        <source>the best fit</source>
        <translation>擬合最好</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema scripts in “%1” are missing or not numbered 0001, 0002 … without gaps.</source>
        <translation>「%1」中的結構指令碼缺失，或未依 0001、0002……連續編號。</translation>
    </message>
    <message>
        <source>Schema script %1 cannot be read: %2</source>
        <translation>無法讀取結構指令碼 %1：%2</translation>
    </message>
    <message>
        <source>The project could not be upgraded to version %1: %2</source>
        <translation>無法將專案升級到版本 %1：%2</translation>
    </message>
    <message>
        <source>Schema script %1 failed: %2. The file was left at version %3.</source>
        <translation>結構指令碼 %1 執行失敗：%2。檔案保持在版本 %3。</translation>
    </message>
</context>
<context>
    <name>NetPromoterScore</name>
    <message>
        <source>NPS is defined on a 0–10 likelihood-to-recommend question; this one runs from %1 to %2, so no NPS is shown.</source>
        <translation>NPS 只適用於 0–10 分的推薦意願問題；此問題的範圍是 %1 到 %2，因此不顯示 NPS。</translation>
    </message>
    <message>
        <source>Answer %1 (row %2) is not a whole number from 0 to 10.</source>
        <translation>答案 %1（第 %2 列）不是 0 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>Nobody answered the recommendation question.</source>
        <translation>沒有人回答推薦意願問題。</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Net Promoter Score: %1</source>
        <translation>淨推薦值：%1</translation>
    </message>
    <message>
        <source>No likelihood-to-recommend answers (0–10) in this survey wave.</source>
        <translation>本調查批次沒有推薦意願（0–10）的回答。</translation>
    </message>
    <message>
        <source>NPS = %1 % promoters (9–10) − %2 % detractors (0–6); n = %3, %4 % interval %5 to %6.</source>
        <translation>NPS = %1% 推薦者（9–10）− %2% 批評者（0–6）；n = %3，%4% 區間 %5 至 %6。</translation>
    </message>
    <message>
        <source>NPS
95 % CI %1 … %2</source>
        <translation>NPS
95% 信賴區間 %1 … %2</translation>
    </message>
    <message>
        <source>detractors (0–6)</source>
        <translation>批評者（0–6）</translation>
    </message>
    <message>
        <source>passives (7–8)</source>
        <translation>被動者（7–8）</translation>
    </message>
    <message>
        <source>promoters (9–10)</source>
        <translation>推薦者（9–10）</translation>
    </message>
    <message>
        <source>likelihood to recommend</source>
        <translation>推薦意願</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>share of answers</source>
        <translation>回答佔比</translation>
    </message>
    <message>
        <source>NPS %1 · n = %2
95 % CI %3 to %4
%5 % promoters, %6 % passives, %7 % detractors</source>
        <translation>NPS %1 · n = %2
95 % 置信區間 %3 至 %4
推薦者 %5 %，被動者 %6 %，貶損者 %7 %</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>貶損者</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Answer %1 (%2)
%3 % of answers · %4 answers</source>
        <translation>回答 %1（%2）
佔回答的 %3 % · %4 個回答</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>“%1”: after &gt;= comes a number, e.g. recommend&gt;=9.</source>
        <translation>“%1”：&gt;= 後面應是數字，例如 recommend&gt;=9。</translation>
    </message>
    <message>
        <source>Name an outcome: overall, recommend, satisfied, promoter or an attribute holding numbers.</source>
        <translation>請指定結果：overall、recommend、satisfied、promoter 或含數字的屬性。</translation>
    </message>
    <message>
        <source>“%1” is already a yes/no outcome: leave out &gt;=.</source>
        <translation>“%1”已是是/否結果：請去掉 &gt;=。</translation>
    </message>
    <message>
        <source>The wave has no attribute “%1”; it has: %2.</source>
        <translation>該調查波次沒有屬性“%1”；已有的屬性：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>總體滿意度</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>推薦意願</translation>
    </message>
    <message>
        <source>The attribute “%1” holds no numbers: choose one that does (a spend, a rating, 0/1 for no/yes).</source>
        <translation>屬性“%1”不含數字：請選擇含數字的屬性（消費額、評分、用 0/1 表示否/是）。</translation>
    </message>
    <message>
        <source>Satisfied (overall %1 or more)</source>
        <translation>滿意（總體滿意度 %1 或以上）</translation>
    </message>
    <message>
        <source>Promoter (recommend 9–10)</source>
        <translation>推薦者（推薦意願 9–10）</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 至少 %2</translation>
    </message>
</context>
<context>
    <name>Peakend::AlignmentPage</name>
    <message>
        <source>Does each requirement fit the strategy, and are people, processes and technology ready for it? Score 1 (not at all) to 5 (fully), then decide.</source>
        <translation>每項需求是否符合策略？人員、流程和技術是否已準備好？按 1（完全不）到 5（完全）評分，然後作出決定。</translation>
    </message>
    <message>
        <source>The strategy this cycle follows.</source>
        <translation>本週期遵循的策略。</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Score strategic fit and the readiness of people, process and technology (1–5) for: %1.</source>
        <translation>請為以下需求評定策略契合度及人員、流程、技術準備度（1–5）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Decide (do, later or drop) for: %1.</source>
        <translation>請為以下需求作出決定（執行、稍後或放棄）：%1。</translation>
    </message>
</context>
<context>
    <name>Peakend::BootstrapStatus</name>
    <message>
        <source>Stopping: the estimates stay, without intervals…</source>
        <translation>正在停止：保留估計值，不計算區間…</translation>
    </message>
    <message>
        <source>Computing the drivers&apos; bootstrap intervals: %1 of %2 resamples. The estimates are shown; the whiskers follow.</source>
        <translation>正在計算驅動因素的 bootstrap 區間：已完成 %2 次重抽樣中的 %1 次。估計值已顯示，誤差線隨後顯示。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Keep the estimates and leave the intervals out</source>
        <translation>保留估計值，不計算區間</translation>
    </message>
</context>
<context>
    <name>Peakend::BrandValuePage</name>
    <message>
        <source>Why do customers come to you rather than to others? Write it in their words, then tick what carries it: those factors and subprocesses are flagged in every later step.</source>
        <translation>顧客為什麼選擇你而不是別人？用他們的話寫下來，然後勾選承載它的內容：這些因素和子流程會在之後的每一步中被標出。</translation>
    </message>
    <message>
        <source>e.g. “Stores on the busiest street: customers compare and buy in one walk.”</source>
        <translation>例如：「門市開在最繁華的街上：顧客走一趟就能比較和購買。」</translation>
    </message>
    <message>
        <source>Brand value — why customers come:</source>
        <translation>品牌價值——顧客為何而來：</translation>
    </message>
    <message>
        <source>Factors that carry it:</source>
        <translation>承載它的因素：</translation>
    </message>
    <message>
        <source>Subprocesses that carry it:</source>
        <translation>承載它的子流程：</translation>
    </message>
    <message>
        <source>This project has no factors yet: add them under View → Data Tables → Factors, then start a new cycle.</source>
        <translation>此專案還沒有因素：請在「檢視 → 資料表 → 因素」中新增，然後開始新週期。</translation>
    </message>
    <message>
        <source>Write why customers come to you (the brand value) before going on.</source>
        <translation>繼續之前，請寫下顧客為何選擇你（品牌價值）。</translation>
    </message>
    <message>
        <source>Tick at least one factor that carries the brand value.</source>
        <translation>請至少勾選一個承載品牌價值的因素。</translation>
    </message>
</context>
<context>
    <name>Peakend::CatalogueEditor</name>
    <message>
        <source>Vendors</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>體驗因素</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>新供應商</translation>
    </message>
    <message>
        <source>New subprocess</source>
        <translation>新子流程</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>新因素</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>新接觸點</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新通路</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>KPIs belong to a CEM cycle: start one first.</source>
        <translation>KPI 屬於某個 CEM 循環：請先開始一個循環。</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>細分族群</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新細分族群</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Requirements belong to a CEM cycle: start one first.</source>
        <translation>需求屬於一個 CEM 週期：請先開始一個週期。</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>新需求</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not removed: %Ln stored row(s) (survey answers, touchpoints, incidents, cycle entries or KPIs) refer to it. Remove those first, or rename it instead.</source>
        <translation>
            <numerusform>未刪除「%1」：有 %Ln 列已存資料（調查答案、接觸點、事件、週期條目或 KPI）引用它。請先刪除這些資料，或改為重新命名。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::CatalogueModel</name>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>負面</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Own company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Carries the brand</source>
        <translation>承載品牌</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Subprocess</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>性質</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件經過</translation>
    </message>
    <message>
        <source>Answered after (hours)</source>
        <translation>回應時長（小時）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Tracks requirement</source>
        <translation>追蹤的需求</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>細分族群</translation>
    </message>
    <message>
        <source>Respondents (attribute = value | value; …)</source>
        <translation>受訪者（屬性 = 取值 | 取值；…）</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>成本估算</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
</context>
<context>
    <name>Peakend::CemWizard</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Step 1 of 7: Brand value</source>
        <translation>第 1 步（共 7 步）：品牌價值</translation>
    </message>
    <message>
        <source>Step 2 of 7: Experience and expectation</source>
        <translation>第 2 步（共 7 步）：體驗與期望</translation>
    </message>
    <message>
        <source>Step 3 of 7: Key experience</source>
        <translation>第 3 步（共 7 步）：關鍵體驗</translation>
    </message>
    <message>
        <source>Step 4 of 7: Gap to the ideal</source>
        <translation>第 4 步（共 7 步）：與理想的差距</translation>
    </message>
    <message>
        <source>Step 5 of 7: Requirements</source>
        <translation>第 5 步（共 7 步）：需求</translation>
    </message>
    <message>
        <source>Step 6 of 7: Alignment with strategy and capability</source>
        <translation>第 6 步（共 7 步）：與策略和能力對齊</translation>
    </message>
    <message>
        <source>Step 7 of 7: Feedback</source>
        <translation>第 7 步（共 7 步）：回饋</translation>
    </message>
    <message>
        <source>Customer Experience Management — %1</source>
        <translation>顧客體驗管理——%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>第 %1 週期</translation>
    </message>
    <message>
        <source>Customer Experience Management — %1 (read-only: nothing you type is saved)</source>
        <translation>顧客體驗管理——%1（唯讀：輸入的內容不會儲存）</translation>
    </message>
</context>
<context>
    <name>Peakend::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1×（螢幕）</translation>
    </message>
    <message>
        <source>2× (high-DPI screen, slides)</source>
        <translation>2×（高解析度螢幕、簡報）</translation>
    </message>
    <message>
        <source>300 dpi (print)</source>
        <translation>300 dpi（印刷）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>寬度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解析度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>The file&apos;s suffix chooses the format: .png (image), .svg (vector, for editing) or .pdf (vector, one page).</source>
        <translation>副檔名決定格式：.png（圖片）、.svg（向量，可編輯）或 .pdf（向量，一頁）。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Peakend::ChartsPage</name>
    <message>
        <source>&amp;Wave:</source>
        <translation>調查批次(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>細分族群(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Highlight:</source>
        <translation>突顯(&amp;H)：</translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation>重要性(&amp;M)：</translation>
    </message>
    <message>
        <source>Confidence &amp;band</source>
        <translation>信賴帶(&amp;B)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部受訪者</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部顯示</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有供應商</translation>
    </message>
    <message>
        <source>%1 of %2 vendors</source>
        <translation>%2 個供應商中的 %1 個</translation>
    </message>
    <message>
        <source>Dri&amp;vers of:</source>
        <translation>驅動的結果(&amp;V)：</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>總體滿意度</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>推薦意願</translation>
    </message>
    <message>
        <source>Satisfied (top two boxes, yes/no)</source>
        <translation>滿意（最高兩檔，是/否）</translation>
    </message>
    <message>
        <source>Promoter (recommend 9–10, yes/no)</source>
        <translation>推薦者（推薦意願 9–10，是/否）</translation>
    </message>
    <message>
        <source>Com&amp;pare with:</source>
        <translation>比較物件(&amp;P)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>The survey wave the charts are drawn from</source>
        <translation>圖表所依據的調查波次</translation>
    </message>
    <message>
        <source>Only the respondents of this segment</source>
        <translation>僅此細分中的受訪者</translation>
    </message>
    <message>
        <source>A second segment to set against the first, on the Segment Comparison chart</source>
        <translation>在“細分比較”圖中與第一個細分對照的第二個細分</translation>
    </message>
    <message>
        <source>The vendor the charts are about: its curve, peaks and measures</source>
        <translation>圖表所關注的供應商：其曲線、峰值和指標</translation>
    </message>
    <message>
        <source>What derived importance explains</source>
        <translation>推導重要性所解釋的結果</translation>
    </message>
    <message>
        <source>How derived importance is measured</source>
        <translation>推導重要性的計算方法</translation>
    </message>
    <message>
        <source>Which vendors&apos; curves are drawn</source>
        <translation>繪製哪些供應商的曲線</translation>
    </message>
    <message>
        <source>The 95 % confidence band around the highlighted curve</source>
        <translation>突出顯示曲線周圍的 95% 置信帶</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Not everything in this wave could be read:</source>
        <translation>此波次的資料未能全部讀取：</translation>
    </message>
</context>
<context>
    <name>Peakend::ColumnCodingDialog</name>
    <message>
        <source>The answers are on a scale of their &amp;own:</source>
        <translation>回答使用自己的量表(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reversed: the lowest answer is the best (a rank)</source>
        <translation>反向：最低的回答最好（排名）(&amp;R)</translation>
    </message>
    <message>
        <source>How the Answers Are Coded</source>
        <translation>回答的編碼方式</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無回答</translation>
    </message>
    <message>
        <source>for example -99, 9</source>
        <translation>例如 -99, 9</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Numbers meaning no &amp;answer:</source>
        <translation>表示無回答的數字(&amp;A)：</translation>
    </message>
    <message>
        <source>Answers on a scale of their own are mapped in proportion onto the wave&apos;s scale (1–11 onto 0–10, 1–5 onto 1–10 …).</source>
        <translation>使用自己量表的回答按比例換算到批次的量表（1–11 換算為 0–10，1–5 換算為 1–10……）。</translation>
    </message>
    <message>
        <source>Text answers and the numbers they stand for:</source>
        <translation>文本回答及其對應的數字：</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftFactorsModel</name>
    <message>
        <source>%1: importance %2 × satisfaction %3 = %4</source>
        <translation>%1：重要性 %2 × 滿意度 %3 = %4</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Experience X</source>
        <translation>體驗 X</translation>
    </message>
    <message>
        <source>Expectation E</source>
        <translation>期望 E</translation>
    </message>
    <message>
        <source>Satisfaction S = X − E</source>
        <translation>滿意度 S = X − E</translation>
    </message>
    <message>
        <source>Importance I</source>
        <translation>重要性 I</translation>
    </message>
    <message>
        <source>Weighted W = I × S</source>
        <translation>加權 W = I × S</translation>
    </message>
    <message>
        <source>Ideal D</source>
        <translation>理想 D</translation>
    </message>
    <message>
        <source>Gap G = X − D</source>
        <translation>差距 G = X − D</translation>
    </message>
    <message>
        <source>Empty: the ideal is the experience X.</source>
        <translation>留空：理想即為體驗 X。</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2, %3).</source>
        <translation>「%1」不是數字（%2，%3）。</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3 (%4, %5).</source>
        <translation>%1 超出量表 %2 至 %3 的範圍（%4，%5）。</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftKpiValuesModel</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>「%1」不是數字（%2）。</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftKpisModel</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftRequirementsModel</name>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Closes the gap of</source>
        <translation>彌合以下因素的差距</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>成本估算</translation>
    </message>
    <message>
        <source>Priority Σ |G| × I</source>
        <translation>優先級 Σ |G| × I</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>策略契合度</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>可行性</translation>
    </message>
    <message>
        <source>Impact × feasibility</source>
        <translation>影響 × 可行性</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>do</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>速贏</translation>
    </message>
    <message>
        <source>major project</source>
        <translation>重大專案</translation>
    </message>
    <message>
        <source>fill-in</source>
        <translation>補充項</translation>
    </message>
    <message>
        <source>reconsider</source>
        <translation>重新考慮</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <source>Scores go from 1 to 5 (%1, %2).</source>
        <translation>評分範圍為 1 到 5（%1，%2）。</translation>
    </message>
    <message>
        <source>A requirement needs a title.</source>
        <translation>需求需要一個標題。</translation>
    </message>
    <message>
        <source>“%1” is not a cost (%2).</source>
        <translation>「%1」不是有效的成本（%2）。</translation>
    </message>
</context>
<context>
    <name>Peakend::ExperiencePage</name>
    <message>
        <source>Fill from a survey wave</source>
        <translation>從調查批次填入</translation>
    </message>
    <message>
        <source>For each factor: how customers experience you (X), what they expect (E) and how much it matters to them (I), on the project&apos;s scale. Type the workshop&apos;s numbers or fill them from a survey wave.</source>
        <translation>對每個因素：顧客對你的體驗（X）、他們的期望（E）以及它對他們的重要程度（I），按專案量表填寫。輸入工作坊的數字，或從調查批次填入。</translation>
    </message>
    <message>
        <source>stated by the respondents</source>
        <translation>受訪者陳述的</translation>
    </message>
    <message>
        <source>derived from the ratings (share of R², rescaled)</source>
        <translation>由評分推導（R² 份額，重新縮放）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>I stated</source>
        <translation>陳述的 I</translation>
    </message>
    <message>
        <source>I derived</source>
        <translation>推導的 I</translation>
    </message>
    <message>
        <source>&amp;Use These Values</source>
        <translation>使用這些數值(&amp;U)</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>供應商：</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>重要性：</translation>
    </message>
    <message>
        <source>This wave has no factor ratings for %1: type the values instead.</source>
        <translation>此批次沒有 %1 的因素評分：請改為手動輸入數值。</translation>
    </message>
    <message>
        <source>Enter the experience X and the expectation E of: %1.</source>
        <translation>請輸入以下因素的體驗 X 和期望 E：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter the importance I of the factors that fall short of expectations: %1.</source>
        <translation>請輸入未達期望的因素的重要性 I：%1。</translation>
    </message>
</context>
<context>
    <name>Peakend::FeedbackPage</name>
    <message>
        <source>&amp;Start Next Cycle</source>
        <translation>開始下一週期(&amp;S)</translation>
    </message>
    <message>
        <source>Measure what the actions changed: KPIs per period, each linked to the requirement it tracks. When the results are in, start the next cycle: it copies the factors and compares itself with this one.</source>
        <translation>衡量行動帶來的變化：按期間記錄 KPI，每個 KPI 關聯其追蹤的需求。結果出來後，開始下一週期：它會複製各因素，並與本週期比較。</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>新增 KPI(&amp;K)</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>刪除 KPI</translation>
    </message>
    <message>
        <source>Add &amp;Period</source>
        <translation>新增期間(&amp;P)</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>刪除期間</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>Start Next Cycle</source>
        <translation>開始下一週期</translation>
    </message>
    <message>
        <source>Start the next cycle? It copies the factors&apos; values as a starting point and compares itself with “%1”. This cycle stays as it is.</source>
        <translation>開始下一週期？它會複製各因素的數值作為起點，並與「%1」比較。本週期保持不變。</translation>
    </message>
    <message>
        <source>This is the first cycle: the next one will be compared with it.</source>
        <translation>這是第一個週期：下一週期將與它比較。</translation>
    </message>
    <message>
        <source>Compared with “%1” (before → now):</source>
        <translation>與「%1」比較（之前 → 現在）：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Add a KPI with at least one measured value, so that the cycle&apos;s results can be seen.</source>
        <translation>請新增至少有一個測量值的 KPI，以便看到本週期的結果。</translation>
    </message>
</context>
<context>
    <name>Peakend::FindingTileButton</name>
    <message>
        <source>Open the chart</source>
        <translation>開啟圖表</translation>
    </message>
</context>
<context>
    <name>Peakend::FindingsPage</name>
    <message>
        <source>Open the emotion curves</source>
        <translation>開啟情緒曲線</translation>
    </message>
    <message>
        <source>No project is open. Create one with File → New, or look at a demo with Help → Open Demo.</source>
        <translation>沒有開啟的專案。用“檔案 → 新建”建立一個，或用“幫助 → 開啟示例”檢視示例。</translation>
    </message>
    <message>
        <source>Four steps to the first emotion curves:</source>
        <translation>四步得到第一批情緒曲線：</translation>
    </message>
    <message>
        <source>Name the vendors you compare, your own company among them.</source>
        <translation>列出要比較的供應商，包括你自己的公司。</translation>
    </message>
    <message>
        <source>Lay out the purchase journey: its subprocesses in the order customers go through them.</source>
        <translation>排出購買旅程：按顧客經歷的順序列出子流程。</translation>
    </message>
    <message>
        <source>Import a survey export, or rate the journey with the room in a workshop.</source>
        <translation>匯入調查匯出檔案，或在研討會中與大家一起為旅程評分。</translation>
    </message>
    <message>
        <source>Walk through the seven steps of customer experience management.</source>
        <translation>走完客戶體驗管理的七個步驟。</translation>
    </message>
    <message>
        <source>Vendors…</source>
        <translation>供應商…</translation>
    </message>
    <message>
        <source>Journey…</source>
        <translation>旅程…</translation>
    </message>
    <message>
        <source>Import Survey…</source>
        <translation>匯入調查…</translation>
    </message>
    <message>
        <source>Workshop Ratings…</source>
        <translation>研討會評分…</translation>
    </message>
    <message>
        <source>Seven Steps Wizard…</source>
        <translation>七步向導…</translation>
    </message>
</context>
<context>
    <name>Peakend::IdealPage</name>
    <message>
        <source>Where should you be? Raise the ideal D above today&apos;s experience where you mean to exceed expectations; leave it empty where today is good enough. The gap G = X − D is what the requirements must close.</source>
        <translation>你應該達到什麼水準？在打算超越期望的地方，把理想 D 提高到目前體驗之上；目前已足夠好的地方留空。差距 G = X − D 就是需求必須彌合的部分。</translation>
    </message>
    <message>
        <source>%1 (importance %2)</source>
        <translation>%1（重要性 %2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Hint: the ideal is raised where customers care less than about the other factors (mean importance %2): %1. Effort there may go unnoticed; consider the key experiences first.</source>
        <translation>提示：理想被提高的地方，顧客的重視程度低於其他因素（平均重要性 %2）：%1。在那裡投入可能不被察覺；請先考慮關鍵體驗。</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportFilePage</name>
    <message>
        <source>Choose the survey export</source>
        <translation>選擇問卷匯出檔</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file as Qualtrics, SurveyMonkey, LimeSurvey, Google Forms or any spreadsheet wrote it. Nothing is changed in the project until the last step.</source>
        <translation>Qualtrics、SurveyMonkey、LimeSurvey、Google 表單或任何試算表匯出的 CSV 或 Excel (.xlsx) 檔案。在最後一步之前，專案不會有任何變更。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the Survey Export</source>
        <translation>選擇問卷匯出檔</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>問卷匯出檔 (*.csv *.tsv *.txt *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>匯入問卷</translation>
    </message>
    <message>
        <source>“%1” does not exist or cannot be read.</source>
        <translation>「%1」不存在或無法讀取。</translation>
    </message>
    <message>
        <source>The same file was already imported as the wave “%1”. Import it again as another wave?</source>
        <translation>同一檔案已作為批次「%1」匯入過。要再作為另一個批次匯入嗎？</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportMappingModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>反向</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 個標籤</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>無回答：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>無回答</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>First answers</source>
        <translation>最初的回答</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Subprocess, factor or attribute</source>
        <translation>子流程、因素或屬性</translation>
    </message>
    <message>
        <source>Vendor rated</source>
        <translation>所評供應商</translation>
    </message>
    <message>
        <source>Answers coded</source>
        <translation>回答編碼</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportMappingPage</name>
    <message>
        <source>Say what each column holds</source>
        <translation>說明每一欄的內容</translation>
    </message>
    <message>
        <source>for example 0, -99, 99</source>
        <translation>例如 0, -99, 99</translation>
    </message>
    <message>
        <source>leave empty not to save it</source>
        <translation>留空則不儲存</translation>
    </message>
    <message>
        <source>Wave &amp;name:</source>
        <translation>批次名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Answers meaning “not applicable”:</source>
        <translation>表示「不適用」的回答：</translation>
    </message>
    <message>
        <source>The mapping “%1”, saved on %2 for a file with the same columns, is filled in.</source>
        <translation>已填入 %2 為相同欄位的檔案儲存的對應「%1」。</translation>
    </message>
    <message>
        <source>&amp;Apply to Selected</source>
        <translation>應用到所選(&amp;A)</translation>
    </message>
    <message>
        <source>Answers &amp;Coded…</source>
        <translation>回答編碼(&amp;C)…</translation>
    </message>
    <message>
        <source>Each row is one &amp;respondent (the file has no id column)</source>
        <translation>每列為一位受訪者（檔案沒有編號欄）(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd vendors, subprocesses and factors the project does not have yet</source>
        <translation>新增專案中尚未有的供應商、子流程和因素(&amp;D)</translation>
    </message>
    <message>
        <source>Select a grid&apos;s columns (Shift or Ctrl and click, or Shift and the arrow keys), then say above what they hold. F2 edits a cell.</source>
        <translation>選擇一個矩陣題的各欄（按住 Shift 或 Ctrl 單擊，或按住 Shift 用方向鍵），然後在上方說明它們的內容。F2 編輯單元格。</translation>
    </message>
    <message>
        <source>The vendor the selected columns rate; empty: the vendor column of each row, or the file&apos;s vendor.</source>
        <translation>所選各欄評價的供應商；留空：使用每列的供應商欄，或整個檔案的供應商。</translation>
    </message>
    <message>
        <source>Each selected column takes the subprocess or factor its header names, else the header&apos;s option (“… – Quote” → Quote).</source>
        <translation>每個所選欄取其表頭提到的子流程或因素，否則取表頭中的選項（「… – 報價」→ 報價）。</translation>
    </message>
    <message>
        <source>Selected columns &amp;hold:</source>
        <translation>所選欄的內容(&amp;H)：</translation>
    </message>
    <message>
        <source>for &amp;vendor:</source>
        <translation>供應商(&amp;V)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性點</translation>
    </message>
    <message>
        <source>Rating &amp;scale of the wave:</source>
        <translation>批次的評分量表(&amp;S)：</translation>
    </message>
    <message>
        <source>Vendor rated, when no column &amp;names it:</source>
        <translation>沒有欄指明時所評的供應商(&amp;N)：</translation>
    </message>
    <message>
        <source>Save this mapping for the next wave as:</source>
        <translation>將此對應儲存供下一批次使用，名稱：</translation>
    </message>
    <message numerus="yes">
        <source>Suggested from the column headers, the first %Ln answer row(s) and the project&apos;s names: check every row before going on.</source>
        <translation>
            <numerusform>根據欄標題、前 %Ln 列回答和專案中的名稱建議：繼續之前請逐列檢查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ImportPreviewPage</name>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>工作表(&amp;W)：</translation>
    </message>
    <message>
        <source>Check what was detected</source>
        <translation>檢查偵測結果</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation>標題列數(&amp;H)：</translation>
    </message>
    <message>
        <source>%1: an Excel workbook, %2. Layout: %3.</source>
        <translation>%1：Excel 活頁簿，%2。格式：%3。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>%1: a text file, %2, encoding %3, fields separated by %4. Layout: %5.</source>
        <translation>%1：文字檔，%2，編碼 %3，欄位以 %4 分隔。格式：%5。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Writing the answers to the project. Cancel leaves the project as it was.</source>
        <translation>正在將回答寫入專案。取消則專案保持原樣。</translation>
    </message>
    <message>
        <source>Imported %1 respondents and %2 subprocess ratings as the wave “%3”.</source>
        <translation>已匯入 %1 位受訪者和 %2 筆子流程評分，作為批次「%3」。</translation>
    </message>
    <message>
        <source>The mapping is saved as “%1”.</source>
        <translation>對應已儲存為「%1」。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo removes the wave again.</source>
        <translation>「編輯 ▸ 復原」可再次移除該批次。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the project is as it was.</source>
        <translation>已取消：未匯入任何內容，專案保持原樣。</translation>
    </message>
    <message>
        <source>Nothing was imported, the project is as it was: %1</source>
        <translation>未匯入任何內容，專案保持原樣：%1</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with problems.</source>
        <translation>
            <numerusform>已略過 %Ln 列有問題的資料。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ImportValidationPage</name>
    <message>
        <source>Go &amp;back and change the mapping, or cancel and correct the file</source>
        <translation>返回修改對應，或取消並更正檔案(&amp;B)</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>檢查回答</translation>
    </message>
    <message>
        <source>The whole file is read and checked against the mapping; nothing is written yet.</source>
        <translation>依對應讀取並檢查整個檔案；尚未寫入任何內容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Problem, and the column&apos;s header</source>
        <translation>問題及欄標題</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message numerus="yes">
        <source>No problems in %Ln row(s): %1 respondents and %2 subprocess ratings are ready to import.</source>
        <translation>
            <numerusform>%Ln 列均無問題：%1 位受訪者和 %2 筆子流程評分可以匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in %1 of %2 rows.</source>
        <translation>
            <numerusform>%2 列中有 %1 列存在問題，共 %Ln 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the project: %1. To add them, go back and tick “Add vendors, subprocesses and factors”.</source>
        <translation>專案中沒有：%1。如需新增，請返回並勾選「新增……供應商、子流程和因素」。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln row(s) with problems and import the other %1</source>
        <translation>
            <numerusform>略過 %Ln 列有問題的資料，匯入其餘 %1 列(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>（整列）</translation>
    </message>
    <message>
        <source>Import &amp;although answers are missing from the wave</source>
        <translation>即使批次缺少回答也匯入(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Peakend::KeyExperiencePage</name>
    <message>
        <source>Weighted satisfaction W = importance × satisfaction. The most negative W is the key experience: what customers care about and you fall short on.</source>
        <translation>加權滿意度 W = 重要性 × 滿意度。W 最負的就是關鍵體驗：顧客在意而你做得不夠的地方。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>No factor falls short of expectations where it matters: there is no key experience to fix in this cycle.</source>
        <translation>沒有重要因素低於期望：本週期沒有需要改善的關鍵體驗。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key experience — %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;關鍵體驗——%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Also below: %1</source>
        <translation>同樣低於期望：%1</translation>
    </message>
</context>
<context>
    <name>Peakend::KpiValuesEditor</name>
    <message>
        <source>Add &amp;Period</source>
        <translation>新增期間(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Peakend::KpiValuesModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
</context>
<context>
    <name>Peakend::MainWindow</name>
    <message>
        <source>About Peakend</source>
        <translation>關於 Peakend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Peakend %1&lt;/h3&gt;&lt;p&gt;Customer-experience analytics: emotion curves, derived importance and the seven steps of Customer Experience Management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peakend %1&lt;/h3&gt;&lt;p&gt;顧客體驗分析：情感曲線、推導重要性與顧客體驗管理七步驟。&lt;/p&gt;&lt;p&gt;依據 GNU GPL 第 3 版或更新版本授權。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>開啟示範(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Peakend</source>
        <translation>關於 Peakend(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原(&amp;U)%1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)%1</translation>
    </message>
    <message>
        <source>Edit failed</source>
        <translation>編輯失敗</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（唯讀）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln 位受訪者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln 筆評分</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>開啟示範</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Peakend projects (*.peakend)</source>
        <translation>Peakend 專案 (*.peakend)</translation>
    </message>
    <message>
        <source>Peakend projects (*.peakend);;All files (*)</source>
        <translation>Peakend 專案 (*.peakend);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>專案另存新檔</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除選單</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>匯入問卷(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>圖表(&amp;C)</translation>
    </message>
    <message>
        <source>Highlight &amp;Next Vendor</source>
        <translation>突顯下一個供應商(&amp;N)</translation>
    </message>
    <message>
        <source>Highlight &amp;Previous Vendor</source>
        <translation>突顯上一個供應商(&amp;P)</translation>
    </message>
    <message>
        <source>Data Tables</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>Workshop Ratings</source>
        <translation>工作坊評分</translation>
    </message>
    <message>
        <source>KPI Values</source>
        <translation>KPI 數值</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>週期(&amp;Y)</translation>
    </message>
    <message>
        <source>Seven &amp;Steps Wizard…</source>
        <translation>七步精靈(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;New Cycle</source>
        <translation>開始新週期(&amp;N)</translation>
    </message>
    <message>
        <source>Start New Cycle</source>
        <translation>開始新週期</translation>
    </message>
    <message>
        <source>A cycle rates the project&apos;s factors (product, service, convenience …): add them under View → Data Tables → Factors first.</source>
        <translation>週期會評估專案的各個因素（產品、服務、便利……）：請先在「檢視 → 資料表 → 因素」中新增。</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>第 %1 週期</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>匯出圖表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>將圖表複製為圖片(&amp;C)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已匯出到 %1</translation>
    </message>
    <message>
        <source>Copied “%1” as an image</source>
        <translation>已將「%1」複製為圖片</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>匯出報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>已將報告寫入 %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>簡報(&amp;P)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>簡報於(&amp;O)</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>圖表：%1</translation>
    </message>
    <message>
        <source>Next &amp;Page</source>
        <translation>下一頁(&amp;P)</translation>
    </message>
    <message>
        <source>Previous P&amp;age</source>
        <translation>上一頁(&amp;A)</translation>
    </message>
    <message>
        <source>In the project: %1</source>
        <translation>專案中：%1</translation>
    </message>
    <message>
        <source>Customer experience %1</source>
        <translation>客戶體驗 %1</translation>
    </message>
</context>
<context>
    <name>Peakend::PresentationWindow</name>
    <message>
        <source>Peakend — Presentation</source>
        <translation>Peakend — 簡報</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Peakend::PresenterView</name>
    <message>
        <source>Peakend — Presenter View</source>
        <translation>Peakend — 簡報者檢視</translation>
    </message>
    <message>
        <source>Notes for this chart</source>
        <translation>本圖表的備註</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>正在顯示</translation>
    </message>
    <message>
        <source>→ ← next and previous chart · ↓ ↑ highlight vendors one by one · 0 no highlight · Esc ends the presentation</source>
        <translation>→ ← 下一張和上一張圖表 · ↓ ↑ 逐一突顯供應商 · 0 取消突顯 · Esc 結束簡報</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一張：</translation>
    </message>
    <message>
        <source>Next: the end of the presentation</source>
        <translation>下一張：簡報結束</translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectDocument</name>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>便利</translation>
    </message>
    <message>
        <source>Brand image</source>
        <translation>品牌形象</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectOverview</name>
    <message>
        <source>No project is open. Create one with File → New, or look at a demo with Help → Open Demo.</source>
        <translation>尚未開啟專案。請透過「檔案 → 新增專案」建立，或透過「說明 → 開啟示範」檢視示範。</translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectTreeModel</name>
    <message>
        <source>Vendors</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>own company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>Subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>carries the brand</source>
        <translation>承載品牌</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>體驗因素</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>調查</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln 位受訪者</numerusform>
        </translation>
    </message>
    <message>
        <source>CEM cycles</source>
        <translation>CEM 循環</translation>
    </message>
    <message>
        <source>step %1 of 7</source>
        <translation>第 %1 步（共 7 步）</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>關鍵事件</translation>
    </message>
    <message>
        <source>positive, %1</source>
        <translation>正面，%1</translation>
    </message>
    <message>
        <source>negative, %1</source>
        <translation>負面，%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>細分族群</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s), scale %1</source>
        <translation>
            <numerusform>%Ln 位受訪者，量表 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>workshop ratings, scale %1</source>
        <translation>研討會評分，量表 %1</translation>
    </message>
</context>
<context>
    <name>Peakend::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>%1-report</source>
        <translation>%1-報告</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>所有循環</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>CEM &amp;cycles:</source>
        <translation>CEM 循環(&amp;C)：</translation>
    </message>
    <message>
        <source>The project has no survey wave: the report covers its CEM cycles.</source>
        <translation>專案沒有調查批次：報告只涵蓋其 CEM 循環。</translation>
    </message>
    <message>
        <source>Survey figures describe what the charts show now: %1.</source>
        <translation>調查數據與圖表目前所示一致：%1。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Also write each table as CSV into “%1”</source>
        <translation>同時將每個表格以 CSV 寫入「%1」</translation>
    </message>
    <message>
        <source>The report is a PDF: end the file name with .pdf.</source>
        <translation>報告為 PDF 檔案：檔名請以 .pdf 結尾。</translation>
    </message>
</context>
<context>
    <name>Peakend::RequirementsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>What will you do to close the gaps? Add each action, tick the factors whose gap it closes, name an owner and estimate the cost. Priority = Σ |gap| × importance over those factors; the list is sorted by it.</source>
        <translation>你將做什麼來彌合差距？新增每項行動，勾選它所彌合差距的因素，指定負責人並估算成本。優先級 = 這些因素的 Σ |差距| × 重要性；清單按優先級排序。</translation>
    </message>
    <message>
        <source>&amp;Add Requirement</source>
        <translation>新增需求(&amp;A)</translation>
    </message>
    <message>
        <source>Closes the gap of:</source>
        <translation>彌合以下因素的差距：</translation>
    </message>
    <message>
        <source>%1 — gap %2, importance %3</source>
        <translation>%1——差距 %2，重要性 %3</translation>
    </message>
    <message>
        <source>%1 — no gap</source>
        <translation>%1——無差距</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>Add at least one requirement: an action that closes a gap.</source>
        <translation>請至少新增一項需求：一項彌合差距的行動。</translation>
    </message>
    <message>
        <source>Tick the factor(s) whose gap each requirement closes: %1.</source>
        <translation>請為每項需求勾選其所彌合差距的因素：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Peakend::SurveyImportWizard</name>
    <message>
        <source>Import Survey</source>
        <translation>匯入問卷</translation>
    </message>
</context>
<context>
    <name>Peakend::WorkshopRatingsEditor</name>
    <message>
        <source>Means of “%1”</source>
        <translation>“%1”的均值</translation>
    </message>
    <message>
        <source>The Neutral Point (%1)</source>
        <translation>中性點（%1）</translation>
    </message>
    <message>
        <source>Scores a workshop agrees on, without a survey: type one per vendor and subprocess (empty: not rated; Enter goes to the next row). They form the “Workshop ratings” wave; on its emotion curves the points can be dragged.</source>
        <translation>研討會無需調查即可商定的分數：為每個供應商和子流程輸入一個分數（留空：未評分；按 Enter 進入下一行）。這些分數構成“研討會評分”波次；在其情緒曲線上可以拖動各點。</translation>
    </message>
    <message>
        <source>Start From</source>
        <translation>起始值</translation>
    </message>
    <message>
        <source>Fill the empty cells from a survey wave&apos;s means or with the neutral point, to adjust with the room</source>
        <translation>用某一調查波次的均值或中性點填充空單元格，再與大家一起調整</translation>
    </message>
</context>
<context>
    <name>Peakend::WorkshopRatingsModel</name>
    <message>
        <source>%1 at “%2”, scale %3–%4; empty: not rated</source>
        <translation>%1 在「%2」的評分，量表 %3–%4；留空表示未評分</translation>
    </message>
</context>
<context>
    <name>PhaseNames</name>
    <message>
        <source>Pre-purchase</source>
        <translation>購買前</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買中</translation>
    </message>
    <message>
        <source>Post-purchase</source>
        <translation>購買後</translation>
    </message>
</context>
<context>
    <name>ProjectReport</name>
    <message>
        <source>%1 — customer experience report</source>
        <translation>%1——顧客體驗報告</translation>
    </message>
    <message>
        <source>%1 · Peakend report</source>
        <translation>%1 · Peakend 報告</translation>
    </message>
    <message>
        <source>Synthetic demonstration data: names and numbers are generated, not measured.</source>
        <translation>合成示範資料：名稱和數字皆為產生，並非實測。</translation>
    </message>
    <message>
        <source>Brand value: %1</source>
        <translation>品牌價值：%1</translation>
    </message>
    <message>
        <source>No survey wave.</source>
        <translation>無調查批次。</translation>
    </message>
    <message>
        <source>CEM cycles: %1</source>
        <translation>CEM 循環：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Written by Peakend %1 on %2</source>
        <translation>由 Peakend %1 於 %2 產生</translation>
    </message>
    <message>
        <source>Customer experience report</source>
        <translation>顧客體驗報告</translation>
    </message>
    <message>
        <source>The project has neither a survey wave nor a CEM cycle yet: there is nothing to report.</source>
        <translation>專案尚無調查批次，也沒有 CEM 循環：暫無可報告的內容。</translation>
    </message>
    <message>
        <source>%1: no factor falls short of expectations.</source>
        <translation>%1：沒有因素低於期望。</translation>
    </message>
    <message>
        <source>%1: the key experience is %2; its gap to the ideal is %3.</source>
        <translation>%1：關鍵體驗是 %2；與理想的差距為 %3。</translation>
    </message>
    <message>
        <source>%1 (W = %2)</source>
        <translation>%1（W = %2）</translation>
    </message>
    <message>
        <source>Also below expectations: %1.</source>
        <translation>同樣低於期望：%1。</translation>
    </message>
    <message>
        <source>Decided to do: %1 (priority %2, %3).</source>
        <translation>決定執行：%1（優先度 %2，%3）。</translation>
    </message>
    <message>
        <source>No survey wave: the survey measures are left out of this report.</source>
        <translation>無調查批次：本報告不含調查指標。</translation>
    </message>
    <message>
        <source>Weakest link of %1 (100 − 1 = 0): “%2”, mean %3 against an average of %4 — below the alert threshold %5.</source>
        <translation>%1 的最薄弱環節（100 − 1 = 0）：「%2」，平均值 %3，整體平均為 %4——低於警示門檻 %5。</translation>
    </message>
    <message>
        <source>Weakest link of %1 (100 − 1 = 0): “%2”, mean %3 against an average of %4; no alert (threshold %5).</source>
        <translation>%1 的最薄弱環節（100 − 1 = 0）：「%2」，平均值 %3，整體平均為 %4；未觸發警示（門檻 %5）。</translation>
    </message>
    <message>
        <source>%1 (%2 % of R²)</source>
        <translation>%1（佔 R² 的 %2%）</translation>
    </message>
    <message>
        <source>Strongest drivers of %1 among the subprocesses: %2; R² = %3.</source>
        <translation>子流程中對%1影響最大的驅動因素：%2；R² = %3。</translation>
    </message>
    <message>
        <source>CEM cycle %1</source>
        <translation>CEM 循環 %1</translation>
    </message>
    <message>
        <source>Values entered in a workshop.</source>
        <translation>數值在工作坊中輸入。</translation>
    </message>
    <message>
        <source>Values computed from the survey wave “%1”.</source>
        <translation>數值由調查批次「%1」計算得出。</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>開始於 %1。</translation>
    </message>
    <message>
        <source>Step 1 — Brand value</source>
        <translation>第 1 步——品牌價值</translation>
    </message>
    <message>
        <source>No brand value stated.</source>
        <translation>未說明品牌價值。</translation>
    </message>
    <message>
        <source>Why customers come to us: %1</source>
        <translation>顧客為何而來：%1</translation>
    </message>
    <message>
        <source>Factors that carry the brand value: %1.</source>
        <translation>承載品牌價值的因素：%1。</translation>
    </message>
    <message>
        <source>none marked</source>
        <translation>未標記</translation>
    </message>
    <message>
        <source>Subprocesses that carry it: %1.</source>
        <translation>承載品牌價值的子流程：%1。</translation>
    </message>
    <message>
        <source>Step 2 — Experience and expectation</source>
        <translation>第 2 步——體驗與期望</translation>
    </message>
    <message>
        <source>Satisfaction S = experience X − expectation E, on the project scale.</source>
        <translation>滿意度 S = 體驗 X − 期望 E，使用專案的評分量表。</translation>
    </message>
    <message>
        <source>Experience, expectation and importance</source>
        <translation>體驗、期望與重要性</translation>
    </message>
    <message>
        <source>Step 3 — Key experience</source>
        <translation>第 3 步——關鍵體驗</translation>
    </message>
    <message>
        <source>Weighted satisfaction W = importance I × satisfaction S; the key experiences are the most negative W.</source>
        <translation>加權滿意度 W = 重要性 I × 滿意度 S；W 最負者即為關鍵體驗。</translation>
    </message>
    <message>
        <source>Weighted satisfaction</source>
        <translation>加權滿意度</translation>
    </message>
    <message>
        <source>Step 4 — Gap to the ideal</source>
        <translation>第 4 步——與理想的差距</translation>
    </message>
    <message>
        <source>Experience gap G = experience X − ideal D; D stays at X unless the company should exceed expectations there.</source>
        <translation>體驗差距 G = 體驗 X − 理想 D；除非公司應在此超越期望，否則 D 等於 X。</translation>
    </message>
    <message>
        <source>Gap to the ideal</source>
        <translation>與理想的差距</translation>
    </message>
    <message>
        <source>Step 5 — Requirements</source>
        <translation>第 5 步——需求</translation>
    </message>
    <message>
        <source>No requirements yet.</source>
        <translation>尚無需求。</translation>
    </message>
    <message>
        <source>Priority = Σ over the requirement&apos;s factors of |G| × I.</source>
        <translation>優先度 = 對需求所涉因素求和 Σ |G| × I。</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Step 6 — Alignment with strategy and capability</source>
        <translation>第 6 步——與策略和能力對齊</translation>
    </message>
    <message>
        <source>No strategy stated.</source>
        <translation>未說明策略。</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>策略：%1</translation>
    </message>
    <message>
        <source>Alignment and decision</source>
        <translation>對齊與決策</translation>
    </message>
    <message>
        <source>Step 7 — Feedback</source>
        <translation>第 7 步——回饋</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>尚無 KPI。</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI “%1”</source>
        <translation>KPI「%1」</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>情緒曲線</translation>
    </message>
    <message>
        <source>Each point is a vendor&apos;s mean rating at one subprocess minus the mean of the other vendors there (benchmark curve): above zero the vendor does better than its competitors. The pleasure peak, the pain peak and the end are marked, because customers remember the most intense moment and the end.</source>
        <translation>每個點是某供應商在某子流程的平均評分減去其他供應商在該處的平均值（基準曲線）：高於零表示該供應商優於競爭對手。圖中標出愉悅峰值、痛點峰值和終點，因為顧客記住的是最強烈的時刻和結尾。</translation>
    </message>
    <message>
        <source>Each point is a vendor&apos;s mean rating at one subprocess minus the neutral point %1 (absolute curve). The pleasure peak, the pain peak and the end are marked, because customers remember the most intense moment and the end.</source>
        <translation>每個點是某供應商在某子流程的平均評分減去中性點 %1（絕對曲線）。圖中標出愉悅峰值、痛點峰值和終點，因為顧客記住的是最強烈的時刻和結尾。</translation>
    </message>
    <message>
        <source>Curve shape and overall satisfaction</source>
        <translation>曲線形態與整體滿意度</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>整體滿意度</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>領先次數</translation>
    </message>
    <message>
        <source>Pleasure peak</source>
        <translation>愉悅峰值</translation>
    </message>
    <message>
        <source>Pain peak</source>
        <translation>痛點峰值</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>Peak-end</source>
        <translation>峰終</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>峰谷差</translation>
    </message>
    <message>
        <source>Mean rating by subprocess and vendor</source>
        <translation>各子流程與供應商的平均評分</translation>
    </message>
    <message>
        <source>Subprocess</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Emotion curve of %1</source>
        <translation>%1 的情緒曲線</translation>
    </message>
    <message>
        <source>Driver importance</source>
        <translation>驅動因素重要性</translation>
    </message>
    <message>
        <source>How much each subprocess or factor drives overall satisfaction, derived from the ratings rather than asked: Pearson r, standardised regression coefficients β, Johnson&apos;s relative weights and exact Shapley values (LMG), as shares of R².</source>
        <translation>每個子流程或因素對整體滿意度的驅動程度，由評分推導而非直接詢問：Pearson r、標準化迴歸係數 β、Johnson 相對權重和精確 Shapley 值（LMG），以佔 R² 的份額表示。</translation>
    </message>
    <message>
        <source>Subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>體驗因素</translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation>重要性與表現</translation>
    </message>
    <message>
        <source>Outcome: %1. n = %2 respondent × vendor rows (%3 left out for a missing value). R² = %4.</source>
        <translation>結果變數：%1。n = %2 列受訪者 × 供應商（%3 列因缺漏值被排除）。R² = %4。</translation>
    </message>
    <message>
        <source>Intervals: %1 % bootstrap percentile intervals from %2 resamples of whole respondents (seed %3).</source>
        <translation>區間：基於 %2 次整群受訪者重抽樣的 %1% bootstrap 百分位區間（種子 %3）。</translation>
    </message>
    <message>
        <source>Shapley values are left out above %1 drivers.</source>
        <translation>驅動因素超過 %1 個時不計算 Shapley 值。</translation>
    </message>
    <message>
        <source>Shapley intervals are left out for this many drivers; the relative weights&apos; intervals rank them alike.</source>
        <translation>驅動因素較多時不計算 Shapley 區間；相對權重的區間給出相同的排序。</translation>
    </message>
    <message>
        <source>Derived importance (shares in % of R²)</source>
        <translation>推導重要性（佔 R² 的百分比）</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驅動因素</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>Relative weight %</source>
        <translation>相對權重 %</translation>
    </message>
    <message>
        <source>Shapley (LMG) %</source>
        <translation>Shapley (LMG) %</translation>
    </message>
    <message>
        <source>More measures</source>
        <translation>更多指標</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>淨推薦值</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6) of likelihood to recommend, in points, with its 95 % confidence interval.</source>
        <translation>NPS = 推薦意願中推薦者（9–10）所佔百分比 − 貶損者（0–6）所佔百分比，以分數表示，並附 95% 信賴區間。</translation>
    </message>
    <message>
        <source>NPS by vendor</source>
        <translation>各供應商的 NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推薦者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>貶損者</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95% 信賴區間</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有供應商</translation>
    </message>
    <message>
        <source>Weakest subprocess by vendor</source>
        <translation>各供應商最薄弱的子流程</translation>
    </message>
    <message>
        <source>Weakest subprocess</source>
        <translation>最薄弱的子流程</translation>
    </message>
    <message>
        <source>Its mean</source>
        <translation>其平均值</translation>
    </message>
    <message>
        <source>Average of the subprocess means</source>
        <translation>各子流程平均值的平均</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Weakest link (100 − 1 = 0)</source>
        <translation>最薄弱環節（100 − 1 = 0）</translation>
    </message>
    <message>
        <source>Reasons to like and dislike</source>
        <translation>喜歡與不喜歡的原因</translation>
    </message>
    <message>
        <source>Share of %1 evaluations naming each factor (several may be named, so shares can sum past 100 %), with 95 % Wilson intervals.</source>
        <translation>%1 筆評價中提及各因素的佔比（可複選，故總和可超過 100%），附 95% Wilson 區間。</translation>
    </message>
    <message>
        <source>Reasons, all vendors</source>
        <translation>原因（所有供應商）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Reason to like</source>
        <translation>喜歡的原因</translation>
    </message>
    <message>
        <source>Reason to dislike</source>
        <translation>不喜歡的原因</translation>
    </message>
    <message>
        <source>Memory rules</source>
        <translation>記憶規則</translation>
    </message>
    <message>
        <source>How well each summary of a customer&apos;s own ratings along the journey predicts the overall rating they gave (n = %1 respondent × vendor pairs).</source>
        <translation>顧客對旅程各環節評分的每種概括方式，對其整體評分的預測程度（n = %1 對受訪者 × 供應商）。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>Channel consistency</source>
        <translation>通路一致性</translation>
    </message>
    <message>
        <source>Consistency = 1 − mean |channel A − channel B| / (scale maximum − minimum) over the channels offering a touchpoint; overall %1.</source>
        <translation>一致性 = 1 − 提供該接觸點的各通路間 |通路 A − 通路 B| 的平均 / （量表最大值 − 最小值）；整體 %1。</translation>
    </message>
    <message>
        <source>Mean rating by channel</source>
        <translation>各通路的平均評分</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附錄</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Emotion curve: for each vendor and subprocess, e = weighted mean rating − the neutral point (absolute) or − the mean of the other vendors there (benchmark).</source>
        <translation>情緒曲線：對每個供應商和子流程，e = 加權平均評分 − 中性點（絕對）或 − 其他供應商在該處的平均值（基準）。</translation>
    </message>
    <message>
        <source>Pleasure peak: the highest e; pain peak: the lowest e; end: the last subprocess with data. Peak-end = (e of the most intense moment + e of the end) / 2; spread = pleasure − pain.</source>
        <translation>愉悅峰值：最高的 e；痛點峰值：最低的 e；終點：最後一個有資料的子流程。峰終 = （最強烈時刻的 e + 終點的 e）/ 2；峰谷差 = 愉悅 − 痛點。</translation>
    </message>
    <message>
        <source>Wins: subprocesses where a vendor has the highest mean (ties shared). Efficiency paradox: wins in the top third while overall satisfaction ranks in the bottom third.</source>
        <translation>領先次數：供應商平均值最高的子流程數（並列均分）。效率悖論：領先次數位居前三分之一，而整體滿意度排在後三分之一。</translation>
    </message>
    <message>
        <source>Derived importance: drivers regressed on overall satisfaction over respondent × vendor rows (listwise deletion); Johnson&apos;s relative weights and Shapley values (LMG) split R² among the drivers; bootstrap percentile intervals resample whole respondents.</source>
        <translation>推導重要性：以受訪者 × 供應商各列將驅動因素對整體滿意度迴歸（成列刪除）；Johnson 相對權重和 Shapley 值（LMG）把 R² 分配給各驅動因素；bootstrap 百分位區間按整位受訪者重抽樣。</translation>
    </message>
    <message>
        <source>CEM steps: S = X − E; W = I × S, the most negative W are the key experiences; G = X − D; priority = Σ |G| × I; feasibility = mean of strategic fit and the readiness of people, process and technology (1–5).</source>
        <translation>CEM 步驟：S = X − E；W = I × S，W 最負者為關鍵體驗；G = X − D；優先度 = Σ |G| × I；可行性 = 策略契合度及人員、流程、技術就緒度（1–5）的平均。</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6); SE = 100 √((pP + pD − (pP − pD)²) / n).</source>
        <translation>NPS = 推薦者（9–10）% − 貶損者（0–6）%；SE = 100 √((pP + pD − (pP − pD)²) / n)。</translation>
    </message>
    <message>
        <source>Weakest link (100 − 1 = 0): the lowest subprocess mean beside the average of the means.</source>
        <translation>最薄弱環節（100 − 1 = 0）：最低的子流程平均值，與各平均值的平均並列。</translation>
    </message>
    <message>
        <source>Channel consistency = 1 − mean |channel A − channel B| / (max − min).</source>
        <translation>通路一致性 = 1 − |通路 A − 通路 B| 的平均 / （最大值 − 最小值）。</translation>
    </message>
    <message>
        <source>Data and n</source>
        <translation>資料與樣本數</translation>
    </message>
    <message>
        <source>%1 to %2, neutral %3</source>
        <translation>%1 至 %2，中性點 %3</translation>
    </message>
    <message>
        <source>What the figures are computed from</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>評分量表</translation>
    </message>
    <message>
        <source>Survey wave</source>
        <translation>調查批次</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受訪者</translation>
    </message>
    <message>
        <source>Respondent × vendor evaluations</source>
        <translation>受訪者 × 供應商評價</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>細分族群</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>n by vendor</source>
        <translation>各供應商樣本數</translation>
    </message>
    <message>
        <source>Overall ratings</source>
        <translation>整體評分數</translation>
    </message>
    <message>
        <source>Fewest ratings at a subprocess</source>
        <translation>單一子流程最少評分數</translation>
    </message>
    <message>
        <source>Most ratings at a subprocess</source>
        <translation>單一子流程最多評分數</translation>
    </message>
    <message>
        <source>A yes/no outcome: a logistic regression, with β its fully standardised coefficients and Tonidandel &amp; LeBreton&apos;s relative weights for logistic regression, as shares of R² = the squared correlation of the outcome with the predicted probability. Shapley values are not computed for a yes/no outcome.</source>
        <translation>是/否結果：採用邏輯迴歸，β 為其完全標準化係數，重要性為 Tonidandel 與 LeBreton 的邏輯迴歸相對權重，以佔 R²（結果與預測機率相關係數的平方）的份額表示。是/否結果不計算 Shapley 值。</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>關鍵事件</translation>
    </message>
    <message numerus="yes">
        <source>Moments customers tell of unprompted, good or bad (seed 003); a complaint answered within %Ln hour(s) can still be turned round. Median response: of the incidents that were answered.</source>
        <translation>
            <numerusform>顧客主動講述的好或壞的時刻（種子文件 003）；在 %Ln 小時內回應的投訴仍可挽回。回應時間中位數：只計已回應的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents and response by touchpoint and channel</source>
        <translation>按接觸點和渠道的事件與回應</translation>
    </message>
    <message>
        <source>Touchpoint or channel</source>
        <translation>接觸點或渠道</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>壞</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按時回應</translation>
    </message>
    <message>
        <source>Median response (hours)</source>
        <translation>回應時間中位數（小時）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 件中 %1 件（%3）</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>均未回應</translation>
    </message>
    <message>
        <source>(no touchpoint)</source>
        <translation>（無接觸點）</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(off brand)</source>
        <translation>（偏離品牌）</translation>
    </message>
    <message>
        <source>Off brand: a pleasure peak or an end that is not on a subprocess carrying the brand value (%1). Customers remember the peak and the end, so those moments should deliver the brand.</source>
        <translation>偏離品牌：愉悅峰值或終點不在承載品牌價值的子流程上（%1）。顧客記住的是峰值和終點，這些時刻應當傳遞品牌。</translation>
    </message>
    <message>
        <source>Most dissatisfied (bottom two boxes)</source>
        <translation>最不滿意（最低兩檔）</translation>
    </message>
    <message>
        <source>Customers dissatisfied at least once</source>
        <translation>至少一次不滿意的顧客</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>One failing subprocess spoils the whole experience: each vendor&apos;s lowest subprocess mean beside the average, with an alert below the threshold; the subprocess with the most answers in the bottom two boxes; and the share of the vendor&apos;s customers who gave at least one subprocess a bottom-two-box answer, with its 95 % Wilson interval.</source>
        <translation>一個失敗的子流程就會毀掉整體體驗：列出每個供應商最低的子流程均值及平均值，低於閾值時預警；最低兩檔回答最多的子流程；以及至少給一個子流程最低兩檔評分的顧客比例及其 95 % Wilson 區間。</translation>
    </message>
    <message>
        <source>Segment comparison</source>
        <translation>細分群體比較</translation>
    </message>
    <message>
        <source>“%1” (A, n = %2) against “%3” (B, n = %4): A − B with 95 % intervals (Welch for means, normal for NPS points).</source>
        <translation>“%1”（A，n = %2）對比“%3”（B，n = %4）：A − B 及 95 % 區間（均值用 Welch 區間，NPS 分數用正態區間）。</translation>
    </message>
    <message>
        <source>Overall satisfaction and NPS, A − B</source>
        <translation>總體滿意度和 NPS，A − B</translation>
    </message>
    <message>
        <source>Overall satisfaction A − B</source>
        <translation>總體滿意度 A − B</translation>
    </message>
    <message>
        <source>NPS A − B</source>
        <translation>NPS A − B</translation>
    </message>
    <message>
        <source>derived from the whole market, rescaled to the scale</source>
        <translation>由整個市場推導，並換算到量表</translation>
    </message>
    <message>
        <source>Factors: stated and derived importance</source>
        <translation>因素：陳述重要性與推導重要性</translation>
    </message>
    <message>
        <source>Factor quadrants by stated and by derived importance</source>
        <translation>按陳述重要性和推導重要性劃分的因素象限</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表現</translation>
    </message>
    <message>
        <source>Stated importance</source>
        <translation>陳述重要性</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Derived importance</source>
        <translation>推導重要性</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>一覽</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>%1 — next: %2</source>
        <translation>%1 — 下一步：%2</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>More findings</source>
        <translation>更多發現</translation>
    </message>
    <message>
        <source>Emotion curve of %1: pleasure peak at “%2” (%3), pain peak at “%4” (%5), end at “%6” (%7); peak-end score %8.</source>
        <translation>%1 的情緒曲線：愉悅峰值在“%2”（%3），痛苦峰值在“%4”（%5），終點在“%6”（%7）；峰終得分 %8。</translation>
    </message>
    <message>
        <source>NPS by vendor: highest %1 (%2), lowest %3 (%4).</source>
        <translation>各供應商的 NPS：最高 %1（%2），最低 %3（%4）。</translation>
    </message>
    <message>
        <source>subprocesses as the customers of %1 rate them</source>
        <translation>%1 的顧客所評的子流程</translation>
    </message>
    <message>
        <source>With %1 respondents, each resample drew %2 of them (an m-out-of-n bootstrap, which keeps the time bounded); each resample&apos;s distance from the estimate was scaled by √(m/n) before the percentiles were taken.</source>
        <translation>受訪者共 %1 人，每次重抽樣抽取其中 %2 人（m-out-of-n bootstrap，使計算時間有上限）；取百分位數之前，每次重抽樣與估計值的距離都乘以 √(m/n)。</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>Unknown field.</source>
        <translation>未知欄位。</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>要修改的項目已不存在。</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>“%1” is already open in %2 (process %3) on %4. Open it read-only, or close it there first.</source>
        <translation>「%1」已在 %4 上的 %2（行程 %3）中開啟。請以唯讀方式開啟，或先在那裡關閉它。</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for editing: the folder may be read-only.</source>
        <translation>無法鎖定「%1」以進行編輯：所在資料夾可能是唯讀的。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not give access to its connection.</source>
        <translation>Qt SQLite 驅動程式未提供其連線的存取。</translation>
    </message>
    <message>
        <source>%1 failed in “%2”: %3</source>
        <translation>在「%2」中%1失敗：%3</translation>
    </message>
    <message>
        <source>“%1” is not a Peakend project: it is not an SQLite database.</source>
        <translation>「%1」不是 Peakend 專案：它不是 SQLite 資料庫。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2</source>
        <translation>「%1」已損毀，未開啟：%2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program (application id 0x%2), not a Peakend project.</source>
        <translation>「%1」是其他程式的 SQLite 資料庫（應用程式識別碼 0x%2），不是 Peakend 專案。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Peakend (file format %2; this version reads up to %3). Open it read-only, or update Peakend to edit it.</source>
        <translation>「%1」由較新版本的 Peakend 儲存（檔案格式 %2；本版本最多讀取 %3）。請以唯讀方式開啟，或更新 Peakend 後再編輯。</translation>
    </message>
    <message>
        <source>“%1” uses an older file format (%2) that must be upgraded before it can be read. Open it for editing to upgrade it; a backup copy is kept.</source>
        <translation>「%1」使用較舊的檔案格式（%2），讀取前必須升級。請以編輯方式開啟以升級；系統會保留一份備份。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened. SQLite&apos;s check reports: %2</source>
        <translation>「%1」已損毀，未開啟。SQLite 檢查報告：%2</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>設定連線</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>無法取代「%1」。</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>建立專案</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” could not be written: the file could not be replaced.</source>
        <translation>無法寫入「%1」：無法取代該檔案。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>資料夾「%1」不存在。</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>「%1」以唯讀方式開啟。</translation>
    </message>
    <message>
        <source>“%1” has an impossible file format number (%2) and was not opened: another program changed it.</source>
        <translation>「%1」的檔案格式編號不可能成立（%2），未開啟：它被其他程式改動過。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: rows refer to entries that are not there (rows per table: %2).</source>
        <translation>「%1」被其他程式改動過，未開啟：有些列參照了不存在的項目（各資料表列數：%2）。</translation>
    </message>
    <message>
        <source>“%1” is already open in Peakend under another name. Open it read-only, or close it there first.</source>
        <translation>「%1」已以另一個名稱在 Peakend 中開啟。請以唯讀方式開啟，或先在那裡關閉它。</translation>
    </message>
    <message>
        <source>“%1” was not closed properly: a change to it was interrupted and must be rolled back before it can be read. Open it for editing once (peakend check --recover does only that); the change is undone and nothing else is touched.</source>
        <translation>「%1」未正常關閉：對它的一次變更被中斷，必須先復原才能讀取。請以編輯方式開啟一次（peakend check --recover 只做這件事）；該變更會被撤銷，其他內容不受影響。</translation>
    </message>
    <message>
        <source>“%1” is damaged. SQLite&apos;s check reports: %2</source>
        <translation>「%1」已損毀。SQLite 的檢查報告：%2</translation>
    </message>
</context>
<context>
    <name>ReasonsChart</name>
    <message>
        <source>Reasons to like and to dislike: %1</source>
        <translation>喜歡與不喜歡的原因：%1</translation>
    </message>
    <message>
        <source>No like or dislike reasons in this survey wave.</source>
        <translation>本調查批次沒有喜歡或不喜歡的原因。</translation>
    </message>
    <message>
        <source>Share of %1 respondent × vendor evaluations naming each factor (several reasons allowed, so shares can add up past 100 %); whiskers: Wilson 95 % interval. Right of each row: the factor&apos;s derived importance, % of R².</source>
        <translation>在 %1 份受訪者 × 供應商評價中提及各因素的比例（可複選，合計可超過 100%）；誤差線：Wilson 95% 區間。每列右側：該因素的推導重要性（佔 R² 的百分比）。</translation>
    </message>
    <message>
        <source>reason to like</source>
        <translation>喜歡的原因</translation>
    </message>
    <message>
        <source>reason to dislike</source>
        <translation>不喜歡的原因</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>← dislike · share of evaluations · like →</source>
        <translation>← 不喜歡 · 評價佔比 · 喜歡 →</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>reason to like: %1</source>
        <translation>喜歡的原因：%1</translation>
    </message>
    <message>
        <source>reason to dislike: %1</source>
        <translation>不喜歡的原因：%1</translation>
    </message>
    <message>
        <source>importance %1 % of R²</source>
        <translation>重要性 佔 R² 的 %1 %</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <source>“%1” is not a file that can be replaced.</source>
        <translation>「%1」不是可以取代的檔案。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it? Everything in it will be lost.</source>
        <translation>「%1」已存在。要取代它嗎？其中的全部內容都會遺失。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a project&apos;s report as PDF: findings, the seven CEM steps of every cycle (or one), emotion curves, driver importance, further measures and an appendix.</source>
        <translation>將專案報告寫成 PDF：主要發現、每個（或一個）循環的七個 CEM 步驟、情緒曲線、驅動因素重要性、更多指標和附錄。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Report only the CEM cycle with this number (default: all).</source>
        <translation>只報告此編號的 CEM 循環（預設：全部）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Also write each table of the report as a CSV file into this folder.</source>
        <translation>同時將報告中的每個表格以 CSV 檔寫入此資料夾。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Name the output with -o FILE.pdf.</source>
        <translation>請用 -o 檔案.pdf 指定輸出。</translation>
    </message>
    <message>
        <source>--cycle takes a cycle number: 1, 2, …</source>
        <translation>--cycle 需要循環編號：1、2、…</translation>
    </message>
    <message>
        <source>The project has no CEM cycle yet.</source>
        <translation>專案尚無 CEM 循環。</translation>
    </message>
    <message>
        <source>The project has no cycle %1; it has: %2.</source>
        <translation>專案中沒有循環 %1；現有：%2。</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>已將報告寫入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>已將 %n 個表格以 CSV 寫入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 頁：%2</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>The report was not written: a chart cannot be laid out. %1</source>
        <translation>報告未寫入：有圖表無法排版。%1</translation>
    </message>
</context>
<context>
    <name>RepositoryCore</name>
    <message>
        <source>Names are kept to %1 characters; this one has %2.</source>
        <translation>名稱最多 %1 個字元；此名稱有 %2 個。</translation>
    </message>
    <message>
        <source>The name holds an invisible character (U+%1, at position %2) that changes how text shows; remove it.</source>
        <translation>該名稱含有會改變文字顯示方式的不可見字元（U+%1，位於第 %2 個字元）；請刪除它。</translation>
    </message>
</context>
<context>
    <name>SavReader</name>
    <message>
        <source>%1: not a readable SPSS data file (%2).</source>
        <translation>%1：不是可讀取的 SPSS 資料檔案（%2）。</translation>
    </message>
    <message>
        <source>%1: the SPSS data file has no variables.</source>
        <translation>%1：該 SPSS 資料檔案沒有變數。</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>%1–%2, neutral %3</source>
        <translation>%1–%2，中性點 %3</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>“%1” is damaged and was not opened: its list of tables does not read (%2).</source>
        <translation>「%1」已損毀，未開啟：無法讀取其表格列表（%2）。</translation>
    </message>
    <message>
        <source>“%1” contains a trigger “%2” that Peakend did not create. It was not opened, and the trigger did not run.</source>
        <translation>「%1」包含一個不是由 Peakend 建立的觸發程序「%2」。檔案未被開啟，該觸發程序也未執行。</translation>
    </message>
    <message>
        <source>“%1” contains a view “%2” that Peakend did not create. It was not opened, and the view did not run.</source>
        <translation>「%1」包含一個不是由 Peakend 建立的檢視「%2」。檔案未被開啟，該檢視也未執行。</translation>
    </message>
    <message>
        <source>“%1” contains an index “%2” that Peakend did not create. It was not opened.</source>
        <translation>「%1」包含一個不是由 Peakend 建立的索引「%2」。檔案未被開啟。</translation>
    </message>
    <message>
        <source>“%1” contains a table “%2” that Peakend did not create. It was not opened.</source>
        <translation>「%1」包含一個不是由 Peakend 建立的表格「%2」。檔案未被開啟。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: “%2” is missing.</source>
        <translation>「%1」已被其他程式修改，未開啟：缺少「%2」。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: the definition of “%2” is not the one Peakend wrote.</source>
        <translation>「%1」已被其他程式修改，未開啟：「%2」的定義不是 Peakend 寫入的定義。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: the rows of “%2” do not read (%3).</source>
        <translation>「%1」已損毀，未開啟：無法讀取「%2」的記錄（%3）。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: rows hold values Peakend never writes (rows per table: %2).</source>
        <translation>「%1」已被其他程式修改，未開啟：記錄中有 Peakend 從不寫入的值（各表記錄數：%2）。</translation>
    </message>
</context>
<context>
    <name>SegmentComparisonChart</name>
    <message>
        <source>Segment comparison</source>
        <translation>細分群體比較</translation>
    </message>
    <message>
        <source>%1: “%2” against “%3”</source>
        <translation>%1：“%2”對比“%3”</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Choose a segment to compare with in “Compare with” above: the chart shows the segment chosen minus that one.</source>
        <translation>請在上方“比較物件”中選擇一個細分群體：圖表顯示所選細分群體減去該群體的差值。</translation>
    </message>
    <message>
        <source>No vendor to compare.</source>
        <translation>沒有可比較的供應商。</translation>
    </message>
    <message>
        <source>One of the two segments has no respondents in this wave.</source>
        <translation>兩個細分群體之一在該調查波次中沒有受訪者。</translation>
    </message>
    <message>
        <source>A − B with 95 % Welch intervals; filled dots: the interval leaves out zero. n = %1 (A) and %2 (B) respondents.</source>
        <translation>A − B 及 95 % Welch 區間；實心點：區間不含零。受訪者 n = %1（A）和 %2（B）。</translation>
    </message>
    <message>
        <source>NPS %1 (A) against %2 (B): %3 points [%4, %5].</source>
        <translation>NPS %1（A）對比 %2（B）：相差 %3 分 [%4, %5]。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) are in both segments: the intervals assume two independent groups.</source>
        <translation>
            <numerusform>%Ln 名受訪者同時屬於兩個細分群體：區間假定兩組相互獨立。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>總體滿意度</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 對 %2</translation>
    </message>
    <message>
        <source>A %1 · B %2 · A − B %3</source>
        <translation>A %1 · B %2 · A − B %3</translation>
    </message>
    <message>
        <source>95 % Welch interval %1 to %2</source>
        <translation>95 % Welch 區間 %1 至 %2</translation>
    </message>
    <message>
        <source>the interval leaves out zero</source>
        <translation>區間不含零</translation>
    </message>
    <message>
        <source>the interval holds zero: no clear difference</source>
        <translation>區間含零：沒有明確差異</translation>
    </message>
</context>
<context>
    <name>SegmentDefinition</name>
    <message>
        <source>Condition %1, “%2”, is not “attribute = value”: write it like “region = North | South”.</source>
        <translation>第 %1 個條件「%2」不是「屬性 = 取值」的形式：請寫成類似「地區 = 北部 | 南部」。</translation>
    </message>
    <message>
        <source>The wave records no respondent attribute “%1”; it has: %2.</source>
        <translation>該批次沒有受訪者屬性「%1」；現有屬性：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No respondent has %1 = “%2”; its values are: %3.</source>
        <translation>沒有受訪者的 %1 為「%2」；現有取值：%3。</translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <source>Synthetic demonstration data: names and numbers are generated, not measured.</source>
        <translation>合成示範資料：名稱和數字皆為產生，並非實測。</translation>
    </message>
    <message>
        <source>Brand value:</source>
        <translation>品牌價值：</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>評分量表</translation>
    </message>
    <message>
        <source>%1 to %2, neutral %3</source>
        <translation>%1 至 %2，中性點 %3</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Own company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>Subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>體驗因素</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>調查批次</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受訪者</translation>
    </message>
    <message>
        <source>Evaluations (respondent × vendor)</source>
        <translation>評價（受訪者 × 供應商）</translation>
    </message>
    <message>
        <source>Subprocess ratings</source>
        <translation>子流程評分</translation>
    </message>
    <message>
        <source>CEM cycles</source>
        <translation>CEM 循環</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>關鍵事件</translation>
    </message>
    <message>
        <source>Purchase journey</source>
        <translation>購買旅程</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>調查：</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>量表 %1</translation>
    </message>
</context>
<context>
    <name>SurveyDataLoader</name>
    <message>
        <source>The order of the subprocesses of wave “%1” does not read back: its subprocess ratings were left out.</source>
        <translation>波次“%1”的子流程順序無法讀回：其子流程評分已被略去。</translation>
    </message>
    <message numerus="yes">
        <source>The ratings of %n respondent × vendor pair(s) of wave “%1” do not read back and were left out (the first: respondent %2, vendor %3).</source>
        <translation>
            <numerusform>波次“%1”中 %n 個受訪者 × 供應商組合的評分無法讀回，已被略去（第一個：受訪者 %2，供應商 %3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) name a respondent who is not in wave “%1” and were left out.</source>
        <translation>
            <numerusform>%n 條回答指向不在波次“%1”中的受訪者，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) name a vendor that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n 條回答指向專案中不存在的供應商，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) name a subprocess that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n 條評分指向專案中不存在的子流程，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) name a factor or a kind that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n 條因素回答指向專案中不存在的因素或型別，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) of wave “%1” have a weight outside 0.000001 to 1,000,000 and were left out.</source>
        <translation>
            <numerusform>批次「%1」中有 %n 名受訪者的權重不在 0.000001 至 1,000,000 之間，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of wave “%1” hold a number no rating scale has (above a million, or infinite) and were left out.</source>
        <translation>
            <numerusform>批次「%1」中有 %n 筆回答的數值超出任何評分量表（大於一百萬或無限大），已略去。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4)</source>
        <translation>%1，第 %2 列，第 %3 欄（%4）</translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1：%2「%3」</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 個欄位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 columns, the mapping %3: choose the mapping again.</source>
        <translation>%1 有 %2 欄，對應有 %3 欄：請重新選擇對應。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>欄數不對</translation>
    </message>
    <message>
        <source>bytes that are not valid in the file&apos;s encoding</source>
        <translation>不符合檔案編碼的位元組</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>outside the rating scale</source>
        <translation>超出評分量表</translation>
    </message>
    <message>
        <source>no respondent id</source>
        <translation>缺少受訪者編號</translation>
    </message>
    <message>
        <source>no vendor</source>
        <translation>缺少供應商</translation>
    </message>
    <message>
        <source>a vendor the project does not have</source>
        <translation>專案中沒有的供應商</translation>
    </message>
    <message>
        <source>a subprocess the project does not have</source>
        <translation>專案中沒有的子流程</translation>
    </message>
    <message>
        <source>a factor the project does not have</source>
        <translation>專案中沒有的因素</translation>
    </message>
    <message>
        <source>the same respondent and vendor twice</source>
        <translation>同一受訪者和供應商出現兩次</translation>
    </message>
    <message>
        <source>the same rating twice</source>
        <translation>同一評分出現兩次</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（「%2」）</translation>
    </message>
    <message>
        <source>No subprocess rating was read: every rating cell is empty or a code for no answer.</source>
        <translation>未讀到子流程評分：每個評分單元格都為空或是表示無回答的代碼。</translation>
    </message>
    <message numerus="yes">
        <source>No answer in column(s) %1: every cell is empty or a code for no answer.</source>
        <translation>
            <numerusform>第 %1 欄沒有回答：每個單元格都為空或是表示無回答的代碼。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overall or recommend answer(s) name no vendor and are left out: map a vendor column or give the vendor of the file.</source>
        <translation>
            <numerusform>%Ln 個整體滿意度或推薦意願的回答沒有指明供應商，未匯入：請對應供應商欄或指定檔案的供應商。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: column(s) %1.</source>
        <translation>
            <numerusform>未匯入：第 %1 欄。</numerusform>
        </translation>
    </message>
    <message>
        <source>No respondent to import: every row was left out.</source>
        <translation>沒有可匯入的受訪者：每一列都被排除了。</translation>
    </message>
    <message>
        <source>Nothing was imported: answers would be missing from the wave (see the warnings).</source>
        <translation>未匯入任何內容：批次會缺少回答（見警告）。</translation>
    </message>
    <message>
        <source>No column is mapped to a subprocess or factor rating: the wave would have no emotion curves and no drivers.</source>
        <translation>沒有欄對應到子流程或因素評分：批次將沒有情緒曲線，也沒有驅動力分析。</translation>
    </message>
    <message>
        <source>The project has %1 waves, as many as a project holds.</source>
        <translation>專案已有 %1 個調查批次，已達上限。</translation>
    </message>
    <message>
        <source>The wave&apos;s name is longer than %1 characters.</source>
        <translation>批次名稱超過 %1 個字元。</translation>
    </message>
    <message>
        <source>The attribute name of column %1 is longer than %2 characters.</source>
        <translation>第 %1 欄的屬性名稱超過 %2 個字元。</translation>
    </message>
    <message>
        <source>The mapping adds %1 respondent attributes to the %2 the project has; a project holds at most %3. Map fewer columns as attributes.</source>
        <translation>此對應要在專案已有的 %2 個受訪者屬性之外再添加 %1 個；一個專案最多包含 %3 個。請少對應一些屬性欄。</translation>
    </message>
    <message>
        <source>a weight outside %1 to %2</source>
        <translation>權重不在 %1 至 %2 之間</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超過 %1 個字元</translation>
    </message>
    <message>
        <source>a name beyond what a project holds (%1 vendors, %2 subprocesses, %3 factors)</source>
        <translation>超出專案容量的名稱（最多 %1 個供應商、%2 個子流程、%3 個體驗因素）</translation>
    </message>
    <message>
        <source>The wave&apos;s name holds an invisible character that changes how text shows.</source>
        <translation>批次名稱含有會改變文字顯示方式的不可見字元。</translation>
    </message>
    <message>
        <source>The attribute name of column %1 holds an invisible character that changes how text shows.</source>
        <translation>第 %1 欄的屬性名稱含有會改變文字顯示方式的不可見字元。</translation>
    </message>
    <message>
        <source>an invisible character that changes how text shows (bidirectional or zero-width)</source>
        <translation>會改變文字顯示方式的不可見字元（雙向或零寬）</translation>
    </message>
</context>
<context>
    <name>SurveyLayout</name>
    <message>
        <source>One row per respondent</source>
        <translation>每位受訪者一列</translation>
    </message>
    <message>
        <source>One row per rating (long)</source>
        <translation>每個評分一列（長格式）</translation>
    </message>
    <message>
        <source>Qualtrics</source>
        <translation>Qualtrics</translation>
    </message>
    <message>
        <source>Qualtrics (legacy export)</source>
        <translation>Qualtrics（舊版匯出）</translation>
    </message>
    <message>
        <source>SurveyMonkey</source>
        <translation>SurveyMonkey</translation>
    </message>
    <message>
        <source>LimeSurvey</source>
        <translation>LimeSurvey</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google 表單</translation>
    </message>
    <message>
        <source>SPSS data file</source>
        <translation>SPSS 資料檔案</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>The workshop wave has no workshop respondent.</source>
        <translation>工作坊批次缺少工作坊受訪者。</translation>
    </message>
    <message>
        <source>The subprocesses of wave %1 are not readable.</source>
        <translation>調查批次 %1 的子流程無法讀取。</translation>
    </message>
    <message>
        <source>The ratings of respondent %1 for vendor %2 are not readable and were left out.</source>
        <translation>受訪者 %1 對供應商 %2 的評分無法讀取，已略去。</translation>
    </message>
    <message>
        <source>The ratings of respondent %1 for vendor %2 are not readable.</source>
        <translation>受訪者 %1 對供應商 %2 的評分無法讀取。</translation>
    </message>
    <message>
        <source>There is no respondent %1.</source>
        <translation>沒有受訪者 %1。</translation>
    </message>
    <message>
        <source>A project holds at most %1 waves.</source>
        <translation>一個專案最多包含 %1 個調查批次。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add vendor “%1”</source>
        <translation>新增供應商「%1」</translation>
    </message>
    <message>
        <source>Import survey “%1”</source>
        <translation>匯入問卷「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n stored row(s) refer to it, so it was not removed.</source>
        <translation>
            <numerusform>有 %n 列已存資料參照了它，因此未刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove vendor “%1”</source>
        <translation>刪除供應商「%1」</translation>
    </message>
    <message>
        <source>Add subprocess “%1”</source>
        <translation>新增子流程「%1」</translation>
    </message>
    <message>
        <source>Remove subprocess “%1”</source>
        <translation>刪除子流程「%1」</translation>
    </message>
    <message>
        <source>Add factor “%1”</source>
        <translation>新增因素「%1」</translation>
    </message>
    <message>
        <source>Remove factor “%1”</source>
        <translation>刪除因素「%1」</translation>
    </message>
    <message>
        <source>Add touchpoint “%1”</source>
        <translation>新增接觸點「%1」</translation>
    </message>
    <message>
        <source>Remove touchpoint “%1”</source>
        <translation>刪除接觸點「%1」</translation>
    </message>
    <message>
        <source>Add critical incident</source>
        <translation>新增關鍵事件</translation>
    </message>
    <message>
        <source>Remove critical incident</source>
        <translation>刪除關鍵事件</translation>
    </message>
    <message>
        <source>Set workshop rating</source>
        <translation>設定工作坊評分</translation>
    </message>
    <message>
        <source>Workshop ratings</source>
        <translation>工作坊評分</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>設定「%2」的%1</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移動「%1」</translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation>新增通路「%1」</translation>
    </message>
    <message>
        <source>Remove channel “%1”</source>
        <translation>刪除通路「%1」</translation>
    </message>
    <message>
        <source>Add KPI “%1”</source>
        <translation>新增 KPI「%1」</translation>
    </message>
    <message>
        <source>Remove KPI “%1”</source>
        <translation>刪除 KPI「%1」</translation>
    </message>
    <message>
        <source>Add KPI value</source>
        <translation>新增 KPI 數值</translation>
    </message>
    <message>
        <source>Remove KPI value</source>
        <translation>刪除 KPI 數值</translation>
    </message>
    <message>
        <source>Change KPI value</source>
        <translation>修改 KPI 數值</translation>
    </message>
    <message>
        <source>Add segment “%1”</source>
        <translation>新增細分族群「%1」</translation>
    </message>
    <message>
        <source>Remove segment “%1”</source>
        <translation>刪除細分族群「%1」</translation>
    </message>
    <message>
        <source>Add requirement “%1”</source>
        <translation>新增需求「%1」</translation>
    </message>
    <message>
        <source>Remove requirement “%1”</source>
        <translation>刪除需求「%1」</translation>
    </message>
    <message>
        <source>Start cycle “%1”</source>
        <translation>開始週期「%1」</translation>
    </message>
    <message>
        <source>Link requirement to factors</source>
        <translation>將需求關聯到因素</translation>
    </message>
    <message numerus="yes">
        <source>Set %n workshop rating(s)</source>
        <translation>
            <numerusform>設定 %n 個研討會評分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveAssembly</name>
    <message numerus="yes">
        <source>n = %Ln respondent(s)</source>
        <translation>
            <numerusform>n = %Ln 位受訪者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent × vendor pair(s)</source>
        <translation>
            <numerusform>%Ln 個受訪者 × 供應商組合</numerusform>
        </translation>
    </message>
    <message>
        <source>, segment %1</source>
        <translation>，細分群體 %1</translation>
    </message>
</context>
<context>
    <name>WeakestLinkChart</name>
    <message>
        <source>Weakest link: 100 − 1 = 0</source>
        <translation>最薄弱環節：100 − 1 = 0</translation>
    </message>
    <message>
        <source>No subprocess ratings to find a weakest link in.</source>
        <translation>沒有子流程評分，無法找出最薄弱環節。</translation>
    </message>
    <message>
        <source>Grey: the average of the subprocess means; coloured: the weakest subprocess. Alert below a mean of %1.</source>
        <translation>灰色：各子流程平均值的平均；彩色：最薄弱的子流程。平均值低於 %1 時警示。</translation>
    </message>
    <message>
        <source>No vendor crosses it.</source>
        <translation>沒有供應商低於該值。</translation>
    </message>
    <message>
        <source>Alert: %1.</source>
        <translation>警示：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>100 − 1 = 0: the share of each vendor&apos;s customers who answered %1 or less (the bottom two boxes) at one subprocess or more.</source>
        <translation>100 − 1 = 0：每個供應商的顧客中，在至少一個子流程回答 %1 或以下（最低兩檔）的比例。</translation>
    </message>
    <message>
        <source> · %1 % dissatisfied with at least one</source>
        <translation> · %1 % 至少一項不滿意</translation>
    </message>
    <message>
        <source>weakest: %1, %2</source>
        <translation>最薄弱：%1，%2</translation>
    </message>
    <message>
        <source>average of the subprocess means %1</source>
        <translation>各子流程平均值的平均 %1</translation>
    </message>
    <message>
        <source>dissatisfied with at least one: %1</source>
        <translation>至少一項不滿意：%1</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>警示</translation>
    </message>
    <message numerus="yes">
        <source>Alert: %1 and %n more vendor(s).</source>
        <translation>
            <numerusform>警示：%1 等，另有 %n 家供應商。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinMatrixChart</name>
    <message>
        <source>Who wins each subprocess</source>
        <translation>各子流程的領先者</translation>
    </message>
    <message>
        <source>Wins need ratings of at least two vendors.</source>
        <translation>至少需要兩個供應商的評分才能比較領先。</translation>
    </message>
    <message>
        <source>Cells: mean rating, green above and red below the subprocess&apos;s mean over all vendors; outlined: the winner. Rows by overall satisfaction, best first.</source>
        <translation>儲存格：平均評分，高於該子流程所有供應商平均值為綠色，低於為紅色；加框者為領先者。各列依整體滿意度排列，最佳在上。</translation>
    </message>
    <message>
        <source>wins</source>
        <translation>領先</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>best at this subprocess</source>
        <translation>在此子流程中最好</translation>
    </message>
    <message>
        <source>Colour: a mean below (red) or above (green) the mean of all vendors at that subprocess.</source>
        <translation>顏色：均值低於（紅）或高於（綠）所有供應商在該子流程的均值。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 不是 Excel 活頁簿（.xlsx），或者已損毀。</translation>
    </message>
    <message>
        <source>%1 has no worksheet named “%2”.</source>
        <translation>%1 中沒有名為「%2」的工作表。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to %2 MB, more than a workbook part may (%3 MB); the file is damaged or not a survey export.</source>
        <translation>部件 %1 解壓後為 %2 MB，超過工作簿部件的上限（%3 MB）；檔案已損壞，或不是問卷匯出檔案。</translation>
    </message>
    <message>
        <source>The shared texts (xl/sharedStrings.xml) are damaged at line %1: %2.</source>
        <translation>共享文字（xl/sharedStrings.xml）在第 %1 行損壞：%2。</translation>
    </message>
    <message>
        <source>The worksheet “%1” cannot be read.</source>
        <translation>無法讀取工作表“%1”。</translation>
    </message>
    <message>
        <source>The worksheet is damaged.</source>
        <translation>工作表已損壞。</translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1 (line %2).</source>
        <translation>工作表已損壞：%1（第 %2 行）。</translation>
    </message>
    <message>
        <source>The sheet says it spans %1, beyond a worksheet&apos;s last column, XFD.</source>
        <translation>工作表宣告的範圍為 %1，超出了工作表的最後一列 XFD。</translation>
    </message>
    <message>
        <source>Row %1 is beyond a worksheet&apos;s last row, %2.</source>
        <translation>第 %1 行超出了工作表的最後一行 %2。</translation>
    </message>
    <message>
        <source>The cell %1 is beyond a worksheet&apos;s last column, XFD.</source>
        <translation>單元格 %1 超出了工作表的最後一列 XFD。</translation>
    </message>
    <message>
        <source>The cell %1 holds more than %2 characters, more than Excel allows in a cell.</source>
        <translation>單元格 %1 包含超過 %2 個字元，超出 Excel 單元格的上限。</translation>
    </message>
    <message>
        <source>Row %1 holds more than %2 characters; no survey answer row is that long.</source>
        <translation>第 %1 行包含超過 %2 個字元；問卷回答的一行不會這麼長。</translation>
    </message>
    <message>
        <source>The cell %1 refers to shared text %2, which the workbook does not have (it has %3).</source>
        <translation>單元格 %1 引用了共享文字 %2，但工作簿中沒有這一項（共有 %3 項）。</translation>
    </message>
</context>
</TS>
