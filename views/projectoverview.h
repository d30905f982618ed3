#pragma once

#include "document/change.h"

#include <QPointer>
#include <QTextBrowser>

namespace Peakend {

class ProjectDocument;

// The central page until the chart pages arrive: what the open project holds.
class ProjectOverview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ProjectOverview(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<ProjectDocument> m_document;
};

} // namespace Peakend
