<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>What to print, comma-separated: %1, or all (default).</source>
        <translation>要输出的部分，以逗号分隔：%1，或 all（默认）。</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Unknown --what “%1”: use %2 or all.</source>
        <translation>未知的 --what“%1”：请使用 %2 或 all。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>已将 %1 写入 %2</translation>
    </message>
    <message>
        <source>Analyse a project&apos;s survey wave and print the results as JSON (shape in README.md) or as CSV, one table per section.</source>
        <translation>分析项目的调查批次，并以 JSON（结构见 README.md）或 CSV（每个部分一个表格）输出结果。</translation>
    </message>
    <message>
        <source>JSON output (the default).</source>
        <translation>JSON 输出（默认）。</translation>
    </message>
    <message>
        <source>CSV output: one section on stdout, or with -o each section as SECTION.csv.</source>
        <translation>CSV 输出：一个部分输出到标准输出，或配合 -o 将每个部分写为 部分.csv。</translation>
    </message>
    <message>
        <source>With --csv: the folder for the CSV files.</source>
        <translation>配合 --csv：存放 CSV 文件的文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose --json or --csv.</source>
        <translation>请选择 --json 或 --csv。</translation>
    </message>
    <message>
        <source>--csv prints one section: name it with --what, or write them all with -o FOLDER.</source>
        <translation>--csv 只输出一个部分：请用 --what 指定，或用 -o 文件夹 写出全部。</translation>
    </message>
    <message>
        <source>The comparison needs two segments: --compare A B.</source>
        <translation>比较需要两个细分群体：--compare A B。</translation>
    </message>
</context>
<context>
    <name>CatalogueRepository</name>
    <message>
        <source>The scale must have a minimum below its maximum and the neutral point between them.</source>
        <translation>量表的最小值必须小于最大值，且中性点须介于两者之间。</translation>
    </message>
    <message>
        <source>A project holds at most %1 vendors.</source>
        <translation>一个项目最多包含 %1 个供应商。</translation>
    </message>
    <message>
        <source>A project holds at most %1 subprocesses.</source>
        <translation>一个项目最多包含 %1 个子流程。</translation>
    </message>
    <message>
        <source>A project holds at most %1 factors.</source>
        <translation>一个项目最多包含 %1 个体验因素。</translation>
    </message>
    <message>
        <source>A project holds at most %1 channels.</source>
        <translation>一个项目最多包含 %1 个渠道。</translation>
    </message>
    <message>
        <source>A project holds at most %1 touchpoints.</source>
        <translation>一个项目最多包含 %1 个接触点。</translation>
    </message>
</context>
<context>
    <name>CemFromSurvey</name>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
</context>
<context>
    <name>ChannelConsistencyChart</name>
    <message>
        <source>Channel consistency</source>
        <translation>渠道一致性</translation>
    </message>
    <message>
        <source>Consistency = 1 − mean |channel A − channel B| / (scale max − min); 1 is the same experience everywhere. Overall %1.</source>
        <translation>一致性 = 1 − 平均 |渠道 A − 渠道 B| / (量表最大值 − 最小值)；1 表示各渠道体验完全相同。总体 %1。</translation>
    </message>
    <message>
        <source>Needs a respondent attribute that says through which channel each customer came: one named “channel”, or one whose answers are the names of the project&apos;s channels (two or more), so that the same subprocess can be compared across channels.</source>
        <translation>需要一个说明每位顾客通过哪个渠道而来的受访者属性：名为“channel”的属性，或其回答为项目渠道名称（两个或以上）的属性，以便在不同渠道间比较同一子流程。</translation>
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
        <translation>没有评分</translation>
    </message>
    <message>
        <source>mean %1 · n = %2</source>
        <translation>平均值 %1 · n = %2</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2</source>
        <translation>95 % 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>没有回答</translation>
    </message>
    <message>
        <source>%1 % · n = %2</source>
        <translation>%1 % · n = %2</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2 %</source>
        <translation>95 % 置信区间 %1 至 %2 %</translation>
    </message>
    <message>
        <source>%1 (%2–%3 of %4)</source>
        <translation>%1（第 %2–%3 行，共 %4 行）</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, and only %3 fit in its space with their names readable.</source>
        <translation>“%1”有 %2 行，但在其空间内只能容纳 %3 行而使名称清晰可读。</translation>
    </message>
</context>
<context>
    <name>ChartBook</name>
    <message>
        <source>Emotion Curves</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Importance Along the Journey</source>
        <translation>旅程各阶段的重要性</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>领先次数</translation>
    </message>
    <message>
        <source>Journey Drivers</source>
        <translation>旅程驱动力</translation>
    </message>
    <message>
        <source>Factor Drivers</source>
        <translation>因素驱动力</translation>
    </message>
    <message>
        <source>Importance–Performance</source>
        <translation>重要性–表现</translation>
    </message>
    <message>
        <source>Memory Rules</source>
        <translation>记忆规则</translation>
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
        <translation>最薄弱环节</translation>
    </message>
    <message>
        <source>Channel Consistency</source>
        <translation>渠道一致性</translation>
    </message>
    <message>
        <source>Journey Map</source>
        <translation>旅程图</translation>
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
        <translation>体验因素</translation>
    </message>
    <message>
        <source>derived (%1, rescaled to the scale)</source>
        <translation>推导值（%1，换算到量表）</translation>
    </message>
    <message>
        <source>all vendors</source>
        <translation>所有供应商</translation>
    </message>
    <message>
        <source>Critical Incidents</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <source>Segment Comparison</source>
        <translation>细分群体比较</translation>
    </message>
    <message>
        <source>Factor IPA</source>
        <translation>因素 IPA</translation>
    </message>
    <message>
        <source>derived from the factor ratings, rescaled to the scale</source>
        <translation>由因素评分推导，并换算到量表</translation>
    </message>
    <message>
        <source>stated importance</source>
        <translation>陈述重要性</translation>
    </message>
    <message>
        <source>subprocesses as the customers of %1 rate them</source>
        <translation>%1 的顾客所评的子流程</translation>
    </message>
    <message>
        <source>Impact and Feasibility (CEM)</source>
        <translation>影响与可行性（CEM）</translation>
    </message>
    <message>
        <source>KPIs (CEM)</source>
        <translation>KPI（CEM）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>“%1” cannot be written: name it .png, .svg or .pdf.</source>
        <translation>无法写入“%1”：文件名须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the size must be positive.</source>
        <translation>无法写入“%1”：尺寸必须大于零。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Exported by Peakend on %1</source>
        <translation>由 Peakend 于 %1 导出</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 Export it as PNG or SVG, at a greater height.</source>
        <translation>未写入“%1”：%2请以更大的高度导出为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>“%1” was not written: %2 Make it at least %3 pixels high.</source>
        <translation>未写入“%1”：%2请将高度设为至少 %3 像素。</translation>
    </message>
    <message>
        <source>“%1” was not written: %2</source>
        <translation>未写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CliProject</name>
    <message>
        <source>Use a bundled demo project: meisu or b2b.</source>
        <translation>使用内置的演示项目：meisu 或 b2b。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unknown demo “%1”: use meisu or b2b.</source>
        <translation>未知的演示“%1”：请使用 meisu 或 b2b。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The survey wave to analyse, by name or id (default: the latest).</source>
        <translation>要分析的调查批次，按名称或编号（默认：最新一批）。</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Only respondents in this segment, e.g. &quot;tier = A | B; size = large&quot;.</source>
        <translation>只分析此细分群体的受访者，例如 &quot;tier = A | B; size = large&quot;。</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>The .peakend project (or --demo instead).</source>
        <translation>.peakend 项目文件（或改用 --demo）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use %2.</source>
        <translation>未知的语言“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Name one .peakend file, or --demo meisu|b2b.</source>
        <translation>请指定一个 .peakend 文件，或使用 --demo meisu|b2b。</translation>
    </message>
    <message>
        <source>The project has no survey wave “%1”.</source>
        <translation>项目中没有调查批次“%1”。</translation>
    </message>
    <message>
        <source>The language of messages, names and texts: en, zh_CN or zh_TW (default: the environment&apos;s locale).</source>
        <translation>消息、名称和文本的语言：en、zh_CN 或 zh_TW（默认：环境的区域设置）。</translation>
    </message>
    <message>
        <source>What derived importance explains: overall (the default), recommend, satisfied (overall in the top two boxes), promoter (recommend 9–10), a respondent attribute holding numbers, or any of them with &gt;=T for yes/no (a logistic model).</source>
        <translation>推导重要性所解释的结果：overall（默认，总体满意度）、recommend（推荐意愿）、satisfied（总体满意度在最高两档）、promoter（推荐意愿 9–10）、含数字的受访者属性，或在任一项后加 &gt;=T 表示是/否结果（用逻辑回归模型）。</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Compare two segments over the whole wave: --compare &quot;tier = A&quot; --compare &quot;tier = B&quot; (or --compare A B): every curve cell, overall satisfaction and NPS, A − B with 95 % intervals.</source>
        <translation>在整个调查波次中比较两个细分群体：--compare &quot;tier = A&quot; --compare &quot;tier = B&quot;（或 --compare A B）：曲线的每个点、总体满意度和 NPS，给出 A − B 及 95 % 区间。</translation>
    </message>
    <message>
        <source>--compare takes two segments, e.g. --compare &quot;size = small&quot; &quot;size = large&quot;.</source>
        <translation>--compare 需要两个细分群体，例如 --compare &quot;size = small&quot; &quot;size = large&quot;。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals of derived importance, 0 to 100,000 (default: 1,000; 0: point estimates only, the fastest).</source>
        <translation>推导重要性区间的 bootstrap 重抽样次数，0 至 100,000（默认：1,000；0：只算点估计，最快）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>--resamples takes a whole number from 0 to %1, not “%2”.</source>
        <translation>--resamples 需要 0 至 %1 的整数，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>There is no display to open a window on. Use a subcommand instead, e.g. peakend report --demo b2b -o report.pdf (see peakend --help).
</source>
        <translation>没有可以打开窗口的显示器。请改用子命令，例如 peakend report --demo b2b -o report.pdf（参见 peakend --help）。
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Create a new project file, empty or filled with a demo.</source>
        <translation>新建项目文件，可以为空，也可以填入演示数据。</translation>
    </message>
    <message>
        <source>The .peakend file to create.</source>
        <translation>要创建的 .peakend 文件。</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>Name one file to create.</source>
        <translation>请指定一个要创建的文件。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>The .peakend file.</source>
        <translation>.peakend 文件。</translation>
    </message>
    <message>
        <source>Name one file to check.</source>
        <translation>请指定一个要检查的文件。</translation>
    </message>
    <message>
        <source>%1: OK (file format %2)</source>
        <translation>%1：正常（文件格式 %2）</translation>
    </message>
    <message>
        <source>A .peakend project to open.</source>
        <translation>要打开的 .peakend 项目。</translation>
    </message>
    <message>
        <source>Name at most one file to open.</source>
        <translation>最多只能指定一个要打开的文件。</translation>
    </message>
    <message>
        <source>Open the import wizard on &lt;export&gt;, a survey export (CSV or XLSX), once the project is open.</source>
        <translation>项目打开后，对 &lt;export&gt;（CSV 或 XLSX 格式的问卷导出文件）打开导入向导。</translation>
    </message>
    <message>
        <source>Peakend: customer-experience analytics.

Subcommands (each has --help): new, import, analyze, export, report, check.</source>
        <translation>Peakend：客户体验分析。

子命令（均有 --help）：new、import、analyze、export、report、check。</translation>
    </message>
    <message>
        <source>Check that a project file is a healthy Peakend project (header, identity, schema, integrity, every rating readable) without changing it.</source>
        <translation>检查项目文件是否为完好的 Peakend 项目（文件头、标识、结构、完整性、每个评分均可读取），不作任何修改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The project&apos;s rating scale, e.g. 1-10 (the default), 1-5, 0-10 or 1-7:4 (neutral after the colon; default: the middle). Each imported wave may have its own.</source>
        <translation>项目的评分量表，例如 1-10（默认）、1-5、0-10 或 1-7:4（冒号后为中性点；默认取中间值）。每个导入的批次可以有自己的量表。</translation>
    </message>
    <message>
        <source>min-max[:neutral]</source>
        <translation>最小-最大[:中性点]</translation>
    </message>
    <message>
        <source>--scale takes the lowest and highest answer and optionally the neutral point, e.g. 1-5, 0-10 or 1-7:4; “%1” is not one.</source>
        <translation>--scale 需要最低和最高回答，可选中性点，例如 1-5、0-10 或 1-7:4；“%1”不是有效的量表。</translation>
    </message>
    <message>
        <source>A demo project has its own scale: --scale goes with an empty project.</source>
        <translation>演示项目有自己的量表：--scale 只用于空项目。</translation>
    </message>
    <message>
        <source>Peakend ran out of memory and stopped; nothing was changed. Close other programs, or split the input into smaller files.
</source>
        <translation>Peakend 内存不足，已停止；未作任何更改。请关闭其他程序，或将输入拆分为较小的文件。
