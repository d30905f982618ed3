// Chart timings (issue 5: charts update "within one frame"): how long a filter change, a
// highlight, a workshop drag step and one render of every chart take on the demos, on this
// machine; with "report", how long the B2B demo's PDF report takes (issue 7: under 3 s).
// Prints one JSON line per measurement. Run by tests/bench/run charts|report.

#include "assembly/waveassembler.h"
#include "charts/chart.h"
#include "chartspage.h"
#include "commands/setworkshoprating.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "mediantime.h"
#include "presentation/presentationwindow.h"
#include "report/projectreport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Peakend;

namespace {

void report(const char *name, double ms, const QString &detail)
{
    std::printf("{\"name\": \"%s\", \"ms\": %.2f, \"detail\": \"%s\"}\n", name, ms,
                qPrintable(detail));
    std::fflush(stdout);
}

void renderOnce(const Chart &chart)
{
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    chart.render(painter, QRectF(0, 0, 1920, 1080));
}

std::unique_ptr<ProjectDocument> openDemo(const QTemporaryDir &dir, DemoProject::Kind kind)
{
    const QString path = dir.filePath(DemoProject::fileName(kind));
    if (!DemoProject::create(kind, path).isOk())
        return nullptr;
    StoreError error;
    return ProjectDocument::open(path, &error);
}

// What `peakend report` does after opening the file: the analysis with the full 1,000
// bootstrap resamples, then the report built, laid out and written.
int benchReport(const ProjectDocument &b2b, const QTemporaryDir &dir)
{
    const ProjectRepository &repository = b2b.repository();
    WaveAssembly assembly;
    report("b2b_report_analysis",
           medianMs(5, [&] { assembly = WaveAssembler::assemble(repository); }),
           QStringLiteral("B2B demo: the whole analysis with 1,000 bootstrap resamples"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    const double ms = medianMs(5, [&] {
        ProjectReport built(repository, assembly, repository.cycles());
        if (!built.write(pdf, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    });
    report("b2b_report_pdf", ms,
           QStringLiteral("B2B demo: the report built, laid out and written as PDF (%1 KB)")
               .arg(QFileInfo(pdf).size() / 1024));
    return error.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const auto b2b = openDemo(dir, DemoProject::Kind::B2b);
    const auto meisu = openDemo(dir, DemoProject::Kind::Meisu);
    if (!b2b || !meisu) {
        std::fprintf(stderr, "could not write the demo projects\n");
        return 1;
    }

    if (argc == 2 && qstrcmp(argv[1], "report") == 0)
        return benchReport(*b2b, dir);

    ChartsPage page;
    page.setDocument(b2b.get());
    if (argc == 3 && qstrcmp(argv[1], "render") == 0) { // for a profiler: one chart, 3 times
        const int chart = QByteArray(argv[2]).toInt();
        report("render", medianMs(3, [&] { renderOnce(*page.chart(ChartBook::Page(chart))); }),
               ChartBook::name(ChartBook::Page(chart)));
        return 0;
    }
    bool enterprise = false;
    report("b2b_segment_change",
           medianMs(5,
                    [&] {
                        enterprise = !enterprise;
                        page.setSegment(enterprise ? QStringLiteral("company size") : QString(),
                                        QStringLiteral("enterprise"));
                    }),
           QStringLiteral("B2B demo: a segment chosen, the whole analysis rerun (200 bootstrap "
                          "resamples), every chart given its data"));
    const QList<Vendor> vendors = b2b->repository().vendors();
    int next = 0;
    report("b2b_highlight_and_render_curve",
           medianMs(15,
                    [&] {
                        page.setHighlightedVendor(vendors.at(next++ % vendors.size()).id);
                        renderOnce(*page.chart(ChartBook::EmotionCurves));
                    }),
           QStringLiteral("B2B demo: highlight another vendor and draw the emotion curves at "
                          "1920x1080"));
    for (int p = 0; p < ChartBook::pageCount; ++p) {
        const auto name = QStringLiteral("b2b_render_%1").arg(p).toUtf8();
        report(name.constData(), medianMs(7, [&] { renderOnce(*page.chart(ChartBook::Page(p))); }),
               ChartBook::name(ChartBook::Page(p)) + QStringLiteral(" at 1920x1080"));
    }

    // A workshop drag step: one score changed, the page follows, the curve is drawn again.
    const QList<Subprocess> stages = meisu->repository().subprocesses();
    const qint64 vendor = meisu->repository().vendors().first().id;
    for (int s = 0; s < stages.size(); ++s)
        meisu->undoStack()->push(new SetWorkshopRating(meisu.get(), vendor, stages.at(s).id, 6));
    ChartsPage workshop;
    workshop.setDocument(meisu.get());
    double score = 6.0;
    report("workshop_drag_step",
           medianMs(15,
                    [&] {
                        score = score >= 9.0 ? 3.0 : score + 0.1;
                        meisu->undoStack()->push(
                            new SetWorkshopRating(meisu.get(), vendor, stages.at(4).id, score));
                        renderOnce(*workshop.chart(ChartBook::EmotionCurves));
                    }),
           QStringLiteral("Meisu demo with 9 workshop scores: one drag step (write, reanalyse, "
                          "draw at 1920x1080)"));

    // The same step with the curve projected: the presentation's own charts follow and the
    // projection is drawn again at 1920x1080.
    PresentationWindow presentation(&workshop);
    presentation.setAttribute(Qt::WA_DeleteOnClose, false);
    presentation.resize(1920, 1080);
    report("presentation_drag_step",
           medianMs(15,
                    [&] {
                        score = score >= 9.0 ? 3.0 : score + 0.1;
                        meisu->undoStack()->push(
                            new SetWorkshopRating(meisu.get(), vendor, stages.at(4).id, score));
                        presentation.grab();
                    }),
           QStringLiteral("Meisu demo, presentation mode: one drag step (write, reanalyse, the "
                          "projection's charts updated and drawn at 1920x1080)"));
    return 0;
}
