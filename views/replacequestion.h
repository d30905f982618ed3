#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Peakend {

// Before a project is written where a file already is (File → New, Save As): asks whether to
// replace it, Cancel the default; a folder or anything else that is not a file is never
// replaced and is said so. The file dialogs' own question is off, because the .peakend suffix
// is added after they return.
class ReplaceQuestion
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceQuestion)

public:
    // True when nothing is there or the user chose to replace it.
    static bool ask(QWidget *parent, const QString &title, const QString &file);
};

} // namespace Peakend