</translation>
    </message>
    <message>
        <source>Replace the file if it exists (everything in it is lost).</source>
        <translation>如果文件已存在则替换它（其中的全部内容都会丢失）。</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be replaced.</source>
        <translation>“%1”不是可以替换的文件。</translation>
    </message>
    <message>
        <source>“%1” already exists. Nothing was changed; pass --force to replace it (everything in it is lost).</source>
        <translation>“%1”已存在。未作任何更改；如要替换它，请加上 --force（其中的全部内容都会丢失）。</translation>
    </message>
    <message>
        <source>First roll back a change that was interrupted (a crash or a full disk left its journal beside the file), as opening it for editing does; then check.</source>
        <translation>先回滚被中断的更改（崩溃或磁盘已满时会在文件旁留下日志），与以编辑方式打开时相同；然后检查。</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <source>“%1” was changed by another program and was not opened: %2</source>
        <translation>“%1”已被其他程序修改，未打开：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2</source>
        <translation>“%1”已损坏，未打开：%2</translation>
    </message>
    <message>
        <source>it has no project row.</source>
        <translation>文件中没有项目记录。</translation>
    </message>
    <message>
        <source>it has %1 vendors; a project holds at most %2.</source>
        <translation>文件有 %1 个供应商；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>it has %1 subprocesses; a project holds at most %2.</source>
        <translation>文件有 %1 个子流程；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>it has %1 factors; a project holds at most %2.</source>
        <translation>文件有 %1 个体验因素；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>it has %1 channels; a project holds at most %2.</source>
        <translation>文件有 %1 个渠道；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>it has %1 touchpoints; a project holds at most %2.</source>
        <translation>文件有 %1 个接触点；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>it has %1 respondent attributes; a project holds at most %2.</source>
        <translation>文件有 %1 个受访者属性；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>it has %1 waves; a project holds at most %2.</source>
        <translation>文件有 %1 个调查批次；一个项目最多包含 %2 个。</translation>
    </message>
    <message>
        <source>a name is %1 characters long; Peakend keeps names to %2.</source>
        <translation>有一个名称长 %1 个字符；Peakend 的名称最多 %2 个字符。</translation>
    </message>
    <message>
        <source>journeys hold ratings at a subprocess that is not in the project (%1 of them).</source>
        <translation>有旅程在项目中不存在的子流程上有评分（共 %1 个）。</translation>
    </message>
    <message>
        <source>%1 name(s) in “%2” hold invisible characters that change how text shows (bidirectional overrides, zero-width characters or controls).</source>
        <translation>“%2”中有 %1 个名称含有会改变文字显示方式的不可见字符（双向覆盖符、零宽字符或控制字符）。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The text encoding “%1” is not known.</source>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段没有结束引号。</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Meisu Electronics (seven-step workshop)</source>
        <translation>美苏电器（七步骤工作坊）</translation>
    </message>
    <message>
        <source>B2B IT purchasing (synthetic survey)</source>
        <translation>B2B IT 采购（合成调查数据）</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1</source>
        <translation>无法写入演示项目：%1</translation>
    </message>
    <message>
        <source>Recognise the need</source>
        <translation>认识到需求</translation>
    </message>
    <message>
        <source>Research options</source>
        <translation>研究选项</translation>
    </message>
    <message>
        <source>Identify vendors</source>
        <translation>确定供应商</translation>
    </message>
    <message>
        <source>Compare vendors</source>
        <translation>比较供应商</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <source>Needs discovery</source>
        <translation>需求挖掘</translation>
    </message>
    <message>
        <source>Solution design</source>
        <translation>方案设计</translation>
    </message>
    <message>
        <source>Demo / trial</source>
        <translation>演示 / 试用</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议书</translation>
    </message>
    <message>
        <source>Price quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>集成</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Go-live support</source>
        <translation>上线支持</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>开票</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>客户经理服务</translation>
    </message>
    <message>
        <source>Upgrade / renewal</source>
        <translation>升级 / 续约</translation>
    </message>
    <message>
        <source>After-sales follow-up</source>
        <translation>售后跟进</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>关系</translation>
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
        <translation>价格</translation>
    </message>
    <message>
        <source>B2B IT purchasing (synthetic)</source>
        <translation>B2B IT 采购（合成数据）</translation>
    </message>
    <message>
        <source>Synthetic data shaped like the 2007 X-VOC study of 757 B2B buyers of IT solutions rating 14 vendors along 25 purchase subprocesses. Vendor names are fictional; every number is generated.</source>
        <translation>仿照 2007 年 X-VOC 研究生成的合成数据：757 位 IT 解决方案的 B2B 买家沿 25 个购买子流程为 14 家供应商评分。供应商名称是虚构的，所有数字均为生成。</translation>
    </message>
    <message>
        <source>Help customers buy IT solutions with confidence.</source>
        <translation>帮助顾客放心地购买 IT 解决方案。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Vendor website</source>
        <translation>供应商网站</translation>
    </message>
    <message>
        <source>Trade shows and events</source>
        <translation>展会与活动</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Sales call centre</source>
        <translation>销售呼叫中心</translation>
    </message>
    <message>
        <source>Online configurator and quote</source>
        <translation>在线配置与报价</translation>
    </message>
    <message>
        <source>Account manager quote</source>
        <translation>客户经理报价</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>网上商店</translation>
    </message>
    <message>
        <source>Order desk</source>
        <translation>订单服务台</translation>
    </message>
    <message>
        <source>Installation engineers</source>
        <translation>安装工程师</translation>
    </message>
    <message>
        <source>Training portal</source>
        <translation>培训门户</translation>
    </message>
    <message>
        <source>Billing and collections</source>
        <translation>账单与收款</translation>
    </message>
    <message>
        <source>Support hotline</source>
        <translation>支持热线</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>支持门户</translation>
    </message>
    <message>
        <source>Product manuals</source>
        <translation>产品手册</translation>
    </message>
    <message>
        <source>B2B purchasing experience, Jul–Aug 2007 (synthetic)</source>
        <translation>B2B 采购体验，2007 年 7–8 月（合成数据）</translation>
    </message>
    <message>
        <source>Notice a need</source>
        <translation>发现需要</translation>
    </message>
    <message>
        <source>Look for a shop on the street</source>
        <translation>在街上找店</translation>
    </message>
    <message>
        <source>Walk in and browse</source>
        <translation>进店浏览</translation>
    </message>
    <message>
        <source>Compare models with staff</source>
        <translation>与店员比较型号</translation>
    </message>
    <message>
        <source>Check the marked price</source>
        <translation>查看标价</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Take the product home</source>
        <translation>把产品带回家</translation>
    </message>
    <message>
        <source>Set up and use</source>
        <translation>安装和使用</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Meisu Electronics (美蘇電器)</source>
        <translation>美苏电器</translation>
    </message>
    <message>
        <source>Clearly marked prices and a reliable brand image: why customers come to Meisu rather than the shop next door.</source>
        <translation>明码标价和可靠的品牌形象：顾客选择美苏而不是隔壁店铺的原因。</translation>
    </message>
    <message>
        <source>A Hong Kong chain selling cameras and audio-visual equipment on Sai Yeung Choi Street, Mong Kok. One CEM cycle from the seed case (Schmitt&apos;s seven steps), entered in a management workshop.</source>
        <translation>香港连锁店，在旺角西洋菜街销售相机和影音器材。取自原始案例的一个 CEM 周期（Schmitt 的七个步骤），在管理层研讨会中录入。</translation>
    </message>
    <message>
        <source>Meisu Electronics</source>
        <translation>美苏电器</translation>
    </message>
    <message>
        <source>Shop window and price tags</source>
        <translation>橱窗和价格标签</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>After-sales counter</source>
        <translation>售后柜台</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>Cycle 1: convenience</source>
        <translation>周期 1：便利</translation>
    </message>
    <message>
        <source>Open more branches on Sai Yeung Choi Street and close branches in districts where business is average; no online or telephone sales. Branches a few doors apart share stock: more convenient for customers and cheaper to run. People, process and technology are adjusted to match.</source>
        <translation>在西洋菜街开设更多分店，关闭生意一般地区的分店；不做网上或电话销售。相隔几个门面的分店共享库存：对顾客更便利，经营成本也更低。人员、流程和技术随之调整。</translation>
    </message>
    <message>
        <source>Open more stores on the same street</source>
        <translation>在同一条街上开更多分店</translation>
    </message>
    <message>
        <source>Customers find too few Meisu shops (convenience −2 against expectation). Open branches a few doors apart on Sai Yeung Choi Street, one at a time, and check sales after each.</source>
        <translation>顾客觉得美苏的店太少（便利比期望低 2 分）。在西洋菜街相隔几个门面逐家开设分店，每开一家都检查销售额。</translation>
    </message>
    <message>
        <source>Retail operations director</source>
        <translation>零售运营总监</translation>
    </message>
    <message>
        <source>Sales on Sai Yeung Choi Street</source>
        <translation>西洋菜街的销售额</translation>
    </message>
    <message>
        <source>× sales with one store</source>
        <translation>× 单店销售额</translation>
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
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Choose at least one driver.</source>
        <translation>请至少选择一个驱动因素。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n complete row(s) for %1 drivers: derived importance needs at least %2. Use fewer drivers or more responses.</source>
        <translation>
            <numerusform>%1 个驱动因素只有 %n 行完整数据：推导重要性至少需要 %2 行。请减少驱动因素或增加答卷。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has the same value in every complete row: there is nothing to explain.</source>
        <translation>%1 在每一行完整数据中的值都相同：没有可解释的变化。</translation>
    </message>
    <message>
        <source>%1 has the same value in every complete row, so it cannot explain anything. Leave it out.</source>
        <translation>%1 在每一行完整数据中的值都相同，因此无法解释任何变化。请将其移除。</translation>
    </message>
    <message>
        <source>%1 is a linear combination of %2 (perfectly collinear): leave one of them out.</source>
        <translation>%1 是 %2 的线性组合（完全共线）：请移除其中一个。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The drivers could not be fitted.</source>
        <translation>无法拟合这些驱动因素。</translation>
    </message>
    <message>
        <source>The logistic model of %1 cannot be fitted: the drivers separate yes from no perfectly, or one of them never varies. Use fewer drivers or more responses.</source>
        <translation>无法拟合 %1 的逻辑回归模型：驱动因素把“是”和“否”完全分开，或其中某项从不变化。请减少驱动因素或增加回答。</translation>
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
        <translation>Johnson 相对权重</translation>
    </message>
    <message>
        <source>standardised β</source>
        <translation>标准化 β</translation>
    </message>
    <message>
        <source>What drives %1: importance of the %2</source>
        <translation>什么驱动%1：%2的重要性</translation>
    </message>
    <message>
        <source>overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>No survey ratings to derive importance from: import a survey wave with overall satisfaction and ratings of the %1.</source>
        <translation>没有可用于推导重要性的调查评分：请导入包含总体满意度和%1评分的调查批次。</translation>
    </message>
    <message>
        <source>Method: %1. n = %2 respondent × vendor rows, R² = %3</source>
        <translation>方法：%1。n = %2 行受访者 × 供应商数据，R² = %3</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln rows with a missing answer left out)</source>
        <translation>
            <numerusform>（%Ln 行因缺少答案被排除）</numerusform>
        </translation>
    </message>
    <message>
        <source>Whiskers: bootstrap %1 % interval, %2 resamples of whole respondents.</source>
        <translation>误差线：bootstrap %1% 区间，按受访者整体重抽样 %2 次。</translation>
    </message>
    <message>
        <source>No intervals computed.</source>
        <translation>未计算区间。</translation>
    </message>
    <message>
        <source>Bars are shares of R² and sum to 100 %; red bars and “−”: the rating works against the outcome (negative β).</source>
        <translation>条形为占 R² 的份额，合计 100%；红色条形和“−”表示该评分与结果反向（β 为负）。</translation>
    </message>
    <message>
        <source>raises the outcome</source>
        <translation>提高结果</translation>
    </message>
    <message>
        <source>lowers the outcome</source>
        <translation>降低结果</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>% of R²</source>
        <translation>占 R² 的百分比</translation>
    </message>
    <message>
        <source>No whiskers: Shapley intervals are left out for this many drivers (the relative weights&apos; intervals are computed).</source>
        <translation>无误差线：驱动因素较多时不计算 Shapley 区间（已计算相对权重的区间）。</translation>
    </message>
    <message>
        <source>Yes/no outcome, logistic model. Method: %1. n = %2 respondent × vendor rows, R² of the outcome with the predicted probability = %3</source>
        <translation>是/否结果，逻辑回归模型。方法：%1。n = %2 行（受访者 × 供应商），结果与预测概率的 R² = %3</translation>
    </message>
    <message>
        <source>standardised logistic β</source>
        <translation>标准化逻辑回归 β</translation>
    </message>
    <message>
        <source>relative weights for logistic regression (Tonidandel &amp; LeBreton); no Shapley values for a yes/no outcome</source>
        <translation>逻辑回归的相对权重（Tonidandel 与 LeBreton）；是/否结果不计算 Shapley 值</translation>
    </message>
    <message>
        <source>standardised β %1</source>
        <translation>标准化 β %1</translation>
    </message>
    <message>
        <source>%1 % of R²</source>
        <translation>占 R² 的 %1%</translation>
    </message>
    <message>
        <source>%1 % interval %2 to %3</source>
        <translation>%1% 区间 %2 至 %3</translation>
    </message>
    <message>
        <source>works against the outcome (negative β)</source>
        <translation>对结果起反作用（β 为负）</translation>
    </message>
    <message>
        <source>n = %1 respondent × vendor rows</source>
        <translation>n = %1 行（受访者 × 供应商）</translation>
    </message>
    <message>
        <source>. </source>
        <comment>the full stop after the method sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>Each resample drew %1 of the %2 respondents (m-out-of-n, scaled by √(m/n)).</source>
        <translation>每次重抽样从 %2 名受访者中抽取 %1 人（m-out-of-n，按 √(m/n) 缩放）。</translation>
    </message>
    <message>
        <source>The bootstrap intervals are being computed: the whiskers follow.</source>
        <translation>正在计算 bootstrap 区间：误差线随后显示。</translation>
    </message>
</context>
<context>
    <name>EmotionCurveChart</name>
    <message>
        <source>Pleasure peak</source>
        <translation>愉悦峰值</translation>
    </message>
    <message>
        <source>Pain peak</source>
        <translation>痛点峰值</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Emotion curves against the benchmark</source>
        <translation>相对基准的情绪曲线</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>The project has no subprocesses yet: add the stages of the purchase journey to see emotion curves.</source>
        <translation>项目还没有子流程：添加购买旅程的各个阶段后即可查看情绪曲线。</translation>
    </message>
    <message>
        <source>No ratings to draw: import a survey wave or enter workshop ratings, or show at least one vendor.</source>
        <translation>没有可绘制的评分：请导入调查批次或录入工作坊评分，或至少显示一个供应商。</translation>
    </message>
    <message>
        <source>e = mean rating − mean of the other vendors at the same subprocess</source>
        <translation>e = 平均评分 − 同一子流程其他供应商的平均值</translation>
    </message>
    <message>
        <source>e = mean rating − neutral %1</source>
        <translation>e = 平均评分 − 中性点 %1</translation>
    </message>
    <message>
        <source>n = %1 per point</source>
        <translation>每点 n = %1</translation>
    </message>
    <message>
        <source>n = %1–%2 per point</source>
        <translation>每点 n = %1–%2</translation>
    </message>
    <message>
        <source>%1: peak-end %2, pleasure–pain–end %3, pleasure–pain spread %4.</source>
        <translation>%1：峰终值 %2，愉悦–痛点–结尾 %3，愉悦与痛点落差 %4。</translation>
    </message>
    <message>
        <source>e</source>
        <translation>e</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>benchmark (the other vendors)</source>
        <translation>基准（其他供应商）</translation>
    </message>
    <message>
        <source>neutral (%1)</source>
        <translation>中性点（%1）</translation>
    </message>
    <message>
        <source>Workshop ratings: drag a point up or down to change its score (Undo takes it back).</source>
        <translation>工作坊评分：上下拖动数据点即可修改其评分（可用“撤销”恢复）。</translation>
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
        <translation>95% 置信区间 %1 至 %2</translation>
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
        <translation>（偏离品牌）</translation>
    </message>
    <message numerus="yes">
        <source>%n other vendor(s)</source>
        <translation>
            <numerusform>其他 %n 家供应商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionCurves</name>
    <message>
        <source>%1 is best at %2 of %3 subprocesses (rank %4 by wins) yet ranks %5 of %6 by overall satisfaction. Customers remember the most intense moment and the end: its pain peak is “%7” (%8) and its journey ends at “%9” (%10).</source>
        <translation>%1 在 %3 个子流程中的 %2 个领先（按领先次数排名第 %4），总体满意度却在 %6 家中排名第 %5。客户记住的是最强烈的时刻和结尾：其痛点峰值是“%7”（%8），旅程结束于“%9”（%10）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Off brand: the pleasure peak of %1, “%2”, and its end, “%3”, are not where the brand value is delivered (%4).</source>
        <translation>偏离品牌：%1 的愉悦峰值“%2”和终点“%3”都不在传递品牌价值之处（%4）。</translation>
    </message>
    <message>
        <source>Off brand: the pleasure peak of %1, “%2”, is not where the brand value is delivered (%3).</source>
        <translation>偏离品牌：%1 的愉悦峰值“%2”不在传递品牌价值之处（%3）。</translation>
    </message>
    <message>
        <source>Off brand: the journey with %1 ends at “%2”, not where the brand value is delivered (%3).</source>
        <translation>偏离品牌：与 %1 的旅程终于“%2”，不在传递品牌价值之处（%3）。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one chart of a project as PNG, SVG or PDF (by the output&apos;s suffix).

Charts: %1.</source>
        <translation>将项目中的一张图表导出为 PNG、SVG 或 PDF（按输出文件的扩展名）。

图表：%1。</translation>
    </message>
    <message>
        <source>The chart to export.</source>
        <translation>要导出的图表。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>要写入的文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Width in pixels (PNG, SVG; default 1600).</source>
        <translation>宽度，单位像素（PNG、SVG；默认 1600）。</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Height in pixels (PNG, SVG; default 1000).</source>
        <translation>高度，单位像素（PNG、SVG；默认 1000）。</translation>
    </message>
    <message>
        <source>PNG pixels per pixel: 1, 2 (high-DPI screens) or 300dpi (print); default 1.</source>
        <translation>PNG 的像素倍数：1、2（高分辨率屏幕）或 300dpi（印刷）；默认 1。</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>PDF page size: A4, A3 or Letter (default A4).</source>
        <translation>PDF 纸张大小：A4、A3 或 Letter（默认 A4）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>PDF in portrait (default landscape).</source>
        <translation>PDF 纵向（默认横向）。</translation>
    </message>
    <message>
        <source>Highlight this vendor (by name).</source>
        <translation>突出显示此供应商（按名称）。</translation>
    </message>
    <message>
        <source>Name a chart with --chart: %1.</source>
        <translation>请用 --chart 指定图表：%1。</translation>
    </message>
    <message>
        <source>Name the output with -o FILE.png, FILE.svg or FILE.pdf.</source>
        <translation>请用 -o 文件.png、文件.svg 或 文件.pdf 指定输出。</translation>
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
        <translation>项目中没有供应商“%1”。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels: tall enough for every row)</source>
        <translation>已写入 %1（%2 × %3 像素：高度足以容纳每一行）</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Peakend project: it is not an SQLite database.</source>
        <translation>“%1”不是 Peakend 项目：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>“%1” is truncated: it is only %2 bytes long.</source>
        <translation>“%1”已被截断：只有 %2 字节。</translation>
    </message>
    <message>
        <source>“%1” is truncated: it should be %2 bytes long but is %3 bytes. Restore it from a backup.</source>
        <translation>“%1”已被截断：应为 %2 字节，实际只有 %3 字节。请从备份恢复。</translation>
    </message>
    <message>
        <source>“%1” is not a Peakend project: it is not a regular file (a folder, a pipe or a device).</source>
        <translation>“%1”不是 Peakend 项目：它不是普通文件（而是文件夹、管道或设备）。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program (application id 0x%2), not a Peakend project.</source>
        <translation>“%1”是其他程序的 SQLite 数据库（应用标识 0x%2），不是 Peakend 项目。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1 is best at %2 of %3 subprocesses, yet ranks %4 of %5 by overall satisfaction: customers remember its worst moment, “%6”, and how its journey ends, “%7”.</source>
        <translation>%1 在 %3 个子流程中的 %2 个表现最好，总体满意度却排第 %4 名（共 %5 家）：顾客记住的是它最糟的时刻“%6”和旅程的结尾“%7”。</translation>
    </message>
    <message>
        <source>%1 is the best liked of %2 vendors (overall %3) and %4 the least liked (%5); none of them wins most subprocesses yet is liked least.</source>
        <translation>在 %2 家供应商中，%1 最受喜爱（总体 %3），%4 最不受喜爱（%5）；没有哪家赢得多数子流程却最不受喜爱。</translation>
    </message>
    <message>
        <source>Customers of %1 feel best at “%2” and worst at “%3”; their journey ends at “%4” (%5 against the neutral point).</source>
        <translation>%1 的顾客在“%2”感受最好，在“%3”最差；旅程终于“%4”（相对中性点 %5）。</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>95 % CI %1 to %2 · n = %3</source>
        <translation>95% 置信区间 %1 至 %2 · n = %3</translation>
    </message>
    <message>
        <source>Best liked</source>
        <translation>最受喜爱</translation>
    </message>
    <message>
        <source>overall %1 · least liked: %2 (%3)</source>
        <translation>总体 %1 · 最不受喜爱：%2（%3）</translation>
    </message>
    <message>
        <source>Key experience · %1</source>
        <translation>关键体验 · %1</translation>
    </message>
    <message>
        <source>W = %1 · gap to the ideal %2</source>
        <translation>W = %1 · 与理想的差距 %2</translation>
    </message>
    <message>
        <source>What customers remember</source>
        <translation>顾客记住什么</translation>
    </message>
    <message>
        <source>fits overall satisfaction best: R² = %1 · n = %2</source>
        <translation>最能解释总体满意度：R² = %1 · n = %2</translation>
    </message>
    <message>
        <source>Weakest link · %1</source>
        <translation>最弱环节 · %1</translation>
    </message>
    <message>
        <source>mean %1 against an average of %2: below the alert threshold %3</source>
        <translation>均值 %1，平均为 %2：低于警戒阈值 %3</translation>
    </message>
    <message>
        <source>mean %1 against an average of %2; no alert (threshold %3)</source>
        <translation>均值 %1，平均为 %2；未触发警戒（阈值 %3）</translation>
    </message>
    <message>
        <source>In the cycle “%1”, the key experience is “%2”: it falls furthest short of what customers expect, weighted by its importance.</source>
        <translation>在周期“%1”中，关键体验是“%2”：按重要性加权，它离顾客的期望最远。</translation>
    </message>
    <message>
        <source>Step 1: state the brand value, why customers come to you.</source>
        <translation>第 1 步：写下品牌价值——顾客为什么来找你。</translation>
    </message>
    <message>
        <source>Step 2: rate each factor&apos;s experience, expectation and importance, from a survey wave or in a workshop.</source>
        <translation>第 2 步：根据调查波次或在研讨会中，为每个因素评定体验、期望和重要性。</translation>
    </message>
    <message>
        <source>No factor falls short of expectations: raise the ideal where you should exceed them (step 4).</source>
        <translation>没有因素低于期望：在应当超越期望之处提高理想值（第 4 步）。</translation>
    </message>
    <message>
        <source>Step 5: write the requirements that close the gap of “%1”.</source>
        <translation>第 5 步：写出弥补“%1”差距的需求。</translation>
    </message>
    <message numerus="yes">
        <source>Step 6: decide which of the %n requirement(s) to do, by strategic fit and readiness.</source>
        <translation>
            <numerusform>第 6 步：按战略契合度和准备程度，决定 %n 项需求中要做哪些。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 7: set a KPI for “%1” and measure it in the next survey wave.</source>
        <translation>第 7 步：为“%1”设定 KPI，并在下一调查波次中衡量。</translation>
    </message>
    <message>
        <source>Measure the KPIs in the next survey wave and start the next cycle from it.</source>
        <translation>在下一调查波次中衡量 KPI，并由此开始下一个周期。</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>2a Experience X</source>
        <translation>2a 体验 X</translation>
    </message>
    <message>
        <source>2b Expectation E</source>
        <translation>2b 期望 E</translation>
    </message>
    <message>
        <source>2c Satisfaction S = X − E</source>
        <translation>2c 满意度 S = X − E</translation>
    </message>
    <message>
        <source>2d Importance I</source>
        <translation>2d 重要性 I</translation>
    </message>
    <message>
        <source>3 Weighted W = I × S</source>
        <translation>3 加权满意度 W = I × S</translation>
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
        <translation>体验、期望与差距</translation>
    </message>
    <message>
        <source>Experience, expectation and gaps: %1</source>
        <translation>体验、期望与差距：%1</translation>
    </message>
    <message>
        <source>No CEM cycle with factor entries yet: run the seven steps (or fill step 2 from a survey) to see the gaps.</source>
        <translation>还没有含因素数据的 CEM 循环：完成七个步骤（或用调查数据填写第 2 步）后即可查看差距。</translation>
    </message>
    <message>
        <source>No key experience: no factor has a negative weighted satisfaction.</source>
        <translation>没有关键体验：没有任何因素的加权满意度为负。</translation>
    </message>
    <message>
        <source>Key experience: %1 (importance %2 × satisfaction %3 = %4), gap to ideal %5. Scale %6–%7.</source>
        <translation>关键体验：%1（重要性 %2 × 满意度 %3 = %4），与理想的差距 %5。量表 %6–%7。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
