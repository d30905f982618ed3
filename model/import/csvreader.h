#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Peakend {

// A streaming RFC 4180 reader: quoted fields with delimiters, quotes ("") and line breaks,
// CRLF or LF, a BOM; the encoding and the delimiter (`,` `;` tab `|`) are detected unless
// given. Memory holds one chunk and one record, whatever the size of the file.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        QString encoding; // empty: detect (see TextEncoding)
        QChar delimiter;  // null: detect
    };

    explicit CsvReader(QIODevice *device, const Options &options = {});

    // Reads the start of the device and settles encoding and delimiter.
    bool open() override;
    bool next() override;

    int fieldCount() const override { return int(m_ends.size()); }
    QStringView field(int i) const override;
    qint64 record() const override { return m_recordNumber; } // header rows included
    qint64 line() const { return m_recordLine; } // the physical line the record starts on
    // The field held bytes that are not valid in the encoding (decoded as U+FFFD).
    bool isUndecodable(int i) const override;

    QString encoding() const override { return m_encoding; }
    QChar delimiter() const override { return m_delimiter; }
    qint64 position() const override { return m_bytesRead; }
    qint64 size() const override;
    QString errorString() const override { return m_error; }
    QString formatName() const override { return QStringLiteral("csv"); }

    static QChar detectDelimiter(QStringView sample);

private:
    bool fill();

    QIODevice *m_device;
    Options m_options;
    QString m_encoding;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
    QString m_record;
    QList<int> m_ends;
    qint64 m_recordNumber = 0;
    qint64 m_recordLine = 0;
    qint64 m_line = 1;
    bool m_skipLineFeed = false;
    qint64 m_bytesRead = 0;
    QByteArray m_pending; // the sample read by open(), decoded by the first fill()
    bool m_sawReplacement = false;
    QString m_error;
};

} // namespace Peakend
