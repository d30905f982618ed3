#include "replacequestion.h"

#include <QFileInfo>
#include <QMessageBox>

namespace Peakend {

bool ReplaceQuestion::ask(QWidget *parent, const QString &title, const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (!info.isFile()) {
        QMessageBox::warning(parent, title,
                             tr("“%1” is not a file that can be replaced.").arg(info.fileName()));
        return false;
    }
    return QMessageBox::warning(parent, title,
                                tr("“%1” already exists. Replace it? Everything in it will be "
                                   "lost.")
                                    .arg(info.fileName()),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

} // namespace Peakend
