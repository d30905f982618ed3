#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Peakend {

// Rows of a survey export, one at a time, whatever the file format: the importer reads
// through this and never learns whether it was CSV or a workbook.
class TableReader
{
public:
    virtual ~TableReader() = default;

    virtual bool open() = 0;
    // Advances to the next row; false at the end or on an error (see hasError()).
    virtual bool next() = 0;
    virtual int fieldCount() const = 0;
    virtual QStringView field(int i) const = 0;
    virtual qint64 record() const = 0; // 1-based row number as the user sees it
    virtual bool isUndecodable(int) const { return false; }
    virtual qint64 position() const = 0; // bytes consumed, for progress
    virtual qint64 size() const = 0;
    virtual QString errorString() const = 0;
    bool hasError() const { return !errorString().isEmpty(); }
    virtual QString encoding() const { return QString(); }
    virtual QChar delimiter() const { return QChar(); }
    virtual QString formatName() const = 0; // "csv", "xlsx", "sav"
    // What a coded answer stands for (SPSS value labels: "1" → "Apex"), by the answer as the
    // reader writes it; empty where the file says nothing. Known once open() returned.
    virtual QMap<QString, QString> valueLabels(int) const { return {}; }

    QStringList fields() const
    {
        QStringList result;
        for (int i = 0; i < fieldCount(); ++i)
            result.append(field(i).toString());
        return result;
    }
};

} // namespace Peakend