</context>
<context>
    <name>ImpactFeasibilityChart</name>
    <message>
        <source>Impact and feasibility of the requirements</source>
        <translation>需求的影响与可行性</translation>
    </message>
    <message>
        <source>No requirement with both a priority (its factors&apos; gaps and importance) and at least one alignment score yet.</source>
        <translation>还没有同时具备优先级（其因素的差距与重要性）和至少一项对齐评分的需求。</translation>
    </message>
    <message>
        <source>Impact: priority Σ |G| × I over the factors a requirement closes, split at the mean (%1). Feasibility: mean of strategic fit and the readiness of people, process and technology (1–5), split at %2. Colour: the decision.</source>
        <translation>影响：需求所弥合因素的优先级 Σ |G| × I，以平均值（%1）划分。可行性：战略契合度与人员、流程、技术准备度（1–5）的平均值，以 %2 划分。颜色：决定。</translation>
    </message>
    <message>
        <source>feasibility (1–5)</source>
        <translation>可行性（1–5）</translation>
    </message>
    <message>
        <source>impact (priority)</source>
        <translation>影响（优先级）</translation>
    </message>
    <message>
        <source>impact %1 · feasibility %2</source>
        <translation>影响 %1 · 可行性 %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>  … and %Ln more.</source>
        <translation>
            <numerusform>  … 另有 %Ln 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The .peakend project.</source>
        <translation>.peakend 项目。</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>要导入的导出文件。</translation>
    </message>
    <message>
        <source>Use the mapping saved in the project under this name (default: the one saved for files with the same columns, else one suggested from the headers).</source>
        <translation>使用项目中以此名称保存的映射（默认：为相同列的文件保存的映射，否则根据表头建议）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The layout of the export: %1 (default: detected).</source>
        <translation>导出文件的布局：%1（默认：自动检测）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>The wave&apos;s name (default: the file&apos;s name).</source>
        <translation>批次名称（默认：文件名）。</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file, e.g. UTF-8, GB18030, Big5, windows-1252 (default: detected).</source>
        <translation>CSV 文件的文本编码，如 UTF-8、GB18030、Big5、windows-1252（默认：自动检测）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The worksheet of a workbook (default: the first).</source>
        <translation>工作簿中的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>The vendor every answer rates, when no column says.</source>
        <translation>没有列指明时，所有回答所评价的供应商。</translation>
    </message>
    <message>
        <source>Add vendors, subprocesses and factors the project does not have yet.</source>
        <translation>添加项目中尚未有的供应商、子流程和因素。</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the rest.</source>
        <translation>排除有问题的行，导入其余行。</translation>
    </message>
    <message>
        <source>Import a file whose answers are already in the project.</source>
        <translation>导入其回答已在项目中的文件。</translation>
    </message>
    <message>
        <source>Save the mapping under this name for the next wave.</source>
        <translation>以此名称保存映射，供下一批次使用。</translation>
    </message>
    <message>
        <source>Usage: peakend import FILE.peakend SURVEY.(csv|xlsx)</source>
        <translation>用法：peakend import 文件.peakend 调查.(csv|xlsx)</translation>
    </message>
    <message>
        <source>Unknown --format “%1”: use %2.</source>
        <translation>未知的 --format“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>%1 does not look like “%2”: its header rows are those of “%3”.</source>
        <translation>%1 看起来不是“%2”：其表头行属于“%3”。</translation>
    </message>
    <message>
        <source>The project has no saved mapping “%1”; it has none.</source>
        <translation>项目中没有已保存的映射“%1”；项目中没有任何映射。</translation>
    </message>
    <message>
        <source>The project has no saved mapping “%1”; it has: %2.</source>
        <translation>项目中没有已保存的映射“%1”；现有：%2。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>These answers are already in the project as the wave “%1”; pass --again to import them twice.</source>
        <translation>这些回答已作为批次“%1”在项目中；如需再次导入请使用 --again。</translation>
    </message>
    <message>
        <source>The project lacks %1: pass --create-missing to add them.</source>
        <translation>项目中缺少 %1：使用 --create-missing 添加。</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the file or the mapping, or pass --skip-invalid to leave those rows out.</source>
        <translation>未导入任何内容。请更正文件或映射，或使用 --skip-invalid 排除这些行。</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>导入失败；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported the wave “%1”: %Ln respondent(s), </source>
        <translation>
            <numerusform>已导入批次“%1”：%Ln 位受访者，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln 条评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) with problems left out</source>
        <translation>
            <numerusform>；排除了 %Ln 行有问题的数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is open read-only (a newer file format, or a read-only file): nothing can be imported into it.</source>
        <translation>%1 以只读方式打开（文件格式较新，或文件只读）：无法向其中导入任何内容。</translation>
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
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, vendor “%1”</source>
        <translation>，供应商“%1”</translation>
    </message>
    <message>
        <source>, answers %1–%2 mapped onto %3–%4</source>
        <translation>，回答 %1–%2 按比例换算为 %3–%4</translation>
    </message>
    <message>
        <source>, reversed (the lowest answer is the best)</source>
        <translation>，反向（最低的回答最好）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>, labels %1</source>
        <translation>，标签 %1</translation>
    </message>
    <message>
        <source>, no answer: %1</source>
        <translation>，无回答：%1</translation>
    </message>
    <message>
        <source>Scale of the wave: %1.</source>
        <translation>批次的量表：%1。</translation>
    </message>
    <message>
        <source>Respondent id: the row&apos;s number (each row is one respondent).</source>
        <translation>受访者编号：行号（每行为一位受访者）。</translation>
    </message>
    <message>
        <source>Vendor of every answer: “%1”.</source>
        <translation>所有回答的供应商：“%1”。</translation>
    </message>
    <message>
        <source>Codes for no answer: %1.</source>
        <translation>表示无回答的代码：%1。</translation>
    </message>
    <message>
        <source>Columns imported:</source>
        <translation>导入的列：</translation>
    </message>
    <message>
        <source>  column %1 (“%2”): %3</source>
        <translation>  第 %1 列（“%2”）：%3</translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation>未导入的列：</translation>
    </message>
    <message>
        <source>Import a survey export (CSV or XLSX) into a project as a new wave. Every row is checked first; any problem is listed with its row and column and nothing is imported unless --skip-invalid leaves those rows out. The mapping (what each column holds) comes from --mapping-file, a mapping saved in the project, or is suggested from the headers and answers; --dry-run --write-mapping FILE writes it for editing.</source>
        <translation>将问卷导出文件（CSV 或 XLSX）作为新批次导入项目。先检查每一行；任何问题都会连同行号和列号列出，除非 --skip-invalid 排除这些行，否则不导入任何内容。映射（每一列的内容）来自 --mapping-file、项目中保存的映射，或根据表头和回答建议；--dry-run --write-mapping 文件 会把它写出以便编辑。</translation>
    </message>
    <message>
        <source>Read the mapping from this JSON file (the shape README.md shows).</source>
        <translation>从此 JSON 文件读取映射（格式见 README.md）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write the mapping used to this JSON file (with --dry-run: the suggested one).</source>
        <translation>把所用的映射写入此 JSON 文件（配合 --dry-run：写入建议的映射）。</translation>
    </message>
    <message>
        <source>Rows of headers above the answers, 1 to 10 (default: detected).</source>
        <translation>回答上方的表头行数，1 到 10（默认：自动检测）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The rating scale of the wave, e.g. 1-5, 0-10, 1-7:4 (neutral after the colon; default: from the answers, else the project&apos;s).</source>
        <translation>批次的评分量表，例如 1-5、0-10、1-7:4（冒号后为中性点；默认：根据回答判断，否则用项目的量表）。</translation>
    </message>
    <message>
        <source>min-max[:neutral]</source>
        <translation>最小-最大[:中性点]</translation>
    </message>
    <message>
        <source>Answers that mean no answer in every column, e.g. -99,99 (added to the mapping&apos;s).</source>
        <translation>在所有列中表示无回答的值，例如 -99,99（加到映射已有的代码中）。</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>“row”: the file has no respondent id column; each row is one respondent, named by its row number.</source>
        <translation>“row”：文件没有受访者编号列；每行为一位受访者，以行号命名。</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>Import even when answers would be missing from the wave: no rating read, a column with no answer, overall or recommend answers with no vendor.</source>
        <translation>即使批次会缺少回答也导入：未读到评分、某列没有回答、总体满意度或推荐意愿的回答没有供应商。</translation>
    </message>
    <message>
        <source>Only check the file and print the mapping and every column left out; write nothing to the project.</source>
        <translation>只检查文件，并列出映射和每个未导入的列；不向项目写入任何内容。</translation>
    </message>
    <message>
        <source>--header-rows takes a whole number from 1 to 10.</source>
        <translation>--header-rows 需要 1 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>--scale takes the lowest and highest answer and optionally the neutral point, e.g. 1-5, 0-10 or 1-7:4; “%1” is not one.</source>
        <translation>--scale 需要最低和最高回答，可选中性点，例如 1-5、0-10 或 1-7:4；“%1”不是有效的量表。</translation>
    </message>
    <message>
        <source>--missing takes numbers separated by commas, e.g. -99,99.</source>
        <translation>--missing 需要用逗号分隔的数字，例如 -99,99。</translation>
    </message>
    <message>
        <source>--id takes “row”: each row is one respondent.</source>
        <translation>--id 只接受“row”：每行为一位受访者。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
    <message>
        <source>Give the mapping either with --mapping-file or with --mapping.</source>
        <translation>请用 --mapping-file 或 --mapping 二者之一指定映射。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message numerus="yes">
        <source>suggested from the headers and %Ln answer row(s)</source>
        <translation>
            <numerusform>根据表头和 %Ln 行回答建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln header row(s), mapping %3.</source>
        <translation>
            <numerusform>%1：%2，%Ln 行表头，映射%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the mapping to %1: %2</source>
        <translation>无法把映射写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the mapping to %1.</source>
        <translation>已把映射写入 %1。</translation>
    </message>
    <message>
        <source>Write the mapping with --dry-run --write-mapping map.json, edit it, and pass it with --mapping-file map.json (or map the columns in the import wizard and save the mapping).</source>
        <translation>用 --dry-run --write-mapping map.json 写出映射，编辑后用 --mapping-file map.json 传入（或在导入向导中映射各列并保存映射）。</translation>
    </message>
    <message>
        <source>Every row has a problem: nothing was imported.</source>
        <translation>每一行都有问题：未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln data row(s): </source>
        <translation>
            <numerusform>已检查 %Ln 行数据：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s), </source>
        <translation>
            <numerusform>%Ln 位受访者，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); nothing written (--dry-run).</source>
        <translation>
            <numerusform>%Ln 条评分；未写入任何内容（--dry-run）。</numerusform>
        </translation>
    </message>
    <message>
        <source>An import would stop at the warnings; --allow-empty imports anyway.</source>
        <translation>实际导入会因这些警告而停止；--allow-empty 可照样导入。</translation>
    </message>
    <message>
        <source>Correct the mapping, or pass --allow-empty to import anyway.</source>
        <translation>请更正映射，或使用 --allow-empty 照样导入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %1 of %Ln data row(s).</source>
        <translation>
            <numerusform>，分布在 %Ln 行数据中的 %1 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the project: %Ln vendor(s), </source>
        <translation>
            <numerusform>已添加到项目：%Ln 个供应商，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subprocess(es), </source>
        <translation>
            <numerusform>%Ln 个子流程，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln factor(s), </source>
        <translation>
            <numerusform>%Ln 个体验因素，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent attribute(s).</source>
        <translation>
            <numerusform>%Ln 个受访者属性。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1 (“%2”) needs the subprocess, factor or attribute it is about.</source>
        <translation>第 %1 列（“%2”）需要指明它对应的子流程、因素或属性。</translation>
    </message>
    <message>
        <source>Column %1 needs the attribute&apos;s name.</source>
        <translation>第 %1 列需要属性名称。</translation>
    </message>
    <message>
        <source>No column holds answers to import.</source>
        <translation>没有可导入回答的列。</translation>
    </message>
    <message>
        <source>Say which vendor the answers rate: a column, the vendor of each rating column, or one vendor for the whole file.</source>
        <translation>请说明回答评价的是哪个供应商：用一列指明、为每个评分列指明，或为整个文件指定一个供应商。</translation>
    </message>
    <message>
        <source>A long layout needs both a subprocess column and a rating column.</source>
        <translation>长格式需要同时有子流程列和评分列。</translation>
    </message>
    <message>
        <source>Give the wave a name.</source>
        <translation>请为批次命名。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>受访者编号</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Subprocess (long layout)</source>
        <translation>子流程（长格式）</translation>
    </message>
    <message>
        <source>Rating (long layout)</source>
        <translation>评分（长格式）</translation>
    </message>
    <message>
        <source>Subprocess rating</source>
        <translation>子流程评分</translation>
    </message>
    <message>
        <source>Factor: experience</source>
        <translation>因素：体验</translation>
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
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Likelihood to recommend (0–10)</source>
        <translation>推荐意愿（0–10）</translation>
    </message>
    <message>
        <source>Reason liked (multi-select)</source>
        <translation>喜欢的原因（多选）</translation>
    </message>
    <message>
        <source>Reason disliked (multi-select)</source>
        <translation>不喜欢的原因（多选）</translation>
    </message>
    <message>
        <source>Segment attribute</source>
        <translation>细分属性</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message numerus="yes">
        <source>The mapping describes %n column(s), the file has %1.</source>
        <translation>
            <numerusform>映射描述了 %n 列，文件有 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 of the mapping was made for “%2”; the file has “%3” there.</source>
        <translation>映射的第 %1 列是为“%2”制作的；文件在该位置是“%3”。</translation>
    </message>
    <message>
        <source>Column %1 (“%2”): its scale needs a minimum below its maximum.</source>
        <translation>第 %1 列（“%2”）：其量表的最小值必须小于最大值。</translation>
    </message>
    <message>
        <source>Only one column can hold the respondent id.</source>
        <translation>只能有一列是受访者编号。</translation>
    </message>
    <message>
        <source>No column holds the respondent id: map one, or count each row as one respondent.</source>
        <translation>没有列是受访者编号：请映射一列，或把每行算作一位受访者。</translation>
    </message>
    <message>
        <source>The wave&apos;s scale needs a minimum below its maximum and the neutral point between them.</source>
        <translation>批次量表的最小值必须小于最大值，中性点须在两者之间。</translation>
    </message>
    <message>
        <source>A long layout needs a column with the respondent id: one respondent has several rows.</source>
        <translation>长格式需要受访者编号列：一位受访者有多行。</translation>
    </message>
    <message>
        <source>%1: unknown key “%2” (known: %3).</source>
        <translation>%1：未知的键“%2”（可用：%3）。</translation>
    </message>
    <message>
        <source>%1: “labels” must be an object of text → number or null.</source>
        <translation>%1：“labels”必须是“文本 → 数字或 null”的对象。</translation>
    </message>
    <message>
        <source>%1: the label “%2” must stand for a number or null (no answer).</source>
        <translation>%1：标签“%2”必须对应一个数字或 null（无回答）。</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list of numbers.</source>
        <translation>%1：“%2”必须是数字列表。</translation>
    </message>
    <message>
        <source>%1: “%2” must be text.</source>
        <translation>%1：“%2”必须是文本。</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false.</source>
        <translation>%1：“%2”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>不是 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>A mapping is a JSON object with “columns”.</source>
        <translation>映射是带有“columns”的 JSON 对象。</translation>
    </message>
    <message>
        <source>The mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>%1: “headerRows” must be a whole number from 1 to 10.</source>
        <translation>%1：“headerRows”必须是 1 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>%1: “respondentId” can only be “row” (each row one respondent).</source>
        <translation>%1：“respondentId”只能是“row”（每行一位受访者）。</translation>
    </message>
    <message>
        <source>The mapping&apos;s scale</source>
        <translation>映射的量表</translation>
    </message>
    <message>
        <source>%1 must be {&quot;min&quot;: …, &quot;max&quot;: …, &quot;neutral&quot;: …} with the minimum below the maximum and the neutral point between them.</source>
        <translation>%1 必须是 {&quot;min&quot;: …, &quot;max&quot;: …, &quot;neutral&quot;: …}，最小值小于最大值，中性点在两者之间。</translation>
    </message>
    <message>
        <source>%1 needs “columns”: a list with one entry per column of the file.</source>
        <translation>%1 需要“columns”：文件每一列对应一项的列表。</translation>
    </message>
    <message>
        <source>Column %1 of the mapping</source>
        <translation>映射的第 %1 列</translation>
    </message>
    <message>
        <source>%1 must be an object with a “role”.</source>
        <translation>%1 必须是带有“role”的对象。</translation>
    </message>
    <message>
        <source>%1: unknown role “%2” (known: %3).</source>
        <translation>%1：未知的角色“%2”（可用：%3）。</translation>
    </message>
    <message>
        <source>%1: “scale” must be [minimum, maximum] with the minimum below the maximum.</source>
        <translation>%1：“scale”必须是 [最小值, 最大值]，且最小值小于最大值。</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>the survey tool&apos;s own column</source>
        <translation>问卷工具自己的列</translation>
    </message>
    <message numerus="yes">
        <source>no answers in the first %Ln row(s)</source>
        <translation>
            <numerusform>前 %Ln 行中没有回答</numerusform>
        </translation>
    </message>
    <message>
        <source>numbers, but the header names no subprocess or factor of the project</source>
        <translation>是数字，但表头没有提到项目中的子流程或因素</translation>
    </message>
    <message>
        <source>text answers such as “%1”</source>
        <translation>文本回答，例如“%1”</translation>
    </message>
    <message>
        <source>”, “</source>
        <translation>”、“</translation>
    </message>
    <message>
        <source>column %1 (“%2”): %3</source>
        <translation>第 %1 列（“%2”）：%3</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>一张 PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>一张 JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>一张 GIF 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>一份 PDF 文档</translation>
    </message>
    <message>
        <source>a database (a Peakend project or another)</source>
        <translation>一个数据库（Peakend 项目或其他数据库）</translation>
    </message>
    <message>
        <source>a zip archive that is not an Excel workbook</source>
        <translation>一个不是 Excel 工作簿的 zip 压缩包</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls): save it as .xlsx or CSV first</source>
        <translation>一个旧版 Excel 工作簿（.xls）：请先另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>一个 gzip 压缩包</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>二进制数据，不是文本</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 是空文件：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 is %2, not a survey export. Peakend imports CSV or text files, Excel workbooks (.xlsx) and SPSS data files (.sav).</source>
        <translation>%1 是%2，不是问卷导出文件。Peakend 可导入 CSV 或文本文件、Excel 工作簿（.xlsx）和 SPSS 数据文件（.sav）。</translation>
    </message>
