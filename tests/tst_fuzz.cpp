#include "analysis/seededrandom.h"
#include "assembly/waveassembler.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"
#include "storage/journeyratings.h"
#include "storage/projectrepository.h"
#include "storage/projectstore.h"
#include "testfiles.h"
#include "xlsxbuilder.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

#include <cmath>

using namespace Peakend;

// A seeded mutation loop over the readers of untrusted bytes (issue 21): CSV, XLSX, the
// journey-ratings codec and project files. Each target runs a fixed number of mutated inputs
// from the corpus under tests/fuzz (the same ones on every run, so a failure reproduces by
// its iteration number); every input must be read to an end or refused with a message, never
// crash, hang or break an invariant. The sanitizer build (PEAKEND_SANITIZE) runs it too, where
// an out-of-bounds read or undefined behaviour stops the test.
class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void regressions();
    void csvReader();
    void xlsxReader();
    void journeyRatings();
    void projectFiles();

private:
    static QList<QByteArray> corpus(const QString &folder, const QStringList &patterns);
    static QByteArray mutate(QByteArray bytes, SeededRandom &random,
                             const QList<QByteArray> &others);
    static QString readCsv(const QByteArray &bytes);
    static QString readXlsx(const QString &path);
};

namespace {

const QString fuzzDir = QStringLiteral(PEAKEND_FIXTURES "/../fuzz");
const QString importDir = QStringLiteral(PEAKEND_FIXTURES "/import");

// Bytes that break parsers: quotes, separators, line ends, NUL, UTF-8 lead bytes, XML marks.
const char interesting[]
    = {'"', ',', ';', '\t', '\n', '\r', '\0', '\xef', '\xbb', '\xbf', '\xff', '\xfe',
       '<', '>', '/', '&',  '=',  '[',  ']',  '-',    'e',    '.',    '9'};

} // namespace

QList<QByteArray> TestFuzz::corpus(const QString &folder, const QStringList &patterns)
{
    QList<QByteArray> inputs;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name))
        inputs.append(TestFiles::readAll(dir.filePath(name)));
    return inputs;
}

QByteArray TestFuzz::mutate(QByteArray bytes, SeededRandom &random, const QList<QByteArray> &others)
{
    const int steps = 1 + random.below(4);
    for (int step = 0; step < steps; ++step) {
        const int at = bytes.isEmpty() ? 0 : random.below(int(bytes.size()));
        switch (random.below(7)) {
        case 0: // flip a bit
            if (!bytes.isEmpty())
                bytes[at] = char(bytes.at(at) ^ (1 << random.below(8)));
            break;
        case 1: // an interesting byte
            if (!bytes.isEmpty())
                bytes[at] = interesting[random.below(int(sizeof interesting))];
            break;
        case 2: // insert one
            bytes.insert(at, interesting[random.below(int(sizeof interesting))]);
            break;
        case 3: // delete a run
            bytes.remove(at, 1 + random.below(16));
            break;
        case 4: // repeat a run, sometimes many times
        {
            const QByteArray run = bytes.mid(at, 1 + random.below(32));
            bytes.insert(at, run.repeated(1 + random.below(random.below(10) == 0 ? 200 : 3)));
            break;
        }
        case 5: // splice in a piece of another input
            if (!others.isEmpty()) {
                const QByteArray &other = others.at(random.below(int(others.size())));
                if (!other.isEmpty()) {
                    const int from = random.below(int(other.size()));
                    bytes.insert(at, other.mid(from, 1 + random.below(64)));
                }
            }
            break;
        default: // cut the end off
            bytes.truncate(at);
            break;
        }
    }
    return bytes;
}

QString TestFuzz::readCsv(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.open())
        return reader.errorString();
    qint64 rows = 0;
    while (reader.next()) {
        for (int i = 0; i < reader.fieldCount(); ++i)
            (void)reader.field(i).size();
        ++rows;
    }
    // Every byte is consumed or the reading stopped with a reason.
    return reader.hasError() ? reader.errorString() : QString();
}

QString TestFuzz::readXlsx(const QString &path)
{
    XlsxReader reader(path);
    if (!reader.open())
        return reader.errorString();
    while (reader.next())
        (void)reader.fields();
    return reader.errorString();
}

