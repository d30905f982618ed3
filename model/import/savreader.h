#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Peakend {

// An SPSS data file (.sav, .zsav) read with ReadStat (Debian's libreadstat): two header rows,
// the variable names (field codes) and the variable labels (question texts), then one row per
// case. Numbers as written (shortest form that reads back the same), dates as ISO dates,
// strings in UTF-8; values SPSS declares missing (system-missing, and the variable's own
// missing values or ranges) are empty cells. ReadStat parses with callbacks: it runs on a
// thread of its own and hands rows over through a short queue, so memory holds a few hundred
// rows whatever the size of the file.
class SavReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(SavReader)

public:
    explicit SavReader(const QString &path);
    ~SavReader() override;

    bool open() override;
    bool next() override;
    int fieldCount() const override { return int(m_fields.size()); }
    QStringView field(int i) const override { return m_fields.at(i); }
    qint64 record() const override { return m_record; }
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QString errorString() const override;
    QString encoding() const override { return m_encoding; }
    QString formatName() const override { return QStringLiteral("sav"); }
    QMap<QString, QString> valueLabels(int column) const override;

    static bool looksLikeSav(const QString &path); // "$FL2" or "$FL3" at the start

    // For ReadStat's callbacks (plain functions in the .cpp).
    struct Parse;

private:
    void parse();

    QString m_path;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QStringList> m_queue;             // rows handed over, header rows first
    bool m_headerReady = false;                  // names, labels and value labels are known
    QList<QMap<QString, QString>> m_valueLabels; // per column
    bool m_finished = false;                     // the parser is done (or failed)
    bool m_stop = false;                         // the reader is going away
    QString m_error;
    QString m_encoding;
    double m_progress = 0.0;
    QStringList m_fields;
    qint64 m_record = 0;
    qint64 m_size = 0;
};

} // namespace Peakend