</context>
<context>
    <name>ImportancePerformance</name>
    <message>
        <source>Concentrate here</source>
        <translation>重点改进</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能过度投入</translation>
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
            <numerusform>%Ln 小时内回应的关键事件</numerusform>
        </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s) answered within the window, %2 of the complaints; median response of the answered ones %3 hours. Bars: the share answered in time at each touchpoint and channel; beside them how many and the median response.</source>
        <translation>
            <numerusform>%Ln 个事件中 %1 在时限内得到回应，投诉中为 %2；已回应事件的回应时间中位数为 %3 小时。条形：各接触点和渠道按时回应的比例；旁边为数量和回应时间中位数。</numerusform>
        </translation>
    </message>
    <message>
        <source>By touchpoint</source>
        <translation>按接触点</translation>
    </message>
    <message>
        <source>(no touchpoint)</source>
        <translation>（无接触点）</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message>
        <source>%1 of %2 in time · none answered</source>
        <translation>%2 件中 %1 件按时 · 均未回应</translation>
    </message>
    <message>
        <source>%1 of %2 in time · median %3 h</source>
        <translation>%2 件中 %1 件按时 · 中位数 %3 小时</translation>
    </message>
    <message>
        <source>No critical incidents recorded: add them in the Incidents table, with the hours each took to answer.</source>
        <translation>尚未记录关键事件：请在“事件”表中添加，并填写每件事回应所用的小时数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 % answered within %Ln hour(s)</source>
        <translation>
            <numerusform>%1 % 在 %Ln 小时内得到回应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpaChart</name>
    <message>
        <source>Importance and performance of the %1</source>
        <translation>%1的重要性与表现</translation>
    </message>
    <message>
        <source>No %1 with both a mean rating and an importance yet.</source>
        <translation>还没有同时具备平均评分和重要性的%1。</translation>
    </message>
    <message>
        <source>Performance: weighted mean rating. Importance: %1. Crosshairs at the %2.</source>
        <translation>表现：加权平均评分。重要性：%1。十字线位于%2。</translation>
    </message>
    <message>
        <source>means of the points</source>
        <translation>各点的平均值</translation>
    </message>
    <message>
        <source>middle of the scales</source>
        <translation>量表中点</translation>
    </message>
    <message>
        <source>Concentrate here: %1.</source>
        <translation>重点改进：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>performance (mean rating)</source>
        <translation>表现（平均评分）</translation>
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
        <translation>按%1，每一项都留在原象限。</translation>
    </message>
    <message>
        <source>By %1 these land elsewhere: %2.</source>
        <translation>按%1，这些项落在其他象限：%2。</translation>
    </message>
    <message>
        <source>performance %1 · importance %2</source>
        <translation>表现 %1 · 重要性 %2</translation>
    </message>
</context>
<context>
    <name>JourneyImportanceChart</name>
    <message>
        <source>Importance along the journey</source>
        <translation>旅程各阶段的重要性</translation>
    </message>
    <message>
        <source>No emotion curve to draw: import a survey wave or enter workshop ratings.</source>
        <translation>没有可绘制的情绪曲线：请导入调查批次或录入工作坊评分。</translation>
    </message>
    <message>
        <source>No derived importance: the survey needs overall satisfaction.</source>
        <translation>无法推导重要性：调查需要包含总体满意度。</translation>
    </message>
    <message>
        <source>Curve: %1. Bars: derived importance of each subprocess (%2, % of R²).</source>
        <translation>曲线：%1。条形：各子流程的推导重要性（%2，占 R² 的百分比）。</translation>
    </message>
    <message>
        <source>Shapley / LMG</source>
        <translation>Shapley / LMG</translation>
    </message>
    <message>
        <source>relative weights</source>
        <translation>相对权重</translation>
    </message>
    <message>
        <source>Fix first: “%1”, below the line where customers weigh it most.</source>
        <translation>优先改进：“%1”，客户最看重却低于基准线。</translation>
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
        <translation>重要性 占 R² 的 %1 %</translation>
    </message>
</context>
<context>
    <name>JourneyMapChart</name>
    <message>
        <source>Journey map</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <source>Add the subprocesses of the purchase journey to see the map.</source>
        <translation>添加购买旅程的子流程后即可查看旅程图。</translation>
    </message>
    <message>
        <source>Chips: touchpoints in their channel&apos;s colour. ▲ positive and ▼ negative critical incidents at the stage.</source>
        <translation>标签：接触点，颜色表示渠道。▲ 正面、▼ 负面关键事件（所在阶段）。</translation>
    </message>
    <message>
        <source>Emotion lane: %1 (e, the zero line dashed).</source>
        <translation>情绪带：%1（e，零线为虚线）。</translation>
    </message>
    <message>
        <source>Subprocess</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接触点</translation>
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
        <translation>接触点：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>critical incidents: %1 positive, %2 negative</source>
        <translation>关键事件：正面 %1 个，负面 %2 个</translation>
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
        <translation>添加一个 KPI 以查看其随时间的数值。</translation>
    </message>
    <message>
        <source>No values for this KPI yet: add a period.</source>
        <translation>此 KPI 还没有数值：请添加一个期间。</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s).</source>
        <translation>
            <numerusform>%n 个期间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracks “%1”. %2</source>
        <translation>跟踪“%1”。%2</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>自 %2 起变化 %1</translation>
    </message>
</context>
<context>
    <name>MemoryModel</name>
    <message>
        <source>Average of all moments</source>
        <translation>所有时刻的平均</translation>
    </message>
    <message>
        <source>Peak and end</source>
        <translation>峰值与结尾</translation>
    </message>
    <message>
        <source>Pleasure peak, pain peak and end</source>
        <translation>愉悦峰值、痛点峰值与结尾</translation>
    </message>
    <message>
        <source>End only</source>
        <translation>仅结尾</translation>
    </message>
    <message>
        <source>Weakest link</source>
        <translation>最薄弱环节</translation>
    </message>
</context>
<context>
    <name>MemoryModelChart</name>
    <message>
        <source>Which memory rule predicts the overall rating</source>
        <translation>哪条记忆规则最能预测总体评分</translation>
    </message>
    <message>
        <source>Needs overall ratings and subprocess ratings from the same respondents.</source>
        <translation>需要同一批受访者的总体评分和子流程评分。</translation>
    </message>
    <message>
        <source>Best: %1. Each rule sums up a respondent&apos;s own ratings of one vendor (as e) and is set against the overall rating they gave: R² of the straight-line fit, Spearman&apos;s ρ beside it; n = %2 respondent × vendor pairs.</source>
        <translation>最佳：%1。每条规则把受访者对一家供应商的各项评分（以 e 表示）归纳为一个值，再与其给出的总体评分对照：条形为直线拟合的 R²，旁边为 Spearman ρ；n = %2 个受访者 × 供应商组合。</translation>
    </message>
    <message>
        <source>R² with the overall rating</source>
        <translation>与总体评分的 R²</translation>
    </message>
    <message>
        <source>R² %1 · ρ %2</source>
        <translation>R² %1 · ρ %2</translation>
    </message>
    <message>
        <source>n = %1 respondent × vendor pairs</source>
        <translation>n = %1 个受访者 × 供应商组合</translation>
    </message>
    <message>
        <source>the best fit</source>
        <translation>拟合最好</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema scripts in “%1” are missing or not numbered 0001, 0002 … without gaps.</source>
        <translation>“%1”中的结构脚本缺失，或未按 0001、0002……连续编号。</translation>
    </message>
    <message>
        <source>Schema script %1 cannot be read: %2</source>
        <translation>无法读取结构脚本 %1：%2</translation>
    </message>
    <message>
        <source>The project could not be upgraded to version %1: %2</source>
        <translation>无法将项目升级到版本 %1：%2</translation>
    </message>
    <message>
        <source>Schema script %1 failed: %2. The file was left at version %3.</source>
        <translation>结构脚本 %1 执行失败：%2。文件保持在版本 %3。</translation>
    </message>
</context>
<context>
    <name>NetPromoterScore</name>
    <message>
        <source>NPS is defined on a 0–10 likelihood-to-recommend question; this one runs from %1 to %2, so no NPS is shown.</source>
        <translation>NPS 只适用于 0–10 分的推荐意愿问题；此问题的范围是 %1 到 %2，因此不显示 NPS。</translation>
    </message>
    <message>
        <source>Answer %1 (row %2) is not a whole number from 0 to 10.</source>
        <translation>答案 %1（第 %2 行）不是 0 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>Nobody answered the recommendation question.</source>
        <translation>没有人回答推荐意愿问题。</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Net Promoter Score: %1</source>
        <translation>净推荐值：%1</translation>
    </message>
    <message>
        <source>No likelihood-to-recommend answers (0–10) in this survey wave.</source>
        <translation>本调查批次没有推荐意愿（0–10）的回答。</translation>
    </message>
    <message>
        <source>NPS = %1 % promoters (9–10) − %2 % detractors (0–6); n = %3, %4 % interval %5 to %6.</source>
        <translation>NPS = %1% 推荐者（9–10）− %2% 贬损者（0–6）；n = %3，%4% 区间 %5 至 %6。</translation>
    </message>
    <message>
        <source>NPS
95 % CI %1 … %2</source>
        <translation>NPS
