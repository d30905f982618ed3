#include "fileheader.h"

#include "projectstore.h"

#include <QFile>
#include <QFileInfo>

namespace Peakend {

namespace {

constexpr int headerSize = 100;
constexpr char magic[] = "SQLite format 3"; // followed by a NUL byte

quint32 bigEndian32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

} // namespace

StoreError FileHeader::check(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return StoreError::make(StoreError::Kind::NotFound, tr("“%1” does not exist.").arg(path));
    // Opening a pipe would wait for a writer forever; a folder or a device is no project.
    if (!QFileInfo(path).isFile()) {
        return StoreError::make(StoreError::Kind::NotSqlite,
                                tr("“%1” is not a Peakend project: it is not a regular file (a "
                                   "folder, a pipe or a device).")
                                    .arg(name));
    }
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Kind::Io,
                                tr("“%1” cannot be read: %2").arg(path, file.errorString()));

    const QByteArray header = file.read(headerSize);
    const qint64 size = file.size();
    if (!header.startsWith(QByteArray::fromRawData(magic, sizeof magic))) {
        return StoreError::make(
            StoreError::Kind::NotSqlite,
            tr("“%1” is not a Peakend project: it is not an SQLite database.").arg(name));
    }
    if (header.size() < headerSize) {
        return StoreError::make(
            StoreError::Kind::Truncated,
            tr("“%1” is truncated: it is only %2 bytes long.").arg(name).arg(size));
    }

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    // Another program's database is refused here, before SQLite could roll back its journal
    // or checkpoint its WAL: a refused file keeps every byte.
    const quint32 applicationId = bigEndian32(bytes + 68);
    if (applicationId != quint32(ProjectStore::applicationId)) {
        return StoreError::make(StoreError::Kind::ForeignApplication,
                                tr("“%1” is an SQLite database of another program (application "
                                   "id 0x%2), not a Peakend project.")
                                    .arg(name)
                                    .arg(applicationId, 8, 16, QLatin1Char('0')));
    }
    const quint32 rawPageSize = quint32(bytes[16]) << 8 | bytes[17];
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = bigEndian32(bytes + 24);
    const quint32 pageCount = bigEndian32(bytes + 28);
    const quint32 versionValidFor = bigEndian32(bytes + 92);
    // The in-header page count is only trustworthy when written by SQLite 3.7.0 or later
    // (version-valid-for equals the change counter); older files are left to quick_check.
    // A hot journal beside the file means a write was interrupted: the header may already
    // count pages that were never written, and SQLite's rollback on open gives back the
    // original bytes (quick_check runs after it). Such a file is recoverable, not truncated.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!hotJournal && pageSize >= 512 && pageCount > 0 && versionValidFor == changeCounter) {
        const qint64 expected = pageSize * pageCount;
        if (size < expected) {
            return StoreError::make(StoreError::Kind::Truncated,
                                    tr("“%1” is truncated: it should be %2 bytes long but is %3 "
                                       "bytes. Restore it from a backup.")
                                        .arg(name)
                                        .arg(expected)
                                        .arg(size));
        }
    }
    return StoreError::ok();
}

} // namespace Peakend