// Inputs that once broke a reader, kept as they were found (see tests/fuzz/README.md).
void TestFuzz::regressions()
{
    const QDir dir(fuzzDir + QStringLiteral("/regressions"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = TestFiles::readAll(dir.filePath(name));
        if (name.endsWith(QLatin1String(".csv"))) {
            readCsv(bytes);
        } else if (name.endsWith(QLatin1String(".xlsx"))) {
            readXlsx(dir.filePath(name));
        } else if (name.endsWith(QLatin1String(".json"))) {
            std::vector<double> values;
            JourneyRatings::read(bytes, &values);
        }
    }
}

void TestFuzz::csvReader()
{
    const QList<QByteArray> seeds
        = corpus(importDir, {QStringLiteral("*.csv"), QStringLiteral("*.txt")});
    QVERIFY(seeds.size() >= 10);
    SeededRandom random(21);
    int refused = 0;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray input = mutate(seeds.at(random.below(int(seeds.size()))), random, seeds);
        if (!readCsv(input).isEmpty())
            ++refused;
    }
    qInfo("%d of 20000 mutated CSV files refused with a message", refused);
    QVERIFY(refused < 20000); // most mutated files still read: the loop reaches the parser
}

void TestFuzz::xlsxReader()
{
    const QList<QByteArray> rows
        = corpus(fuzzDir + QStringLiteral("/xlsx"), {QStringLiteral("*.xml")});
    const QList<QByteArray> workbooks = corpus(importDir, {QStringLiteral("*.xlsx")});
    QVERIFY(!rows.isEmpty() && !workbooks.isEmpty());
    const QByteArray strings = "<?xml version=\"1.0\"?><sst><si><t>overall</t></si></sst>";
    QTemporaryDir dir;
    SeededRandom random(2121);
    int read = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString path = dir.filePath(QStringLiteral("fuzz-%1.xlsx").arg(i % 4));
        if (i % 3 == 0) { // the zipped bytes themselves
            QVERIFY(TestFiles::writeAll(
                path, mutate(workbooks.at(random.below(int(workbooks.size()))), random, {})));
        } else { // the worksheet's XML, zipped as Excel would
            const QByteArray sheet = mutate(rows.at(random.below(int(rows.size()))), random, rows);
            QVERIFY(XlsxBuilder::write(
                path, sheet, random.below(4) == 0 ? mutate(strings, random, rows) : strings));
        }
        if (readXlsx(path).isEmpty())
            ++read;
    }
    qInfo("%d of 2000 mutated workbooks read to the end, the rest refused", read);
    QVERIFY(read > 0);
}

void TestFuzz::journeyRatings()
{
    const QList<QByteArray> seeds
        = corpus(fuzzDir + QStringLiteral("/journey"), {QStringLiteral("*.json")});
    QVERIFY(!seeds.isEmpty());
    SeededRandom random(212121);
    int accepted = 0;
    for (int i = 0; i < 100000; ++i) {
        const QByteArray text = mutate(seeds.at(random.below(int(seeds.size()))), random, seeds);
        std::vector<double> values;
        if (!JourneyRatings::read(text, &values)) {
            QVERIFY2(values.empty(), text.constData());
            continue;
        }
        ++accepted;
        // What reads back writes out and reads again to the same values.
        std::string written;
        JourneyRatings::write(values, &written);
        std::vector<double> again;
        QVERIFY2(
            JourneyRatings::read(QByteArrayView(written.data(), qsizetype(written.size())), &again),
            written.c_str());
        while (!values.empty() && std::isnan(values.back()))
            values.pop_back(); // trailing nulls are not written
        QCOMPARE(again.size(), values.size());
        for (size_t k = 0; k < values.size(); ++k)
            QVERIFY(std::isnan(values[k]) ? std::isnan(again[k]) : values[k] == again[k]);
    }
    qInfo("%d of 100000 mutated journeys read and round-tripped", accepted);
    QVERIFY(accepted > 100);
}

void TestFuzz::projectFiles()
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.peakend"));
    QVERIFY(DemoProject::create(DemoProject::Kind::Meisu, seed).isOk());
    const QByteArray original = TestFiles::readAll(seed);
    SeededRandom random(21212121);
    int opened = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = original;
        // Damage past the header page mostly (where SQLite keeps the rows), now and then in it.
        const int flips = 1 + random.below(8);
        for (int f = 0; f < flips; ++f) {
            const int at = random.below(10) == 0 ? random.below(100)
                                                 : 100 + random.below(int(bytes.size()) - 100);
            bytes[at]
                = char(random.below(10) < 5 ? bytes.at(at) ^ (1 << random.below(8))
                                            : interesting[random.below(int(sizeof interesting))]);
        }
        const QString path = dir.filePath(QStringLiteral("fuzz-%1.peakend").arg(i));
        QVERIFY(TestFiles::writeAll(path, bytes));
        StoreError error;
        const auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &error);
        if (store) {
            ++opened;
            const ProjectRepository repository(*store);
            const ProjectAnalysis analysis = WaveAssembler::assemble(repository).analysis;
            (void)analysis;
        } else {
            QVERIFY2(!error.message.isEmpty(), qPrintable(path));
        }
        QFile::remove(path);
    }
    qInfo("%d of 400 damaged project files opened and analysed, the rest refused", opened);
    QVERIFY(opened > 0);
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