95% 置信区间 %1 … %2</translation>
    </message>
    <message>
        <source>detractors (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>passives (7–8)</source>
        <translation>被动者（7–8）</translation>
    </message>
    <message>
        <source>promoters (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>likelihood to recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>share of answers</source>
        <translation>回答占比</translation>
    </message>
    <message>
        <source>NPS %1 · n = %2
95 % CI %3 to %4
%5 % promoters, %6 % passives, %7 % detractors</source>
        <translation>NPS %1 · n = %2
95 % 置信区间 %3 至 %4
推荐者 %5 %，被动者 %6 %，贬损者 %7 %</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Answer %1 (%2)
%3 % of answers · %4 answers</source>
        <translation>回答 %1（%2）
占回答的 %3 % · %4 个回答</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>“%1”: after &gt;= comes a number, e.g. recommend&gt;=9.</source>
        <translation>“%1”：&gt;= 后面应是数字，例如 recommend&gt;=9。</translation>
    </message>
    <message>
        <source>Name an outcome: overall, recommend, satisfied, promoter or an attribute holding numbers.</source>
        <translation>请指定结果：overall、recommend、satisfied、promoter 或含数字的属性。</translation>
    </message>
    <message>
        <source>“%1” is already a yes/no outcome: leave out &gt;=.</source>
        <translation>“%1”已是是/否结果：请去掉 &gt;=。</translation>
    </message>
    <message>
        <source>The wave has no attribute “%1”; it has: %2.</source>
        <translation>该调查波次没有属性“%1”；已有的属性：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>The attribute “%1” holds no numbers: choose one that does (a spend, a rating, 0/1 for no/yes).</source>
        <translation>属性“%1”不含数字：请选择含数字的属性（消费额、评分、用 0/1 表示否/是）。</translation>
    </message>
    <message>
        <source>Satisfied (overall %1 or more)</source>
        <translation>满意（总体满意度 %1 或以上）</translation>
    </message>
    <message>
        <source>Promoter (recommend 9–10)</source>
        <translation>推荐者（推荐意愿 9–10）</translation>
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
        <translation>每项需求是否符合战略？人员、流程和技术是否已准备好？按 1（完全不）到 5（完全）评分，然后作出决定。</translation>
    </message>
    <message>
        <source>The strategy this cycle follows.</source>
        <translation>本周期遵循的战略。</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>战略：</translation>
    </message>
    <message>
        <source>Score strategic fit and the readiness of people, process and technology (1–5) for: %1.</source>
        <translation>请为以下需求评定战略契合度及人员、流程、技术准备度（1–5）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Decide (do, later or drop) for: %1.</source>
        <translation>请为以下需求作出决定（执行、稍后或放弃）：%1。</translation>
    </message>
</context>
<context>
    <name>Peakend::BootstrapStatus</name>
    <message>
        <source>Stopping: the estimates stay, without intervals…</source>
        <translation>正在停止：保留估计值，不计算区间…</translation>
    </message>
    <message>
        <source>Computing the drivers&apos; bootstrap intervals: %1 of %2 resamples. The estimates are shown; the whiskers follow.</source>
        <translation>正在计算驱动因素的 bootstrap 区间：已完成 %2 次重抽样中的 %1 次。估计值已显示，误差线随后显示。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Keep the estimates and leave the intervals out</source>
        <translation>保留估计值，不计算区间</translation>
    </message>
</context>
<context>
    <name>Peakend::BrandValuePage</name>
    <message>
        <source>Why do customers come to you rather than to others? Write it in their words, then tick what carries it: those factors and subprocesses are flagged in every later step.</source>
        <translation>顾客为什么选择你而不是别人？用他们的话写下来，然后勾选承载它的内容：这些因素和子流程会在之后的每一步中被标出。</translation>
    </message>
    <message>
        <source>e.g. “Stores on the busiest street: customers compare and buy in one walk.”</source>
        <translation>例如：“门店开在最繁华的街上：顾客走一趟就能比较和购买。”</translation>
    </message>
    <message>
        <source>Brand value — why customers come:</source>
        <translation>品牌价值——顾客为何而来：</translation>
    </message>
    <message>
        <source>Factors that carry it:</source>
        <translation>承载它的因素：</translation>
    </message>
    <message>
        <source>Subprocesses that carry it:</source>
        <translation>承载它的子流程：</translation>
    </message>
    <message>
        <source>This project has no factors yet: add them under View → Data Tables → Factors, then start a new cycle.</source>
        <translation>此项目还没有因素：请在“视图 → 数据表 → 因素”中添加，然后开始新周期。</translation>
    </message>
    <message>
        <source>Write why customers come to you (the brand value) before going on.</source>
        <translation>继续之前，请写下顾客为何选择你（品牌价值）。</translation>
    </message>
    <message>
        <source>Tick at least one factor that carries the brand value.</source>
        <translation>请至少勾选一个承载品牌价值的因素。</translation>
    </message>
</context>
<context>
    <name>Peakend::CatalogueEditor</name>
    <message>
        <source>Vendors</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>体验因素</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
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
        <translation>新供应商</translation>
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
        <translation>新接触点</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>KPIs belong to a CEM cycle: start one first.</source>
        <translation>KPI 属于某个 CEM 循环：请先开始一个循环。</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新细分群体</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Requirements belong to a CEM cycle: start one first.</source>
        <translation>需求属于一个 CEM 周期：请先开始一个周期。</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>新需求</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not removed: %Ln stored row(s) (survey answers, touchpoints, incidents, cycle entries or KPIs) refer to it. Remove those first, or rename it instead.</source>
        <translation>
            <numerusform>未删除“%1”：有 %Ln 行已存数据（调查答案、接触点、事件、周期条目或 KPI）引用它。请先删除这些数据，或改为重命名。</numerusform>
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
        <translation>负面</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Own company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Carries the brand</source>
        <translation>承载品牌</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
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
        <translation>接触点</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Answered after (hours)</source>
        <translation>响应时长（小时）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tracks requirement</source>
        <translation>跟踪的需求</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>Respondents (attribute = value | value; …)</source>
        <translation>受访者（属性 = 取值 | 取值；…）</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>成本估算</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>Peakend::CemWizard</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Step 1 of 7: Brand value</source>
        <translation>第 1 步（共 7 步）：品牌价值</translation>
    </message>
    <message>
        <source>Step 2 of 7: Experience and expectation</source>
        <translation>第 2 步（共 7 步）：体验与期望</translation>
    </message>
    <message>
        <source>Step 3 of 7: Key experience</source>
        <translation>第 3 步（共 7 步）：关键体验</translation>
    </message>
    <message>
        <source>Step 4 of 7: Gap to the ideal</source>
        <translation>第 4 步（共 7 步）：与理想的差距</translation>
    </message>
    <message>
        <source>Step 5 of 7: Requirements</source>
        <translation>第 5 步（共 7 步）：需求</translation>
    </message>
    <message>
        <source>Step 6 of 7: Alignment with strategy and capability</source>
        <translation>第 6 步（共 7 步）：与战略和能力对齐</translation>
    </message>
    <message>
        <source>Step 7 of 7: Feedback</source>
        <translation>第 7 步（共 7 步）：反馈</translation>
    </message>
    <message>
        <source>Customer Experience Management — %1</source>
        <translation>客户体验管理——%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>第 %1 周期</translation>
    </message>
    <message>
        <source>Customer Experience Management — %1 (read-only: nothing you type is saved)</source>
        <translation>客户体验管理——%1（只读：输入的内容不会保存）</translation>
    </message>
</context>
<context>
    <name>Peakend::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1×（屏幕）</translation>
    </message>
    <message>
        <source>2× (high-DPI screen, slides)</source>
        <translation>2×（高分辨率屏幕、幻灯片）</translation>
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
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>The file&apos;s suffix chooses the format: .png (image), .svg (vector, for editing) or .pdf (vector, one page).</source>
        <translation>文件扩展名决定格式：.png（图片）、.svg（矢量，可编辑）或 .pdf（矢量，一页）。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Peakend::ChartsPage</name>
    <message>
        <source>&amp;Wave:</source>
        <translation>调查批次(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>细分群体(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Highlight:</source>
        <translation>突出显示(&amp;H)：</translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation>重要性(&amp;M)：</translation>
    </message>
    <message>
        <source>Confidence &amp;band</source>
        <translation>置信带(&amp;B)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部受访者</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有供应商</translation>
    </message>
    <message>
        <source>%1 of %2 vendors</source>
        <translation>%2 个供应商中的 %1 个</translation>
    </message>
    <message>
        <source>Dri&amp;vers of:</source>
        <translation>驱动的结果(&amp;V)：</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>Satisfied (top two boxes, yes/no)</source>
        <translation>满意（最高两档，是/否）</translation>
    </message>
    <message>
        <source>Promoter (recommend 9–10, yes/no)</source>
        <translation>推荐者（推荐意愿 9–10，是/否）</translation>
    </message>
    <message>
        <source>Com&amp;pare with:</source>
        <translation>比较对象(&amp;P)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>The survey wave the charts are drawn from</source>
        <translation>图表所依据的调查波次</translation>
    </message>
    <message>
        <source>Only the respondents of this segment</source>
        <translation>仅此细分中的受访者</translation>
    </message>
    <message>
        <source>A second segment to set against the first, on the Segment Comparison chart</source>
        <translation>在“细分比较”图中与第一个细分对照的第二个细分</translation>
    </message>
    <message>
        <source>The vendor the charts are about: its curve, peaks and measures</source>
        <translation>图表所关注的供应商：其曲线、峰值和指标</translation>
    </message>
    <message>
        <source>What derived importance explains</source>
        <translation>推导重要性所解释的结果</translation>
    </message>
    <message>
        <source>How derived importance is measured</source>
        <translation>推导重要性的计算方法</translation>
    </message>
    <message>
        <source>Which vendors&apos; curves are drawn</source>
        <translation>绘制哪些供应商的曲线</translation>
    </message>
    <message>
        <source>The 95 % confidence band around the highlighted curve</source>
        <translation>突出显示曲线周围的 95% 置信带</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Not everything in this wave could be read:</source>
        <translation>此波次的数据未能全部读取：</translation>
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
        <translation>回答的编码方式</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无回答</translation>
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
        <translation>表示无回答的数字(&amp;A)：</translation>
    </message>
    <message>
        <source>Answers on a scale of their own are mapped in proportion onto the wave&apos;s scale (1–11 onto 0–10, 1–5 onto 1–10 …).</source>
        <translation>使用自己量表的回答按比例换算到批次的量表（1–11 换算为 0–10，1–5 换算为 1–10……）。</translation>
    </message>
    <message>
        <source>Text answers and the numbers they stand for:</source>
        <translation>文本回答及其对应的数字：</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftFactorsModel</name>
    <message>
        <source>%1: importance %2 × satisfaction %3 = %4</source>
        <translation>%1：重要性 %2 × 满意度 %3 = %4</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Experience X</source>
        <translation>体验 X</translation>
    </message>
    <message>
        <source>Expectation E</source>
        <translation>期望 E</translation>
    </message>
    <message>
        <source>Satisfaction S = X − E</source>
        <translation>满意度 S = X − E</translation>
    </message>
    <message>
        <source>Importance I</source>
        <translation>重要性 I</translation>
    </message>
    <message>
        <source>Weighted W = I × S</source>
        <translation>加权 W = I × S</translation>
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
        <translation>留空：理想即为体验 X。</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2, %3).</source>
        <translation>“%1”不是数字（%2，%3）。</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2 to %3 (%4, %5).</source>
        <translation>%1 超出量表 %2 至 %3 的范围（%4，%5）。</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftKpiValuesModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>“%1”不是数字（%2）。</translation>
    </message>
</context>
<context>
    <name>Peakend::DraftKpisModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
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
        <translation>弥合以下因素的差距</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>成本估算</translation>
    </message>
    <message>
        <source>Priority Σ |G| × I</source>
        <translation>优先级 Σ |G| × I</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>战略契合度</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>可行性</translation>
    </message>
    <message>
        <source>Impact × feasibility</source>
        <translation>影响 × 可行性</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>do</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>速赢</translation>
    </message>
    <message>
        <source>major project</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <source>fill-in</source>
        <translation>补充项</translation>
    </message>
    <message>
        <source>reconsider</source>
        <translation>重新考虑</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Scores go from 1 to 5 (%1, %2).</source>
        <translation>评分范围为 1 到 5（%1，%2）。</translation>
    </message>
    <message>
        <source>A requirement needs a title.</source>
        <translation>需求需要一个标题。</translation>
    </message>
    <message>
        <source>“%1” is not a cost (%2).</source>
        <translation>“%1”不是有效的成本（%2）。</translation>
    </message>
</context>
<context>
    <name>Peakend::ExperiencePage</name>
    <message>
        <source>Fill from a survey wave</source>
        <translation>从调查批次填入</translation>
    </message>
    <message>
        <source>For each factor: how customers experience you (X), what they expect (E) and how much it matters to them (I), on the project&apos;s scale. Type the workshop&apos;s numbers or fill them from a survey wave.</source>
        <translation>对每个因素：顾客对你的体验（X）、他们的期望（E）以及它对他们的重要程度（I），按项目量表填写。输入工作坊的数字，或从调查批次填入。</translation>
    </message>
    <message>
        <source>stated by the respondents</source>
        <translation>受访者陈述的</translation>
    </message>
    <message>
        <source>derived from the ratings (share of R², rescaled)</source>
        <translation>由评分推导（R² 份额，重新缩放）</translation>
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
        <translation>陈述的 I</translation>
    </message>
    <message>
        <source>I derived</source>
        <translation>推导的 I</translation>
    </message>
    <message>
        <source>&amp;Use These Values</source>
        <translation>使用这些数值(&amp;U)</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Importance:</source>
        <translation>重要性：</translation>
    </message>
    <message>
        <source>This wave has no factor ratings for %1: type the values instead.</source>
        <translation>此批次没有 %1 的因素评分：请改为手动输入数值。</translation>
    </message>
    <message>
        <source>Enter the experience X and the expectation E of: %1.</source>
        <translation>请输入以下因素的体验 X 和期望 E：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enter the importance I of the factors that fall short of expectations: %1.</source>
        <translation>请输入未达期望的因素的重要性 I：%1。</translation>
    </message>
</context>
<context>
    <name>Peakend::FeedbackPage</name>
    <message>
        <source>&amp;Start Next Cycle</source>
        <translation>开始下一周期(&amp;S)</translation>
    </message>
    <message>
        <source>Measure what the actions changed: KPIs per period, each linked to the requirement it tracks. When the results are in, start the next cycle: it copies the factors and compares itself with this one.</source>
        <translation>衡量行动带来的变化：按期间记录 KPI，每个 KPI 关联其跟踪的需求。结果出来后，开始下一周期：它会复制各因素，并与本周期比较。</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>添加 KPI(&amp;K)</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>删除 KPI</translation>
    </message>
    <message>
        <source>Add &amp;Period</source>
        <translation>添加期间(&amp;P)</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>删除期间</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>Start Next Cycle</source>
        <translation>开始下一周期</translation>
    </message>
    <message>
        <source>Start the next cycle? It copies the factors&apos; values as a starting point and compares itself with “%1”. This cycle stays as it is.</source>
        <translation>开始下一周期？它会复制各因素的数值作为起点，并与“%1”比较。本周期保持不变。</translation>
    </message>
    <message>
        <source>This is the first cycle: the next one will be compared with it.</source>
        <translation>这是第一个周期：下一周期将与它比较。</translation>
    </message>
    <message>
        <source>Compared with “%1” (before → now):</source>
        <translation>与“%1”比较（之前 → 现在）：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Add a KPI with at least one measured value, so that the cycle&apos;s results can be seen.</source>
        <translation>请添加至少有一个测量值的 KPI，以便看到本周期的结果。</translation>
    </message>
</context>
<context>
    <name>Peakend::FindingTileButton</name>
    <message>
        <source>Open the chart</source>
        <translation>打开图表</translation>
    </message>
</context>
<context>
    <name>Peakend::FindingsPage</name>
    <message>
        <source>Open the emotion curves</source>
        <translation>打开情绪曲线</translation>
    </message>
    <message>
        <source>No project is open. Create one with File → New, or look at a demo with Help → Open Demo.</source>
        <translation>没有打开的项目。用“文件 → 新建”创建一个，或用“帮助 → 打开示例”查看示例。</translation>
    </message>
    <message>
        <source>Four steps to the first emotion curves:</source>
        <translation>四步得到第一批情绪曲线：</translation>
    </message>
    <message>
        <source>Name the vendors you compare, your own company among them.</source>
        <translation>列出要比较的供应商，包括你自己的公司。</translation>
    </message>
    <message>
        <source>Lay out the purchase journey: its subprocesses in the order customers go through them.</source>
        <translation>排出购买旅程：按顾客经历的顺序列出子流程。</translation>
    </message>
    <message>
        <source>Import a survey export, or rate the journey with the room in a workshop.</source>
        <translation>导入调查导出文件，或在研讨会中与大家一起为旅程评分。</translation>
    </message>
    <message>
        <source>Walk through the seven steps of customer experience management.</source>
        <translation>走完客户体验管理的七个步骤。</translation>
    </message>
    <message>
        <source>Vendors…</source>
        <translation>供应商…</translation>
    </message>
    <message>
        <source>Journey…</source>
        <translation>旅程…</translation>
    </message>
    <message>
        <source>Import Survey…</source>
        <translation>导入调查…</translation>
    </message>
    <message>
        <source>Workshop Ratings…</source>
        <translation>研讨会评分…</translation>
    </message>
    <message>
        <source>Seven Steps Wizard…</source>
        <translation>七步向导…</translation>
    </message>
</context>
<context>
    <name>Peakend::IdealPage</name>
    <message>
        <source>Where should you be? Raise the ideal D above today&apos;s experience where you mean to exceed expectations; leave it empty where today is good enough. The gap G = X − D is what the requirements must close.</source>
        <translation>你应该达到什么水平？在打算超越期望的地方，把理想 D 提高到当前体验之上；当前已足够好的地方留空。差距 G = X − D 就是需求必须弥合的部分。</translation>
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
        <translation>提示：理想被提高的地方，顾客的重视程度低于其他因素（平均重要性 %2）：%1。在那里投入可能不被察觉；请先考虑关键体验。</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportFilePage</name>
    <message>
        <source>Choose the survey export</source>
        <translation>选择问卷导出文件</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file as Qualtrics, SurveyMonkey, LimeSurvey, Google Forms or any spreadsheet wrote it. Nothing is changed in the project until the last step.</source>
        <translation>Qualtrics、SurveyMonkey、LimeSurvey、Google 表单或任何电子表格导出的 CSV 或 Excel (.xlsx) 文件。在最后一步之前，项目不会有任何改动。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the Survey Export</source>
        <translation>选择问卷导出文件</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>问卷导出文件 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>“%1” does not exist or cannot be read.</source>
        <translation>“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <source>The same file was already imported as the wave “%1”. Import it again as another wave?</source>
        <translation>同一文件已作为批次“%1”导入过。要再作为另一个批次导入吗？</translation>
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
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>无回答：%1</translation>
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
        <translation>无回答</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First answers</source>
        <translation>最初的回答</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Subprocess, factor or attribute</source>
        <translation>子流程、因素或属性</translation>
    </message>
    <message>
        <source>Vendor rated</source>
        <translation>所评供应商</translation>
    </message>
    <message>
        <source>Answers coded</source>
        <translation>回答编码</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportMappingPage</name>
    <message>
        <source>Say what each column holds</source>
        <translation>说明每一列的内容</translation>
    </message>
    <message>
        <source>for example 0, -99, 99</source>
        <translation>例如 0, -99, 99</translation>
    </message>
    <message>
        <source>leave empty not to save it</source>
        <translation>留空则不保存</translation>
    </message>
    <message>
        <source>Wave &amp;name:</source>
        <translation>批次名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Answers meaning “not applicable”:</source>
        <translation>表示“不适用”的回答：</translation>
    </message>
    <message>
        <source>The mapping “%1”, saved on %2 for a file with the same columns, is filled in.</source>
        <translation>已填入 %2 为相同列的文件保存的映射“%1”。</translation>
    </message>
    <message>
        <source>&amp;Apply to Selected</source>
        <translation>应用到所选(&amp;A)</translation>
    </message>
    <message>
        <source>Answers &amp;Coded…</source>
        <translation>回答编码(&amp;C)…</translation>
    </message>
    <message>
        <source>Each row is one &amp;respondent (the file has no id column)</source>
        <translation>每行为一位受访者（文件没有编号列）(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd vendors, subprocesses and factors the project does not have yet</source>
        <translation>添加项目中尚未有的供应商、子流程和因素(&amp;D)</translation>
    </message>
    <message>
        <source>Select a grid&apos;s columns (Shift or Ctrl and click, or Shift and the arrow keys), then say above what they hold. F2 edits a cell.</source>
        <translation>选择一个矩阵题的各列（按住 Shift 或 Ctrl 单击，或按住 Shift 用方向键），然后在上方说明它们的内容。F2 编辑单元格。</translation>
    </message>
    <message>
        <source>The vendor the selected columns rate; empty: the vendor column of each row, or the file&apos;s vendor.</source>
        <translation>所选各列评价的供应商；留空：使用每行的供应商列，或整个文件的供应商。</translation>
    </message>
    <message>
        <source>Each selected column takes the subprocess or factor its header names, else the header&apos;s option (“… – Quote” → Quote).</source>
        <translation>每个所选列取其表头提到的子流程或因素，否则取表头中的选项（“… – 报价”→ 报价）。</translation>
    </message>
    <message>
        <source>Selected columns &amp;hold:</source>
        <translation>所选列的内容(&amp;H)：</translation>
    </message>
    <message>
        <source>for &amp;vendor:</source>
        <translation>供应商(&amp;V)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性点</translation>
    </message>
    <message>
        <source>Rating &amp;scale of the wave:</source>
        <translation>批次的评分量表(&amp;S)：</translation>
    </message>
    <message>
        <source>Vendor rated, when no column &amp;names it:</source>
        <translation>没有列指明时所评的供应商(&amp;N)：</translation>
    </message>
    <message>
        <source>Save this mapping for the next wave as:</source>
        <translation>将此映射保存供下一批次使用，名称：</translation>
    </message>
    <message numerus="yes">
        <source>Suggested from the column headers, the first %Ln answer row(s) and the project&apos;s names: check every row before going on.</source>
        <translation>
            <numerusform>根据列标题、前 %Ln 行回答和项目中的名称建议：继续之前请逐行检查。</numerusform>
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
        <translation>检查识别结果</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation>标题行数(&amp;H)：</translation>
    </message>
    <message>
        <source>%1: an Excel workbook, %2. Layout: %3.</source>
        <translation>%1：Excel 工作簿，%2。格式：%3。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>%1: a text file, %2, encoding %3, fields separated by %4. Layout: %5.</source>
        <translation>%1：文本文件，%2，编码 %3，字段以 %4 分隔。格式：%5。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>Peakend::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Writing the answers to the project. Cancel leaves the project as it was.</source>
        <translation>正在将回答写入项目。取消则项目保持原样。</translation>
    </message>
    <message>
        <source>Imported %1 respondents and %2 subprocess ratings as the wave “%3”.</source>
        <translation>已导入 %1 位受访者和 %2 条子流程评分，作为批次“%3”。</translation>
    </message>
    <message>
        <source>The mapping is saved as “%1”.</source>
        <translation>映射已保存为“%1”。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo removes the wave again.</source>
        <translation>“编辑 ▸ 撤销”可再次移除该批次。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the project is as it was.</source>
        <translation>已取消：未导入任何内容，项目保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported, the project is as it was: %1</source>
        <translation>未导入任何内容，项目保持原样：%1</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln row(s) with problems.</source>
        <translation>
            <numerusform>已略过 %Ln 行有问题的数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peakend::ImportValidationPage</name>
    <message>
        <source>Go &amp;back and change the mapping, or cancel and correct the file</source>
        <translation>返回修改映射，或取消并更正文件(&amp;B)</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>检查回答</translation>
    </message>
    <message>
        <source>The whole file is read and checked against the mapping; nothing is written yet.</source>
        <translation>按映射读取并检查整个文件；尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Problem, and the column&apos;s header</source>
        <translation>问题及列标题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <source>No problems in %Ln row(s): %1 respondents and %2 subprocess ratings are ready to import.</source>
        <translation>
            <numerusform>%Ln 行均无问题：%1 位受访者和 %2 条子流程评分可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in %1 of %2 rows.</source>
        <translation>
            <numerusform>%2 行中有 %1 行存在问题，共 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the project: %1. To add them, go back and tick “Add vendors, subprocesses and factors”.</source>
        <translation>项目中没有：%1。如需添加，请返回并勾选“添加……供应商、子流程和因素”。</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>……另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln row(s) with problems and import the other %1</source>
        <translation>
            <numerusform>略过 %Ln 行有问题的数据，导入其余 %1 行(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Import &amp;although answers are missing from the wave</source>
        <translation>即使批次缺少回答也导入(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Peakend::KeyExperiencePage</name>
    <message>
        <source>Weighted satisfaction W = importance × satisfaction. The most negative W is the key experience: what customers care about and you fall short on.</source>
        <translation>加权满意度 W = 重要性 × 满意度。W 最负的就是关键体验：顾客在意而你做得不够的地方。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>No factor falls short of expectations where it matters: there is no key experience to fix in this cycle.</source>
        <translation>没有重要因素低于期望：本周期没有需要改善的关键体验。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key experience — %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;关键体验——%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Also below: %1</source>
        <translation>同样低于期望：%1</translation>
    </message>
</context>
<context>
    <name>Peakend::KpiValuesEditor</name>
    <message>
        <source>Add &amp;Period</source>
        <translation>添加期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
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
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Peakend::MainWindow</name>
    <message>
        <source>About Peakend</source>
        <translation>关于 Peakend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Peakend %1&lt;/h3&gt;&lt;p&gt;Customer-experience analytics: emotion curves, derived importance and the seven steps of Customer Experience Management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Peakend %1&lt;/h3&gt;&lt;p&gt;客户体验分析：情感曲线、推导重要性与客户体验管理七步骤。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更新版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Peakend</source>
        <translation>关于 Peakend(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)%1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)%1</translation>
    </message>
    <message>
        <source>Edit failed</source>
        <translation>编辑失败</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln 位受访者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln 条评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Peakend projects (*.peakend)</source>
        <translation>Peakend 项目 (*.peakend)</translation>
    </message>
    <message>
        <source>Peakend projects (*.peakend);;All files (*)</source>
        <translation>Peakend 项目 (*.peakend);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>导入问卷(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Highlight &amp;Next Vendor</source>
        <translation>突出显示下一个供应商(&amp;N)</translation>
    </message>
    <message>
        <source>Highlight &amp;Previous Vendor</source>
        <translation>突出显示上一个供应商(&amp;P)</translation>
    </message>
    <message>
        <source>Data Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Workshop Ratings</source>
        <translation>工作坊评分</translation>
    </message>
    <message>
        <source>KPI Values</source>
        <translation>KPI 数值</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>周期(&amp;Y)</translation>
    </message>
    <message>
        <source>Seven &amp;Steps Wizard…</source>
        <translation>七步向导(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;New Cycle</source>
        <translation>开始新周期(&amp;N)</translation>
    </message>
    <message>
        <source>Start New Cycle</source>
        <translation>开始新周期</translation>
    </message>
    <message>
        <source>A cycle rates the project&apos;s factors (product, service, convenience …): add them under View → Data Tables → Factors first.</source>
        <translation>周期会评估项目的各个因素（产品、服务、便利……）：请先在“视图 → 数据表 → 因素”中添加。</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>第 %1 周期</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>将图表复制为图片(&amp;C)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Copied “%1” as an image</source>
        <translation>已将“%1”复制为图片</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>已将报告写入 %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>演示于(&amp;O)</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Next &amp;Page</source>
        <translation>下一页(&amp;P)</translation>
    </message>
    <message>
        <source>Previous P&amp;age</source>
        <translation>上一页(&amp;A)</translation>
    </message>
    <message>
        <source>In the project: %1</source>
        <translation>项目中：%1</translation>
    </message>
    <message>
        <source>Customer experience %1</source>
        <translation>客户体验 %1</translation>
    </message>
</context>
<context>
    <name>Peakend::PresentationWindow</name>
    <message>
        <source>Peakend — Presentation</source>
        <translation>Peakend — 演示</translation>
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
        <translation>Peakend — 演讲者视图</translation>
    </message>
    <message>
        <source>Notes for this chart</source>
        <translation>本图表的备注</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>正在展示</translation>
    </message>
    <message>
        <source>→ ← next and previous chart · ↓ ↑ highlight vendors one by one · 0 no highlight · Esc ends the presentation</source>
        <translation>→ ← 下一张和上一张图表 · ↓ ↑ 逐个突出显示供应商 · 0 取消突出显示 · Esc 结束演示</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一张：</translation>
    </message>
    <message>
        <source>Next: the end of the presentation</source>
        <translation>下一张：演示结束</translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectDocument</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
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
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectOverview</name>
    <message>
        <source>No project is open. Create one with File → New, or look at a demo with Help → Open Demo.</source>
        <translation>尚未打开项目。请通过“文件 → 新建项目”创建，或通过“帮助 → 打开演示”查看演示。</translation>
    </message>
</context>
<context>
    <name>Peakend::ProjectTreeModel</name>
    <message>
        <source>Vendors</source>
        <translation>供应商</translation>
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
        <translation>承载品牌</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>体验因素</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln 位受访者</numerusform>
        </translation>
    </message>
    <message>
        <source>CEM cycles</source>
        <translation>CEM 循环</translation>
    </message>
    <message>
        <source>step %1 of 7</source>
        <translation>第 %1 步（共 7 步）</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <source>positive, %1</source>
        <translation>正面，%1</translation>
    </message>
    <message>
        <source>negative, %1</source>
        <translation>负面，%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分群体</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s), scale %1</source>
        <translation>
            <numerusform>%Ln 位受访者，量表 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>workshop ratings, scale %1</source>
        <translation>研讨会评分，量表 %1</translation>
    </message>
</context>
<context>
    <name>Peakend::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1-report</source>
        <translation>%1-报告</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>所有循环</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>CEM &amp;cycles:</source>
        <translation>CEM 循环(&amp;C)：</translation>
    </message>
    <message>
        <source>The project has no survey wave: the report covers its CEM cycles.</source>
        <translation>项目没有调查批次：报告只涵盖其 CEM 循环。</translation>
    </message>
    <message>
        <source>Survey figures describe what the charts show now: %1.</source>
        <translation>调查数据与图表当前所示一致：%1。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Also write each table as CSV into “%1”</source>
        <translation>同时将每个表格以 CSV 写入“%1”</translation>
    </message>
    <message>
        <source>The report is a PDF: end the file name with .pdf.</source>
        <translation>报告为 PDF 文件：文件名请以 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>Peakend::RequirementsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>What will you do to close the gaps? Add each action, tick the factors whose gap it closes, name an owner and estimate the cost. Priority = Σ |gap| × importance over those factors; the list is sorted by it.</source>
        <translation>你将做什么来弥合差距？添加每项行动，勾选它所弥合差距的因素，指定负责人并估算成本。优先级 = 这些因素的 Σ |差距| × 重要性；列表按优先级排序。</translation>
    </message>
    <message>
        <source>&amp;Add Requirement</source>
        <translation>添加需求(&amp;A)</translation>
    </message>
    <message>
        <source>Closes the gap of:</source>
        <translation>弥合以下因素的差距：</translation>
    </message>
    <message>
        <source>%1 — gap %2, importance %3</source>
        <translation>%1——差距 %2，重要性 %3</translation>
    </message>
    <message>
        <source>%1 — no gap</source>
        <translation>%1——无差距</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>Add at least one requirement: an action that closes a gap.</source>
        <translation>请至少添加一项需求：一项弥合差距的行动。</translation>
    </message>
    <message>
        <source>Tick the factor(s) whose gap each requirement closes: %1.</source>
        <translation>请为每项需求勾选其所弥合差距的因素：%1。</translation>
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
        <translation>导入问卷</translation>
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
        <translation>中性点（%1）</translation>
    </message>
    <message>
        <source>Scores a workshop agrees on, without a survey: type one per vendor and subprocess (empty: not rated; Enter goes to the next row). They form the “Workshop ratings” wave; on its emotion curves the points can be dragged.</source>
        <translation>研讨会无需调查即可商定的分数：为每个供应商和子流程输入一个分数（留空：未评分；按 Enter 进入下一行）。这些分数构成“研讨会评分”波次；在其情绪曲线上可以拖动各点。</translation>
    </message>
    <message>
        <source>Start From</source>
        <translation>起始值</translation>
    </message>
    <message>
        <source>Fill the empty cells from a survey wave&apos;s means or with the neutral point, to adjust with the room</source>
        <translation>用某一调查波次的均值或中性点填充空单元格，再与大家一起调整</translation>
    </message>
</context>
<context>
    <name>Peakend::WorkshopRatingsModel</name>
    <message>
        <source>%1 at “%2”, scale %3–%4; empty: not rated</source>
        <translation>%1 在“%2”的评分，量表 %3–%4；留空表示未评分</translation>
    </message>
</context>
<context>
    <name>PhaseNames</name>
    <message>
        <source>Pre-purchase</source>
        <translation>购买前</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买中</translation>
    </message>
    <message>
        <source>Post-purchase</source>
        <translation>购买后</translation>
    </message>
</context>
<context>
    <name>ProjectReport</name>
    <message>
        <source>%1 — customer experience report</source>
        <translation>%1——客户体验报告</translation>
    </message>
    <message>
        <source>%1 · Peakend report</source>
        <translation>%1 · Peakend 报告</translation>
    </message>
    <message>
        <source>Synthetic demonstration data: names and numbers are generated, not measured.</source>
        <translation>合成演示数据：名称和数字均为生成，并非实测。</translation>
    </message>
    <message>
        <source>Brand value: %1</source>
        <translation>品牌价值：%1</translation>
    </message>
    <message>
        <source>No survey wave.</source>
        <translation>无调查批次。</translation>
    </message>
    <message>
        <source>CEM cycles: %1</source>
        <translation>CEM 循环：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Written by Peakend %1 on %2</source>
        <translation>由 Peakend %1 于 %2 生成</translation>
    </message>
    <message>
        <source>Customer experience report</source>
        <translation>客户体验报告</translation>
    </message>
    <message>
        <source>The project has neither a survey wave nor a CEM cycle yet: there is nothing to report.</source>
        <translation>项目尚无调查批次，也没有 CEM 循环：暂无可报告的内容。</translation>
    </message>
    <message>
        <source>%1: no factor falls short of expectations.</source>
        <translation>%1：没有因素低于期望。</translation>
    </message>
    <message>
        <source>%1: the key experience is %2; its gap to the ideal is %3.</source>
        <translation>%1：关键体验是 %2；与理想的差距为 %3。</translation>
    </message>
    <message>
        <source>%1 (W = %2)</source>
        <translation>%1（W = %2）</translation>
    </message>
    <message>
        <source>Also below expectations: %1.</source>
        <translation>同样低于期望：%1。</translation>
    </message>
    <message>
        <source>Decided to do: %1 (priority %2, %3).</source>
        <translation>决定执行：%1（优先级 %2，%3）。</translation>
    </message>
    <message>
        <source>No survey wave: the survey measures are left out of this report.</source>
        <translation>无调查批次：本报告不含调查指标。</translation>
    </message>
    <message>
        <source>Weakest link of %1 (100 − 1 = 0): “%2”, mean %3 against an average of %4 — below the alert threshold %5.</source>
        <translation>%1 的最薄弱环节（100 − 1 = 0）：“%2”，均值 %3，平均为 %4——低于警示阈值 %5。</translation>
    </message>
    <message>
        <source>Weakest link of %1 (100 − 1 = 0): “%2”, mean %3 against an average of %4; no alert (threshold %5).</source>
        <translation>%1 的最薄弱环节（100 − 1 = 0）：“%2”，均值 %3，平均为 %4；未触发警示（阈值 %5）。</translation>
    </message>
    <message>
        <source>%1 (%2 % of R²)</source>
        <translation>%1（占 R² 的 %2%）</translation>
    </message>
    <message>
        <source>Strongest drivers of %1 among the subprocesses: %2; R² = %3.</source>
        <translation>子流程中对%1影响最大的驱动因素：%2；R² = %3。</translation>
    </message>
    <message>
        <source>CEM cycle %1</source>
        <translation>CEM 循环 %1</translation>
    </message>
    <message>
        <source>Values entered in a workshop.</source>
        <translation>数值在工作坊中录入。</translation>
    </message>
    <message>
        <source>Values computed from the survey wave “%1”.</source>
        <translation>数值由调查批次“%1”计算得出。</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>开始于 %1。</translation>
    </message>
    <message>
        <source>Step 1 — Brand value</source>
        <translation>第 1 步——品牌价值</translation>
    </message>
    <message>
        <source>No brand value stated.</source>
        <translation>未说明品牌价值。</translation>
    </message>
    <message>
        <source>Why customers come to us: %1</source>
        <translation>顾客为何而来：%1</translation>
    </message>
    <message>
        <source>Factors that carry the brand value: %1.</source>
        <translation>承载品牌价值的因素：%1。</translation>
    </message>
    <message>
        <source>none marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Subprocesses that carry it: %1.</source>
        <translation>承载品牌价值的子流程：%1。</translation>
    </message>
    <message>
        <source>Step 2 — Experience and expectation</source>
        <translation>第 2 步——体验与期望</translation>
    </message>
    <message>
        <source>Satisfaction S = experience X − expectation E, on the project scale.</source>
        <translation>满意度 S = 体验 X − 期望 E，使用项目的评分量表。</translation>
    </message>
    <message>
        <source>Experience, expectation and importance</source>
        <translation>体验、期望与重要性</translation>
    </message>
    <message>
        <source>Step 3 — Key experience</source>
        <translation>第 3 步——关键体验</translation>
    </message>
    <message>
        <source>Weighted satisfaction W = importance I × satisfaction S; the key experiences are the most negative W.</source>
        <translation>加权满意度 W = 重要性 I × 满意度 S；W 最负的即为关键体验。</translation>
    </message>
    <message>
        <source>Weighted satisfaction</source>
        <translation>加权满意度</translation>
    </message>
    <message>
        <source>Step 4 — Gap to the ideal</source>
        <translation>第 4 步——与理想的差距</translation>
    </message>
    <message>
        <source>Experience gap G = experience X − ideal D; D stays at X unless the company should exceed expectations there.</source>
        <translation>体验差距 G = 体验 X − 理想 D；除非公司应在此超越期望，否则 D 等于 X。</translation>
    </message>
    <message>
        <source>Gap to the ideal</source>
        <translation>与理想的差距</translation>
    </message>
    <message>
        <source>Step 5 — Requirements</source>
        <translation>第 5 步——需求</translation>
    </message>
    <message>
        <source>No requirements yet.</source>
        <translation>尚无需求。</translation>
    </message>
    <message>
        <source>Priority = Σ over the requirement&apos;s factors of |G| × I.</source>
        <translation>优先级 = 对需求所涉因素求和 Σ |G| × I。</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Step 6 — Alignment with strategy and capability</source>
        <translation>第 6 步——与战略和能力对齐</translation>
    </message>
    <message>
        <source>No strategy stated.</source>
        <translation>未说明战略。</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>战略：%1</translation>
    </message>
    <message>
        <source>Alignment and decision</source>
        <translation>对齐与决策</translation>
    </message>
    <message>
        <source>Step 7 — Feedback</source>
        <translation>第 7 步——反馈</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>尚无 KPI。</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI “%1”</source>
        <translation>KPI“%1”</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Each point is a vendor&apos;s mean rating at one subprocess minus the mean of the other vendors there (benchmark curve): above zero the vendor does better than its competitors. The pleasure peak, the pain peak and the end are marked, because customers remember the most intense moment and the end.</source>
        <translation>每个点是某供应商在某子流程的平均评分减去其他供应商在该处的平均值（基准曲线）：高于零表示该供应商优于竞争对手。图中标出愉悦峰值、痛点峰值和终点，因为顾客记住的是最强烈的时刻和结尾。</translation>
    </message>
    <message>
        <source>Each point is a vendor&apos;s mean rating at one subprocess minus the neutral point %1 (absolute curve). The pleasure peak, the pain peak and the end are marked, because customers remember the most intense moment and the end.</source>
        <translation>每个点是某供应商在某子流程的平均评分减去中性点 %1（绝对曲线）。图中标出愉悦峰值、痛点峰值和终点，因为顾客记住的是最强烈的时刻和结尾。</translation>
    </message>
    <message>
        <source>Curve shape and overall satisfaction</source>
        <translation>曲线形态与总体满意度</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
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
        <translation>领先次数</translation>
    </message>
    <message>
        <source>Pleasure peak</source>
        <translation>愉悦峰值</translation>
    </message>
    <message>
        <source>Pain peak</source>
        <translation>痛点峰值</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Peak-end</source>
        <translation>峰终</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>峰谷差</translation>
    </message>
    <message>
        <source>Mean rating by subprocess and vendor</source>
        <translation>各子流程与供应商的平均评分</translation>
    </message>
    <message>
        <source>Subprocess</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Emotion curve of %1</source>
        <translation>%1 的情绪曲线</translation>
    </message>
    <message>
        <source>Driver importance</source>
        <translation>驱动因素重要性</translation>
    </message>
    <message>
        <source>How much each subprocess or factor drives overall satisfaction, derived from the ratings rather than asked: Pearson r, standardised regression coefficients β, Johnson&apos;s relative weights and exact Shapley values (LMG), as shares of R².</source>
        <translation>每个子流程或因素对总体满意度的驱动程度，由评分推导而非直接询问：Pearson r、标准化回归系数 β、Johnson 相对权重和精确 Shapley 值（LMG），以占 R² 的份额表示。</translation>
    </message>
    <message>
        <source>Subprocesses</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>体验因素</translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation>重要性与表现</translation>
    </message>
    <message>
        <source>Outcome: %1. n = %2 respondent × vendor rows (%3 left out for a missing value). R² = %4.</source>
        <translation>结果变量：%1。n = %2 行受访者 × 供应商（%3 行因缺失值被排除）。R² = %4。</translation>
    </message>
    <message>
        <source>Intervals: %1 % bootstrap percentile intervals from %2 resamples of whole respondents (seed %3).</source>
        <translation>区间：基于 %2 次整群受访者重抽样的 %1% bootstrap 百分位区间（种子 %3）。</translation>
    </message>
    <message>
        <source>Shapley values are left out above %1 drivers.</source>
        <translation>驱动因素超过 %1 个时不计算 Shapley 值。</translation>
    </message>
    <message>
        <source>Shapley intervals are left out for this many drivers; the relative weights&apos; intervals rank them alike.</source>
        <translation>驱动因素较多时不计算 Shapley 区间；相对权重的区间给出相同的排序。</translation>
    </message>
    <message>
        <source>Derived importance (shares in % of R²)</source>
        <translation>推导重要性（占 R² 的百分比）</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动因素</translation>
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
        <translation>相对权重 %</translation>
    </message>
    <message>
        <source>Shapley (LMG) %</source>
        <translation>Shapley (LMG) %</translation>
    </message>
    <message>
        <source>More measures</source>
        <translation>更多指标</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6) of likelihood to recommend, in points, with its 95 % confidence interval.</source>
        <translation>NPS = 推荐意愿中推荐者（9–10）所占百分比 − 贬损者（0–6）所占百分比，以分数表示，并附 95% 置信区间。</translation>
    </message>
    <message>
        <source>NPS by vendor</source>
        <translation>各供应商的 NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有供应商</translation>
    </message>
    <message>
        <source>Weakest subprocess by vendor</source>
        <translation>各供应商最薄弱的子流程</translation>
    </message>
    <message>
        <source>Weakest subprocess</source>
        <translation>最薄弱的子流程</translation>
    </message>
    <message>
        <source>Its mean</source>
        <translation>其均值</translation>
    </message>
    <message>
        <source>Average of the subprocess means</source>
        <translation>各子流程均值的平均</translation>
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
        <translation>最薄弱环节（100 − 1 = 0）</translation>
    </message>
    <message>
        <source>Reasons to like and dislike</source>
        <translation>喜欢与不喜欢的原因</translation>
    </message>
    <message>
        <source>Share of %1 evaluations naming each factor (several may be named, so shares can sum past 100 %), with 95 % Wilson intervals.</source>
        <translation>%1 条评价中提及各因素的占比（可多选，故总和可超过 100%），附 95% Wilson 区间。</translation>
    </message>
    <message>
        <source>Reasons, all vendors</source>
        <translation>原因（所有供应商）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Reason to like</source>
        <translation>喜欢的原因</translation>
    </message>
    <message>
        <source>Reason to dislike</source>
        <translation>不喜欢的原因</translation>
    </message>
    <message>
        <source>Memory rules</source>
        <translation>记忆规则</translation>
    </message>
    <message>
        <source>How well each summary of a customer&apos;s own ratings along the journey predicts the overall rating they gave (n = %1 respondent × vendor pairs).</source>
        <translation>顾客对旅程各环节评分的每种概括方式，对其总体评分的预测程度（n = %1 对受访者 × 供应商）。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
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
        <translation>渠道一致性</translation>
    </message>
    <message>
        <source>Consistency = 1 − mean |channel A − channel B| / (scale maximum − minimum) over the channels offering a touchpoint; overall %1.</source>
        <translation>一致性 = 1 − 提供该接触点的各渠道间 |渠道 A − 渠道 B| 的平均 / （量表最大值 − 最小值）；总体 %1。</translation>
    </message>
    <message>
        <source>Mean rating by channel</source>
        <translation>各渠道的平均评分</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Emotion curve: for each vendor and subprocess, e = weighted mean rating − the neutral point (absolute) or − the mean of the other vendors there (benchmark).</source>
        <translation>情绪曲线：对每个供应商和子流程，e = 加权平均评分 − 中性点（绝对）或 − 其他供应商在该处的平均值（基准）。</translation>
    </message>
    <message>
        <source>Pleasure peak: the highest e; pain peak: the lowest e; end: the last subprocess with data. Peak-end = (e of the most intense moment + e of the end) / 2; spread = pleasure − pain.</source>
        <translation>愉悦峰值：最高的 e；痛点峰值：最低的 e；终点：最后一个有数据的子流程。峰终 = （最强烈时刻的 e + 终点的 e）/ 2；峰谷差 = 愉悦 − 痛点。</translation>
    </message>
    <message>
        <source>Wins: subprocesses where a vendor has the highest mean (ties shared). Efficiency paradox: wins in the top third while overall satisfaction ranks in the bottom third.</source>
        <translation>领先次数：供应商平均值最高的子流程数（并列均分）。效率悖论：领先次数位居前三分之一，而总体满意度排在后三分之一。</translation>
    </message>
    <message>
        <source>Derived importance: drivers regressed on overall satisfaction over respondent × vendor rows (listwise deletion); Johnson&apos;s relative weights and Shapley values (LMG) split R² among the drivers; bootstrap percentile intervals resample whole respondents.</source>
        <translation>推导重要性：以受访者 × 供应商各行将驱动因素对总体满意度回归（成列删除）；Johnson 相对权重和 Shapley 值（LMG）把 R² 分配给各驱动因素；bootstrap 百分位区间按整个受访者重抽样。</translation>
    </message>
    <message>
        <source>CEM steps: S = X − E; W = I × S, the most negative W are the key experiences; G = X − D; priority = Σ |G| × I; feasibility = mean of strategic fit and the readiness of people, process and technology (1–5).</source>
        <translation>CEM 步骤：S = X − E；W = I × S，W 最负者为关键体验；G = X − D；优先级 = Σ |G| × I；可行性 = 战略契合度及人员、流程、技术就绪度（1–5）的平均。</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6); SE = 100 √((pP + pD − (pP − pD)²) / n).</source>
        <translation>NPS = 推荐者（9–10）% − 贬损者（0–6）%；SE = 100 √((pP + pD − (pP − pD)²) / n)。</translation>
    </message>
    <message>
        <source>Weakest link (100 − 1 = 0): the lowest subprocess mean beside the average of the means.</source>
        <translation>最薄弱环节（100 − 1 = 0）：最低的子流程均值，与各均值的平均并列。</translation>
    </message>
    <message>
        <source>Channel consistency = 1 − mean |channel A − channel B| / (max − min).</source>
        <translation>渠道一致性 = 1 − |渠道 A − 渠道 B| 的平均 / （最大值 − 最小值）。</translation>
    </message>
    <message>
        <source>Data and n</source>
        <translation>数据与样本量</translation>
    </message>
    <message>
        <source>%1 to %2, neutral %3</source>
        <translation>%1 至 %2，中性点 %3</translation>
    </message>
    <message>
        <source>What the figures are computed from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>Survey wave</source>
        <translation>调查批次</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Respondent × vendor evaluations</source>
        <translation>受访者 × 供应商评价</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>n by vendor</source>
        <translation>各供应商样本量</translation>
    </message>
    <message>
        <source>Overall ratings</source>
        <translation>总体评分数</translation>
    </message>
    <message>
        <source>Fewest ratings at a subprocess</source>
        <translation>单个子流程最少评分数</translation>
    </message>
    <message>
        <source>Most ratings at a subprocess</source>
        <translation>单个子流程最多评分数</translation>
    </message>
    <message>
        <source>A yes/no outcome: a logistic regression, with β its fully standardised coefficients and Tonidandel &amp; LeBreton&apos;s relative weights for logistic regression, as shares of R² = the squared correlation of the outcome with the predicted probability. Shapley values are not computed for a yes/no outcome.</source>
        <translation>是/否结果：采用逻辑回归，β 为其完全标准化系数，重要性为 Tonidandel 与 LeBreton 的逻辑回归相对权重，以占 R²（结果与预测概率相关系数的平方）的份额表示。是/否结果不计算 Shapley 值。</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>关键事件</translation>
    </message>
    <message numerus="yes">
        <source>Moments customers tell of unprompted, good or bad (seed 003); a complaint answered within %Ln hour(s) can still be turned round. Median response: of the incidents that were answered.</source>
        <translation>
            <numerusform>顾客主动讲述的好或坏的时刻（种子文档 003）；在 %Ln 小时内回应的投诉仍可挽回。回应时间中位数：只计已回应的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents and response by touchpoint and channel</source>
        <translation>按接触点和渠道的事件与回应</translation>
    </message>
    <message>
        <source>Touchpoint or channel</source>
        <translation>接触点或渠道</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>坏</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时回应</translation>
    </message>
    <message>
        <source>Median response (hours)</source>
        <translation>回应时间中位数（小时）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 件中 %1 件（%3）</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>均未回应</translation>
    </message>
    <message>
        <source>(no touchpoint)</source>
        <translation>（无接触点）</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(off brand)</source>
        <translation>（偏离品牌）</translation>
    </message>
    <message>
        <source>Off brand: a pleasure peak or an end that is not on a subprocess carrying the brand value (%1). Customers remember the peak and the end, so those moments should deliver the brand.</source>
        <translation>偏离品牌：愉悦峰值或终点不在承载品牌价值的子流程上（%1）。顾客记住的是峰值和终点，这些时刻应当传递品牌。</translation>
    </message>
    <message>
        <source>Most dissatisfied (bottom two boxes)</source>
        <translation>最不满意（最低两档）</translation>
    </message>
    <message>
        <source>Customers dissatisfied at least once</source>
        <translation>至少一次不满意的顾客</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>One failing subprocess spoils the whole experience: each vendor&apos;s lowest subprocess mean beside the average, with an alert below the threshold; the subprocess with the most answers in the bottom two boxes; and the share of the vendor&apos;s customers who gave at least one subprocess a bottom-two-box answer, with its 95 % Wilson interval.</source>
        <translation>一个失败的子流程就会毁掉整体体验：列出每个供应商最低的子流程均值及平均值，低于阈值时预警；最低两档回答最多的子流程；以及至少给一个子流程最低两档评分的顾客比例及其 95 % Wilson 区间。</translation>
    </message>
    <message>
        <source>Segment comparison</source>
        <translation>细分群体比较</translation>
    </message>
    <message>
        <source>“%1” (A, n = %2) against “%3” (B, n = %4): A − B with 95 % intervals (Welch for means, normal for NPS points).</source>
        <translation>“%1”（A，n = %2）对比“%3”（B，n = %4）：A − B 及 95 % 区间（均值用 Welch 区间，NPS 分数用正态区间）。</translation>
    </message>
    <message>
        <source>Overall satisfaction and NPS, A − B</source>
        <translation>总体满意度和 NPS，A − B</translation>
    </message>
    <message>
        <source>Overall satisfaction A − B</source>
        <translation>总体满意度 A − B</translation>
    </message>
    <message>
        <source>NPS A − B</source>
        <translation>NPS A − B</translation>
    </message>
    <message>
        <source>derived from the whole market, rescaled to the scale</source>
        <translation>由整个市场推导，并换算到量表</translation>
    </message>
    <message>
        <source>Factors: stated and derived importance</source>
        <translation>因素：陈述重要性与推导重要性</translation>
    </message>
    <message>
        <source>Factor quadrants by stated and by derived importance</source>
        <translation>按陈述重要性和推导重要性划分的因素象限</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Stated importance</source>
        <translation>陈述重要性</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Derived importance</source>
        <translation>推导重要性</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>一览</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
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
        <translation>更多发现</translation>
    </message>
    <message>
        <source>Emotion curve of %1: pleasure peak at “%2” (%3), pain peak at “%4” (%5), end at “%6” (%7); peak-end score %8.</source>
        <translation>%1 的情绪曲线：愉悦峰值在“%2”（%3），痛苦峰值在“%4”（%5），终点在“%6”（%7）；峰终得分 %8。</translation>
    </message>
    <message>
        <source>NPS by vendor: highest %1 (%2), lowest %3 (%4).</source>
        <translation>各供应商的 NPS：最高 %1（%2），最低 %3（%4）。</translation>
    </message>
    <message>
        <source>subprocesses as the customers of %1 rate them</source>
        <translation>%1 的顾客所评的子流程</translation>
    </message>
    <message>
        <source>With %1 respondents, each resample drew %2 of them (an m-out-of-n bootstrap, which keeps the time bounded); each resample&apos;s distance from the estimate was scaled by √(m/n) before the percentiles were taken.</source>
        <translation>受访者共 %1 人，每次重抽样抽取其中 %2 人（m-out-of-n bootstrap，使计算时间有上限）；取百分位数之前，每次重抽样与估计值的距离都乘以 √(m/n)。</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>要修改的项目已不存在。</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>“%1” is already open in %2 (process %3) on %4. Open it read-only, or close it there first.</source>
        <translation>“%1”已在 %4 上的 %2（进程 %3）中打开。请以只读方式打开，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for editing: the folder may be read-only.</source>
        <translation>无法锁定“%1”以进行编辑：所在文件夹可能是只读的。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not give access to its connection.</source>
        <translation>Qt SQLite 驱动未提供其连接的访问。</translation>
    </message>
    <message>
        <source>%1 failed in “%2”: %3</source>
        <translation>在“%2”中%1失败：%3</translation>
    </message>
    <message>
        <source>“%1” is not a Peakend project: it is not an SQLite database.</source>
        <translation>“%1”不是 Peakend 项目：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: %2</source>
        <translation>“%1”已损坏，未打开：%2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program (application id 0x%2), not a Peakend project.</source>
        <translation>“%1”是其他程序的 SQLite 数据库（应用标识 0x%2），不是 Peakend 项目。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Peakend (file format %2; this version reads up to %3). Open it read-only, or update Peakend to edit it.</source>
        <translation>“%1”由较新版本的 Peakend 保存（文件格式 %2；本版本最多读取 %3）。请以只读方式打开，或更新 Peakend 后再编辑。</translation>
    </message>
    <message>
        <source>“%1” uses an older file format (%2) that must be upgraded before it can be read. Open it for editing to upgrade it; a backup copy is kept.</source>
        <translation>“%1”使用较旧的文件格式（%2），读取前必须升级。请以编辑方式打开以升级；系统会保留一份备份。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened. SQLite&apos;s check reports: %2</source>
        <translation>“%1”已损坏，未打开。SQLite 检查报告：%2</translation>
    </message>
    <message>
        <source>Configuring the connection</source>
        <translation>配置连接</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be written: the file could not be replaced.</source>
        <translation>无法写入“%1”：无法替换该文件。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1”以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” has an impossible file format number (%2) and was not opened: another program changed it.</source>
        <translation>“%1”的文件格式编号不可能成立（%2），未打开：它被其他程序改动过。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: rows refer to entries that are not there (rows per table: %2).</source>
        <translation>“%1”被其他程序改动过，未打开：有些行引用了不存在的条目（各表行数：%2）。</translation>
    </message>
    <message>
        <source>“%1” is already open in Peakend under another name. Open it read-only, or close it there first.</source>
        <translation>“%1”已以另一个名称在 Peakend 中打开。请以只读方式打开，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>“%1” was not closed properly: a change to it was interrupted and must be rolled back before it can be read. Open it for editing once (peakend check --recover does only that); the change is undone and nothing else is touched.</source>
        <translation>“%1”未正常关闭：对它的一次更改被中断，必须先回滚才能读取。请以编辑方式打开一次（peakend check --recover 只做这件事）；该更改会被撤销，其他内容不受影响。</translation>
    </message>
    <message>
        <source>“%1” is damaged. SQLite&apos;s check reports: %2</source>
        <translation>“%1”已损坏。SQLite 的检查报告：%2</translation>
    </message>
</context>
<context>
    <name>ReasonsChart</name>
    <message>
        <source>Reasons to like and to dislike: %1</source>
        <translation>喜欢与不喜欢的原因：%1</translation>
    </message>
    <message>
        <source>No like or dislike reasons in this survey wave.</source>
        <translation>本调查批次没有喜欢或不喜欢的原因。</translation>
    </message>
    <message>
        <source>Share of %1 respondent × vendor evaluations naming each factor (several reasons allowed, so shares can add up past 100 %); whiskers: Wilson 95 % interval. Right of each row: the factor&apos;s derived importance, % of R².</source>
        <translation>在 %1 份受访者 × 供应商评价中提及各因素的比例（可多选，合计可超过 100%）；误差线：Wilson 95% 区间。每行右侧：该因素的推导重要性（占 R² 的百分比）。</translation>
    </message>
    <message>
        <source>reason to like</source>
        <translation>喜欢的原因</translation>
    </message>
    <message>
        <source>reason to dislike</source>
        <translation>不喜欢的原因</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>← dislike · share of evaluations · like →</source>
        <translation>← 不喜欢 · 评价占比 · 喜欢 →</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>reason to like: %1</source>
        <translation>喜欢的原因：%1</translation>
    </message>
    <message>
        <source>reason to dislike: %1</source>
        <translation>不喜欢的原因：%1</translation>
    </message>
    <message>
        <source>importance %1 % of R²</source>
        <translation>重要性 占 R² 的 %1 %</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <source>“%1” is not a file that can be replaced.</source>
        <translation>“%1”不是可以替换的文件。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it? Everything in it will be lost.</source>
        <translation>“%1”已存在。要替换它吗？其中的全部内容都会丢失。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write a project&apos;s report as PDF: findings, the seven CEM steps of every cycle (or one), emotion curves, driver importance, further measures and an appendix.</source>
        <translation>将项目报告写为 PDF：主要发现、每个（或一个）循环的七个 CEM 步骤、情绪曲线、驱动因素重要性、更多指标和附录。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Report only the CEM cycle with this number (default: all).</source>
        <translation>只报告此编号的 CEM 循环（默认：全部）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Also write each table of the report as a CSV file into this folder.</source>
        <translation>同时将报告中的每个表格以 CSV 文件写入此文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Name the output with -o FILE.pdf.</source>
        <translation>请用 -o 文件.pdf 指定输出。</translation>
    </message>
    <message>
        <source>--cycle takes a cycle number: 1, 2, …</source>
        <translation>--cycle 需要循环编号：1、2、…</translation>
    </message>
    <message>
        <source>The project has no CEM cycle yet.</source>
        <translation>项目尚无 CEM 循环。</translation>
    </message>
    <message>
        <source>The project has no cycle %1; it has: %2.</source>
        <translation>项目中没有循环 %1；现有：%2。</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>已将报告写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) as CSV to %1</source>
        <translation>
            <numerusform>已将 %n 个表格以 CSV 写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>The report was not written: a chart cannot be laid out. %1</source>
        <translation>报告未写入：有图表无法排版。%1</translation>
    </message>
</context>
<context>
    <name>RepositoryCore</name>
    <message>
        <source>Names are kept to %1 characters; this one has %2.</source>
        <translation>名称最多 %1 个字符；此名称有 %2 个。</translation>
    </message>
    <message>
        <source>The name holds an invisible character (U+%1, at position %2) that changes how text shows; remove it.</source>
        <translation>该名称含有会改变文字显示方式的不可见字符（U+%1，位于第 %2 个字符）；请删除它。</translation>
    </message>
</context>
<context>
    <name>SavReader</name>
    <message>
        <source>%1: not a readable SPSS data file (%2).</source>
        <translation>%1：不是可读取的 SPSS 数据文件（%2）。</translation>
    </message>
    <message>
        <source>%1: the SPSS data file has no variables.</source>
        <translation>%1：该 SPSS 数据文件没有变量。</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>%1–%2, neutral %3</source>
        <translation>%1–%2，中性点 %3</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>“%1” is damaged and was not opened: its list of tables does not read (%2).</source>
        <translation>“%1”已损坏，未打开：无法读取其表格列表（%2）。</translation>
    </message>
    <message>
        <source>“%1” contains a trigger “%2” that Peakend did not create. It was not opened, and the trigger did not run.</source>
        <translation>“%1”包含一个不是由 Peakend 创建的触发器“%2”。文件未被打开，该触发器也未运行。</translation>
    </message>
    <message>
        <source>“%1” contains a view “%2” that Peakend did not create. It was not opened, and the view did not run.</source>
        <translation>“%1”包含一个不是由 Peakend 创建的视图“%2”。文件未被打开，该视图也未运行。</translation>
    </message>
    <message>
        <source>“%1” contains an index “%2” that Peakend did not create. It was not opened.</source>
        <translation>“%1”包含一个不是由 Peakend 创建的索引“%2”。文件未被打开。</translation>
    </message>
    <message>
        <source>“%1” contains a table “%2” that Peakend did not create. It was not opened.</source>
        <translation>“%1”包含一个不是由 Peakend 创建的表格“%2”。文件未被打开。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: “%2” is missing.</source>
        <translation>“%1”已被其他程序修改，未打开：缺少“%2”。</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: the definition of “%2” is not the one Peakend wrote.</source>
        <translation>“%1”已被其他程序修改，未打开：“%2”的定义不是 Peakend 写入的定义。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened: the rows of “%2” do not read (%3).</source>
        <translation>“%1”已损坏，未打开：无法读取“%2”的记录（%3）。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was changed by another program and was not opened: rows hold values Peakend never writes (rows per table: %2).</source>
        <translation>“%1”已被其他程序修改，未打开：记录中有 Peakend 从不写入的值（各表记录数：%2）。</translation>
    </message>
</context>
<context>
    <name>SegmentComparisonChart</name>
    <message>
        <source>Segment comparison</source>
        <translation>细分群体比较</translation>
    </message>
    <message>
        <source>%1: “%2” against “%3”</source>
        <translation>%1：“%2”对比“%3”</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Choose a segment to compare with in “Compare with” above: the chart shows the segment chosen minus that one.</source>
        <translation>请在上方“比较对象”中选择一个细分群体：图表显示所选细分群体减去该群体的差值。</translation>
    </message>
    <message>
        <source>No vendor to compare.</source>
        <translation>没有可比较的供应商。</translation>
    </message>
    <message>
        <source>One of the two segments has no respondents in this wave.</source>
        <translation>两个细分群体之一在该调查波次中没有受访者。</translation>
    </message>
    <message>
        <source>A − B with 95 % Welch intervals; filled dots: the interval leaves out zero. n = %1 (A) and %2 (B) respondents.</source>
        <translation>A − B 及 95 % Welch 区间；实心点：区间不含零。受访者 n = %1（A）和 %2（B）。</translation>
    </message>
    <message>
        <source>NPS %1 (A) against %2 (B): %3 points [%4, %5].</source>
        <translation>NPS %1（A）对比 %2（B）：相差 %3 分 [%4, %5]。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) are in both segments: the intervals assume two independent groups.</source>
        <translation>
            <numerusform>%Ln 名受访者同时属于两个细分群体：区间假定两组相互独立。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>A %1 · B %2 · A − B %3</source>
        <translation>A %1 · B %2 · A − B %3</translation>
    </message>
    <message>
        <source>95 % Welch interval %1 to %2</source>
        <translation>95 % Welch 区间 %1 至 %2</translation>
    </message>
    <message>
        <source>the interval leaves out zero</source>
        <translation>区间不含零</translation>
    </message>
    <message>
        <source>the interval holds zero: no clear difference</source>
        <translation>区间含零：没有明确差异</translation>
    </message>
</context>
<context>
    <name>SegmentDefinition</name>
    <message>
        <source>Condition %1, “%2”, is not “attribute = value”: write it like “region = North | South”.</source>
        <translation>第 %1 个条件“%2”不是“属性 = 取值”的形式：请写成类似“地区 = 华南 | 华东”。</translation>
    </message>
    <message>
        <source>The wave records no respondent attribute “%1”; it has: %2.</source>
        <translation>该批次没有受访者属性“%1”；现有属性：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No respondent has %1 = “%2”; its values are: %3.</source>
        <translation>没有受访者的 %1 为“%2”；现有取值：%3。</translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <source>Synthetic demonstration data: names and numbers are generated, not measured.</source>
        <translation>合成演示数据：名称和数字均为生成，并非实测。</translation>
    </message>
    <message>
        <source>Brand value:</source>
        <translation>品牌价值：</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>%1 to %2, neutral %3</source>
        <translation>%1 至 %2，中性点 %3</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>供应商</translation>
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
        <translation>体验因素</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>调查批次</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Evaluations (respondent × vendor)</source>
        <translation>评价（受访者 × 供应商）</translation>
    </message>
    <message>
        <source>Subprocess ratings</source>
        <translation>子流程评分</translation>
    </message>
    <message>
        <source>CEM cycles</source>
        <translation>CEM 循环</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>关键事件</translation>
    </message>
    <message>
        <source>Purchase journey</source>
        <translation>购买旅程</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>调查：</translation>
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
        <translation>波次“%1”的子流程顺序无法读回：其子流程评分已被略去。</translation>
    </message>
    <message numerus="yes">
        <source>The ratings of %n respondent × vendor pair(s) of wave “%1” do not read back and were left out (the first: respondent %2, vendor %3).</source>
        <translation>
            <numerusform>波次“%1”中 %n 个受访者 × 供应商组合的评分无法读回，已被略去（第一个：受访者 %2，供应商 %3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) name a respondent who is not in wave “%1” and were left out.</source>
        <translation>
            <numerusform>%n 条回答指向不在波次“%1”中的受访者，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) name a vendor that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n 条回答指向项目中不存在的供应商，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) name a subprocess that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n 条评分指向项目中不存在的子流程，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor answer(s) name a factor or a kind that is not in the project and were left out.</source>
        <translation>
            <numerusform>%n 条因素回答指向项目中不存在的因素或类型，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) of wave “%1” have a weight outside 0.000001 to 1,000,000 and were left out.</source>
        <translation>
            <numerusform>批次“%1”中有 %n 名受访者的权重不在 0.000001 至 1,000,000 之间，已被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of wave “%1” hold a number no rating scale has (above a million, or infinite) and were left out.</source>
        <translation>
            <numerusform>批次“%1”中有 %n 条回答的数值超出任何评分量表（大于一百万或无穷大），已被略去。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImporter</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4)</source>
        <translation>%1，第 %2 行，第 %3 列（%4）</translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1：%2“%3”</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 columns, the mapping %3: choose the mapping again.</source>
        <translation>%1 有 %2 列，映射有 %3 列：请重新选择映射。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>列数不对</translation>
    </message>
    <message>
        <source>bytes that are not valid in the file&apos;s encoding</source>
        <translation>不符合文件编码的字节</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>outside the rating scale</source>
        <translation>超出评分量表</translation>
    </message>
    <message>
        <source>no respondent id</source>
        <translation>缺少受访者编号</translation>
    </message>
    <message>
        <source>no vendor</source>
        <translation>缺少供应商</translation>
    </message>
    <message>
        <source>a vendor the project does not have</source>
        <translation>项目中没有的供应商</translation>
    </message>
    <message>
        <source>a subprocess the project does not have</source>
        <translation>项目中没有的子流程</translation>
    </message>
    <message>
        <source>a factor the project does not have</source>
        <translation>项目中没有的因素</translation>
    </message>
    <message>
        <source>the same respondent and vendor twice</source>
        <translation>同一受访者和供应商出现两次</translation>
    </message>
    <message>
        <source>the same rating twice</source>
        <translation>同一评分出现两次</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>No subprocess rating was read: every rating cell is empty or a code for no answer.</source>
        <translation>未读到子流程评分：每个评分单元格都为空或是表示无回答的代码。</translation>
    </message>
    <message numerus="yes">
        <source>No answer in column(s) %1: every cell is empty or a code for no answer.</source>
        <translation>
            <numerusform>第 %1 列没有回答：每个单元格都为空或是表示无回答的代码。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overall or recommend answer(s) name no vendor and are left out: map a vendor column or give the vendor of the file.</source>
        <translation>
            <numerusform>%Ln 个总体满意度或推荐意愿的回答没有指明供应商，未导入：请映射供应商列或指定文件的供应商。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: column(s) %1.</source>
        <translation>
            <numerusform>未导入：第 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>No respondent to import: every row was left out.</source>
        <translation>没有可导入的受访者：每一行都被排除了。</translation>
    </message>
    <message>
        <source>Nothing was imported: answers would be missing from the wave (see the warnings).</source>
        <translation>未导入任何内容：批次会缺少回答（见警告）。</translation>
    </message>
    <message>
        <source>No column is mapped to a subprocess or factor rating: the wave would have no emotion curves and no drivers.</source>
        <translation>没有列映射到子流程或因素评分：批次将没有情绪曲线，也没有驱动力分析。</translation>
    </message>
    <message>
        <source>The project has %1 waves, as many as a project holds.</source>
        <translation>项目已有 %1 个调查批次，已达上限。</translation>
    </message>
    <message>
        <source>The wave&apos;s name is longer than %1 characters.</source>
        <translation>批次名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The attribute name of column %1 is longer than %2 characters.</source>
        <translation>第 %1 列的属性名称超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The mapping adds %1 respondent attributes to the %2 the project has; a project holds at most %3. Map fewer columns as attributes.</source>
        <translation>此映射要在项目已有的 %2 个受访者属性之外再添加 %1 个；一个项目最多包含 %3 个。请少映射一些属性列。</translation>
    </message>
    <message>
        <source>a weight outside %1 to %2</source>
        <translation>权重不在 %1 至 %2 之间</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>a name beyond what a project holds (%1 vendors, %2 subprocesses, %3 factors)</source>
        <translation>超出项目容量的名称（最多 %1 个供应商、%2 个子流程、%3 个体验因素）</translation>
    </message>
    <message>
        <source>The wave&apos;s name holds an invisible character that changes how text shows.</source>
        <translation>批次名称含有会改变文字显示方式的不可见字符。</translation>
    </message>
    <message>
        <source>The attribute name of column %1 holds an invisible character that changes how text shows.</source>
        <translation>第 %1 列的属性名称含有会改变文字显示方式的不可见字符。</translation>
    </message>
    <message>
        <source>an invisible character that changes how text shows (bidirectional or zero-width)</source>
        <translation>会改变文字显示方式的不可见字符（双向或零宽）</translation>
    </message>
</context>
<context>
    <name>SurveyLayout</name>
    <message>
        <source>One row per respondent</source>
        <translation>每位受访者一行</translation>
    </message>
    <message>
        <source>One row per rating (long)</source>
        <translation>每个评分一行（长格式）</translation>
    </message>
    <message>
        <source>Qualtrics</source>
        <translation>Qualtrics</translation>
    </message>
    <message>
        <source>Qualtrics (legacy export)</source>
        <translation>Qualtrics（旧版导出）</translation>
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
        <translation>Google 表单</translation>
    </message>
    <message>
        <source>SPSS data file</source>
        <translation>SPSS 数据文件</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <source>The workshop wave has no workshop respondent.</source>
        <translation>工作坊批次缺少工作坊受访者。</translation>
    </message>
    <message>
        <source>The subprocesses of wave %1 are not readable.</source>
        <translation>调查批次 %1 的子流程无法读取。</translation>
    </message>
    <message>
        <source>The ratings of respondent %1 for vendor %2 are not readable and were left out.</source>
        <translation>受访者 %1 对供应商 %2 的评分无法读取，已略去。</translation>
    </message>
    <message>
        <source>The ratings of respondent %1 for vendor %2 are not readable.</source>
        <translation>受访者 %1 对供应商 %2 的评分无法读取。</translation>
    </message>
    <message>
        <source>There is no respondent %1.</source>
        <translation>没有受访者 %1。</translation>
    </message>
    <message>
        <source>A project holds at most %1 waves.</source>
        <translation>一个项目最多包含 %1 个调查批次。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add vendor “%1”</source>
        <translation>添加供应商“%1”</translation>
    </message>
    <message>
        <source>Import survey “%1”</source>
        <translation>导入问卷“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n stored row(s) refer to it, so it was not removed.</source>
        <translation>
            <numerusform>有 %n 行已存数据引用了它，因此未删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove vendor “%1”</source>
        <translation>删除供应商“%1”</translation>
    </message>
    <message>
        <source>Add subprocess “%1”</source>
        <translation>添加子流程“%1”</translation>
    </message>
    <message>
        <source>Remove subprocess “%1”</source>
        <translation>删除子流程“%1”</translation>
    </message>
    <message>
        <source>Add factor “%1”</source>
        <translation>添加因素“%1”</translation>
    </message>
    <message>
        <source>Remove factor “%1”</source>
        <translation>删除因素“%1”</translation>
    </message>
    <message>
        <source>Add touchpoint “%1”</source>
        <translation>添加接触点“%1”</translation>
    </message>
    <message>
        <source>Remove touchpoint “%1”</source>
        <translation>删除接触点“%1”</translation>
    </message>
    <message>
        <source>Add critical incident</source>
        <translation>添加关键事件</translation>
    </message>
    <message>
        <source>Remove critical incident</source>
        <translation>删除关键事件</translation>
    </message>
    <message>
        <source>Set workshop rating</source>
        <translation>设置工作坊评分</translation>
    </message>
    <message>
        <source>Workshop ratings</source>
        <translation>工作坊评分</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>设置“%2”的%1</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Add channel “%1”</source>
        <translation>添加渠道“%1”</translation>
    </message>
    <message>
        <source>Remove channel “%1”</source>
        <translation>删除渠道“%1”</translation>
    </message>
    <message>
        <source>Add KPI “%1”</source>
        <translation>添加 KPI“%1”</translation>
    </message>
    <message>
        <source>Remove KPI “%1”</source>
        <translation>删除 KPI“%1”</translation>
    </message>
    <message>
        <source>Add KPI value</source>
        <translation>添加 KPI 数值</translation>
    </message>
    <message>
        <source>Remove KPI value</source>
        <translation>删除 KPI 数值</translation>
    </message>
    <message>
        <source>Change KPI value</source>
        <translation>修改 KPI 数值</translation>
    </message>
    <message>
        <source>Add segment “%1”</source>
        <translation>添加细分群体“%1”</translation>
    </message>
    <message>
        <source>Remove segment “%1”</source>
        <translation>删除细分群体“%1”</translation>
    </message>
    <message>
        <source>Add requirement “%1”</source>
        <translation>添加需求“%1”</translation>
    </message>
    <message>
        <source>Remove requirement “%1”</source>
        <translation>删除需求“%1”</translation>
    </message>
    <message>
        <source>Start cycle “%1”</source>
        <translation>开始周期“%1”</translation>
    </message>
    <message>
        <source>Link requirement to factors</source>
        <translation>将需求关联到因素</translation>
    </message>
    <message numerus="yes">
        <source>Set %n workshop rating(s)</source>
        <translation>
            <numerusform>设置 %n 个研讨会评分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveAssembly</name>
    <message numerus="yes">
        <source>n = %Ln respondent(s)</source>
        <translation>
            <numerusform>n = %Ln 位受访者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent × vendor pair(s)</source>
        <translation>
            <numerusform>%Ln 个受访者 × 供应商组合</numerusform>
        </translation>
    </message>
    <message>
        <source>, segment %1</source>
        <translation>，细分群体 %1</translation>
    </message>
</context>
<context>
    <name>WeakestLinkChart</name>
    <message>
        <source>Weakest link: 100 − 1 = 0</source>
        <translation>最薄弱环节：100 − 1 = 0</translation>
    </message>
    <message>
        <source>No subprocess ratings to find a weakest link in.</source>
        <translation>没有子流程评分，无法找出最薄弱环节。</translation>
    </message>
    <message>
        <source>Grey: the average of the subprocess means; coloured: the weakest subprocess. Alert below a mean of %1.</source>
        <translation>灰色：各子流程平均值的平均；彩色：最薄弱的子流程。平均值低于 %1 时警示。</translation>
    </message>
    <message>
        <source>No vendor crosses it.</source>
        <translation>没有供应商低于该值。</translation>
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
        <translation>100 − 1 = 0：每个供应商的顾客中，在至少一个子流程回答 %1 或以下（最低两档）的比例。</translation>
    </message>
    <message>
        <source> · %1 % dissatisfied with at least one</source>
        <translation> · %1 % 至少一项不满意</translation>
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
        <translation>至少一项不满意：%1</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>警示</translation>
    </message>
    <message numerus="yes">
        <source>Alert: %1 and %n more vendor(s).</source>
        <translation>
            <numerusform>警示：%1 等，另有 %n 家供应商。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinMatrixChart</name>
    <message>
        <source>Who wins each subprocess</source>
        <translation>各子流程的领先者</translation>
    </message>
    <message>
        <source>Wins need ratings of at least two vendors.</source>
        <translation>至少需要两个供应商的评分才能比较领先。</translation>
    </message>
    <message>
        <source>Cells: mean rating, green above and red below the subprocess&apos;s mean over all vendors; outlined: the winner. Rows by overall satisfaction, best first.</source>
        <translation>单元格：平均评分，高于该子流程所有供应商平均值为绿色，低于为红色；加框者为领先者。各行按总体满意度排列，最佳在上。</translation>
    </message>
    <message>
        <source>wins</source>
        <translation>领先</translation>
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
        <translation>颜色：均值低于（红）或高于（绿）所有供应商在该子流程的均值。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或者已损坏。</translation>
    </message>
    <message>
        <source>%1 has no worksheet named “%2”.</source>
        <translation>%1 中没有名为“%2”的工作表。</translation>
    </message>
    <message>
        <source>The part %1 unpacks to %2 MB, more than a workbook part may (%3 MB); the file is damaged or not a survey export.</source>
        <translation>部件 %1 解压后为 %2 MB，超过工作簿部件的上限（%3 MB）；文件已损坏，或不是问卷导出文件。</translation>
    </message>
    <message>
        <source>The shared texts (xl/sharedStrings.xml) are damaged at line %1: %2.</source>
        <translation>共享文本（xl/sharedStrings.xml）在第 %1 行损坏：%2。</translation>
    </message>
    <message>
        <source>The worksheet “%1” cannot be read.</source>
        <translation>无法读取工作表“%1”。</translation>
    </message>
    <message>
        <source>The worksheet is damaged.</source>
        <translation>工作表已损坏。</translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1 (line %2).</source>
        <translation>工作表已损坏：%1（第 %2 行）。</translation>
    </message>
    <message>
        <source>The sheet says it spans %1, beyond a worksheet&apos;s last column, XFD.</source>
        <translation>工作表声明的范围为 %1，超出了工作表的最后一列 XFD。</translation>
    </message>
    <message>
        <source>Row %1 is beyond a worksheet&apos;s last row, %2.</source>
        <translation>第 %1 行超出了工作表的最后一行 %2。</translation>
    </message>
    <message>
        <source>The cell %1 is beyond a worksheet&apos;s last column, XFD.</source>
        <translation>单元格 %1 超出了工作表的最后一列 XFD。</translation>
    </message>
    <message>
        <source>The cell %1 holds more than %2 characters, more than Excel allows in a cell.</source>
        <translation>单元格 %1 包含超过 %2 个字符，超出 Excel 单元格的上限。</translation>
    </message>
    <message>
        <source>Row %1 holds more than %2 characters; no survey answer row is that long.</source>
        <translation>第 %1 行包含超过 %2 个字符；问卷回答的一行不会这么长。</translation>
    </message>
    <message>
        <source>The cell %1 refers to shared text %2, which the workbook does not have (it has %3).</source>
        <translation>单元格 %1 引用了共享文本 %2，但工作簿中没有这一项（共有 %3 项）。</translation>
    </message>
</context>
</TS>
